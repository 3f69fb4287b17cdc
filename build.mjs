#!/usr/bin/env node
/**
 * Builds dist/chrome and dist/firefox: validates and compiles data/, bundles each
 * extension context with esbuild, copies static files and writes one manifest per browser.
 *
 *   node build.mjs            build once (fails, naming file and JSON path, on a bad dataset)
 *   node build.mjs --watch    rebuild on change
 *   node build.mjs --package  build, then zip both browsers with web-ext into dist/packages
 */
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { watch as watchFs } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = dirname(fileURLToPath(import.meta.url));
const DIST = join(ROOT, 'dist');
const BROWSERS = /** @type {const} */ (['chrome', 'firefox']);
const args = new Set(process.argv.slice(2));
const WATCH = args.has('--watch');

/** Entry points, one per extension context. The content script must be a classic script. */
const ENTRIES = [
  // The content script of every frame: a small classic script that listens at once in the top
  // frame, and below it once the frame can show text, and imports content-main.js
  // (src/content/entry.ts, load-rest.ts).
  { in: 'src/content/entry.ts', out: 'content', format: 'iife' },
  { in: 'src/background/index.ts', out: 'background', format: 'esm' },
  { in: 'src/popup/index.tsx', out: 'popup', format: 'esm' },
  { in: 'src/options/index.tsx', out: 'options', format: 'esm' },
  // The hover card, imported by content-main.js once the page has a mention (when idle, or on the
  // first hover) so the content script stays small. Compiled whole, off the main thread, like
  // content-main.js: compiled lazily, the first card compiled Preact and the card on the page's
  // main thread. A page with one mention, fresh loads, first hover (ad-hoc probes, 6 and 3 loads
  // a build): hover-to-paint 18.9 → 6.5 ms (medians); the card chunk's own calls on the main
  // thread 20–24 → 12–13 ms of CPU, lazy compiling there 42–44 → 17–20 ms.
  { in: 'src/content/card/chunk.tsx', out: 'card', format: 'esm', banner: '//# allFunctionsCalledOnLoad' },
  // The rest of the content script (router, session, scanner, matcher), a web-accessible module
  // imported by both entries. Chromium compiles an imported module off the main thread; compiled
  // whole (V8's compile-hints magic comment, Chromium 136+; Firefox ignores it), none of its
  // functions is compiled later, cold, on the main thread inside start-up or the first scan —
  // nearly every one of them runs in every frame that loads it. As a classic content script
  // compiled whole it cost the top frame 7–9 ms of main-thread compile on the largest corpus
  // pages (docs/detection.md, "Session 8").
  { in: 'src/content/index.ts', out: 'content-main', format: 'esm', banner: '//# allFunctionsCalledOnLoad' },
  // The stylesheet at document_start, one file per highlight style and browser, its rules written
  // in (src/content/early-sheet.ts; registered by the background for sites that are on,
  // background/early-sheet.ts).
  ...['underline', 'background', 'hover'].map((style) => ({
    in: 'src/content/early-sheet.ts',
    out: `content-sheet-${style}`,
    format: 'iife',
    perBrowser: (browser, { highlightCss }) => ({
      EARLY_STYLE: JSON.stringify(style),
      // Chromium inherits custom highlights from :root, Firefox ESR does not (highlightsInherit).
      EARLY_CSS: JSON.stringify(highlightCss(style, browser === 'chrome')),
    }),
  })),
];

const STATIC = ['src/_locales', 'src/icons', 'src/popup/popup.html', 'src/options/options.html'];

/**
 * The dataset tooling is TypeScript (one schema for build, background and UI); bundle it
 * for node in memory and import it, so build.mjs never duplicates a rule.
 */
async function importTs(entry) {
  const result = await esbuild.build({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

async function readDataFiles() {
  const dir = join(ROOT, 'data');
  const files = [];
  const walk = async (d) => {
    for (const entry of (await readdir(d, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) await walk(p);
      // Every file, not only *.json: the validator reports anything that does not belong in data/.
      else files.push({ path: relative(ROOT, p), text: await readFile(p, 'utf8') });
    }
  };
  await walk(dir);
  return files;
}

/** Validates data/ and returns the files the extension ships: dataset.json and patterns.json. */
async function compileData() {
  const { loadDataset } = await importTs('src/shared/dataset/load.ts');
  const { compilePatterns } = await importTs('src/shared/matcher/compile.ts');
  const files = await readDataFiles();
  const { dataset, errors } = loadDataset(files);
  if (errors.length > 0 || !dataset) {
    const lines = errors.map((e) => `  ${e.file}${e.path ? ` at ${e.path}` : ''}: ${e.message}`);
    throw new Error(`The dataset in data/ is invalid (${errors.length} problem${errors.length === 1 ? '' : 's'}):\n${lines.join('\n')}`);
  }
  const version = createHash('sha256').update(JSON.stringify(dataset)).digest('hex').slice(0, 16);
  const compiled = { version, ...dataset };
  const patterns = compilePatterns(dataset.companies, version);
  return { 'data/dataset.json': JSON.stringify(compiled), 'data/patterns.json': JSON.stringify(patterns) };
}

async function manifestFor(browser) {
  const manifest = JSON.parse(await readFile(join(ROOT, 'manifest.json'), 'utf8'));
  const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
  manifest.version = pkg.version;
  // One source manifest; each browser gets only the background key it runs.
  if (browser === 'chrome') {
    manifest.background = { service_worker: manifest.background.service_worker, type: 'module' };
    delete manifest.browser_specific_settings;
    delete manifest.short_name;
  } else {
    manifest.background = { scripts: manifest.background.scripts, type: 'module' };
    // Firefox has no use_dynamic_url for web-accessible resources.
    for (const war of manifest.web_accessible_resources ?? []) delete war.use_dynamic_url;
  }
  return JSON.stringify(manifest, null, 2);
}

/*
 * webextension-polyfill is a UMD file. `import browser from 'webextension-polyfill'` would
 * make esbuild wrap its export in __toESM, which copies every property of it; on Chrome
 * that reads every chrome.* namespace and so instantiates each API binding (about 1 ms
 * in every frame: content.js's modules evaluated in ~2.1 instead of ~3 ms, Chromium 156). Loaded as a plain script instead, the UMD sets
 * globalThis.browser (in a content script, the extension's own isolated world) and the
 * import gets that object as it is.
 */
const polyfillPlugin = {
  name: 'polyfill-as-script',
  setup(b) {
    b.onResolve({ filter: /^webextension-polyfill$/ }, () => ({ path: 'webextension-polyfill', namespace: 'polyfill' }));
    b.onLoad({ filter: /.*/, namespace: 'polyfill' }, async () => {
      const file = join(ROOT, 'node_modules/webextension-polyfill/dist/browser-polyfill.js');
      const source = await readFile(file, 'utf8');
      // Hide module/exports/define from the UMD header so it takes its browser-global branch.
      return {
        contents: `const browser = (function (module, exports, define) {\n${source}\nreturn globalThis.browser;\n})();\nexport default browser;\n`,
        loader: 'js',
        resolveDir: dirname(file),
      };
    });
  },
};

/** content.js and content-main.js take the small promise wrapper of src/content/browser-lite.ts instead (see there). */
const browserLitePlugin = {
  name: 'browser-lite',
  setup(b) {
    b.onResolve({ filter: /^webextension-polyfill$/ }, () => ({ path: join(ROOT, 'src/content/browser-lite.ts') }));
  },
};

/** Bundles `entries` into `outdir` for `browser`. `sheet`: highlight-style.ts, for the perBrowser defines. */
async function bundle(outdir, browser, sheet, entries = ENTRIES) {
  const started = performance.now();
  const results = await Promise.all(
    entries.map((e) =>
      esbuild.build({
        entryPoints: { [e.out]: join(ROOT, e.in) },
        outdir,
        bundle: true,
        format: e.format,
        target: ['chrome120', 'firefox140'],
        minify: !WATCH && !process.env.NO_MINIFY,
        sourcemap: WATCH ? 'inline' : false,
        legalComments: 'none',
        jsx: 'automatic',
        jsxImportSource: 'preact',
        loader: { '.css': 'text' },
        define: { 'process.env.NODE_ENV': '"production"', ...e.define, ...e.perBrowser?.(browser, sheet) },
        metafile: true,
        ...(e.banner ? { banner: { js: e.banner } } : {}),
        logLevel: 'warning',
        plugins: [e.out.startsWith('content') ? browserLitePlugin : polyfillPlugin],
      }),
    ),
  );
  return { ms: performance.now() - started, results };
}

export async function build() {
  const started = performance.now();
  const data = await compileData();
  // Build into a staging folder and swap it in at the end, so a browser that is running the
  // previous build (a test, `npm start`) never sees a half-written dist/.
  const stage = join(DIST, `.staging-${process.pid}`);
  await rm(stage, { recursive: true, force: true });
  const first = join(stage, BROWSERS[0]);
  await mkdir(first, { recursive: true });
  const sheet = await importTs('src/content/highlight-style.ts');
  await bundle(first, BROWSERS[0], sheet);
  for (const browser of BROWSERS) {
    const out = join(stage, browser);
    if (browser !== BROWSERS[0]) {
      await cp(first, out, { recursive: true });
      // Only what differs between browsers is bundled again; the rest is the copy.
      await bundle(out, browser, sheet, ENTRIES.filter((e) => e.perBrowser));
    }
    for (const s of STATIC) await cp(join(ROOT, s), join(out, s.replace(/^src\/(popup\/|options\/)?/, '')), { recursive: true });
    await mkdir(join(out, 'data'), { recursive: true });
    for (const [name, text] of Object.entries(data)) await writeFile(join(out, name), text);
    await writeFile(join(out, 'manifest.json'), await manifestFor(browser));
  }
  const sizes = await Promise.all(ENTRIES.map(async (e) => [e.out, (await readFile(join(first, `${e.out}.js`))).length]));
  for (const browser of BROWSERS) {
    await rm(join(DIST, browser), { recursive: true, force: true });
    await rename(join(stage, browser), join(DIST, browser));
  }
  await rm(stage, { recursive: true, force: true });
  // The JSON Schema of packs, generated from the valibot schema the importer checks with
  // (docs/pack.schema.json is the committed copy; a unit test keeps it current).
  const { packJsonSchema } = await importTs('src/shared/dataset/pack-json-schema.ts');
  await writeFile(join(DIST, 'pack.schema.json'), `${JSON.stringify(packJsonSchema(), null, 2)}\n`);
  const summary = sizes.map(([n, b]) => `${n}.js ${(b / 1024).toFixed(1)} KB`).join(', ');
  console.log(`built dist/chrome and dist/firefox in ${Math.round(performance.now() - started)} ms (${summary})`);
}

async function packageAll() {
  const webExt = await import('web-ext');
  for (const browser of BROWSERS) {
    const result = await webExt.cmd.build(
      { sourceDir: join(DIST, browser), artifactsDir: join(DIST, 'packages'), filename: `company-context-${browser}.zip`, overwriteDest: true },
      { shouldExitProgram: false },
    );
    console.log(`packaged ${relative(ROOT, result.extensionPath)}`);
  }
}

async function main() {
  try {
    await build();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    if (!WATCH) process.exit(1);
  }
  if (args.has('--package')) await packageAll();
  if (WATCH) {
    let timer;
    console.log('watching src/, data/ and manifest.json …');
    for (const p of ['src', 'data', 'manifest.json']) {
      watchFs(join(ROOT, p), { recursive: true }, () => {
        clearTimeout(timer);
        timer = setTimeout(() => build().catch((e) => console.error(e instanceof Error ? e.message : e)), 100);
      });
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
