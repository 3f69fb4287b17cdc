/**
 * axe-core in a real page: injected through the DevTools protocol (page.evaluate), which
 * extension pages' CSP cannot refuse, then run on the whole document or on given elements.
 * axe enters open shadow roots by itself; to audit a shadow tree, `include` its host.
 * Reusable for any page of the extension (popup, options) and for the card on a web page.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string }>;
}

let source: Promise<string> | undefined;
const axeSource = () => (source ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));

export interface AxeOptions {
  /** CSS selectors of the elements to audit (shadow hosts included); the whole page by default. */
  include?: string[];
  /** Rule ids to skip, each with the reason in the caller. */
  disable?: string[];
}

/** Every violation axe finds (all rules, best practices included); [] when it passes. */
export async function axeViolations(page: Page | Frame, options: AxeOptions = {}): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(await axeSource());
  return page.evaluate(async ({ include, disable }) => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    const context = include ? { include: include.map((s) => [s]) } : document;
    const rules = Object.fromEntries((disable ?? []).map((id) => [id, { enabled: false }]));
    const { violations } = await axe.run(context, { rules, resultTypes: ['violations'] });
    return violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  }, options);
}

/** A one-line-per-problem summary for failure messages. */
export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`).join('\n');
}
