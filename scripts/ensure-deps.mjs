#!/usr/bin/env node
/**
 * `prestart` and `pretest`: installs the project's dependencies first when they are missing
 * or older than package-lock.json, so a fresh clone needs only `npm start` or `npm test`.
 *
 * A plain node script on purpose: npm runs it before anything from node_modules (tsx,
 * vitest) exists. The browsers are found (or installed with apt) by the tests and by
 * `npm start` themselves (tests/e2e/support/browsers.ts).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const lock = join(root, 'package-lock.json');
// npm writes node_modules/.package-lock.json at the end of every install: its age is the install's.
const installed = join(root, 'node_modules', '.package-lock.json');

const stale = !existsSync(installed) || statSync(installed).mtimeMs < statSync(lock).mtimeMs;
if (stale) {
  console.log(existsSync(installed) ? 'package-lock.json changed since the last install: npm ci …' : 'no node_modules yet: npm ci …');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  execFileSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
}
