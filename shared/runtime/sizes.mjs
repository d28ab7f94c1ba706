#!/usr/bin/env node
// The size budgets of issue 6, checked after the build by `npm test`: each figure is the gzip -9 size of built
// JavaScript (deterministic, so compared exactly), printed against its budget. Plain JavaScript with no
// dependencies, like the bootstrap that runs it. `--report FILE` writes { passed, failed, figures } for the tally.
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const KB = 1024;

/** Budgets in bytes of gzip -9. A module's first load is its entry and what the entry imports statically. */
const BUDGETS = {
  skeletonModule: 8 * KB,
  budgetModule: 20 * KB,
  /** The assessment module's home: its rounds list and the form's words come later or with it (issue 8). */
  assessmentModule: 12 * KB,
  /** The employment module's home (what a worker and staff see first); every page loads when opened (issue 9). */
  employmentModule: 12 * KB,
  /** Pages and libraries a module loads when a page needs them (the budget module's roll-up chart: chart.js). */
  onDemand: 110 * KB,
  /** The assessment module's pages: the tambon form, dashboards (with chart.js), rounds, settings, USI/RSI reports. */
  assessmentOnDemand: 128 * KB,
  /**
   * The employment module's pages (issue 9), each loaded when opened: positions, applicants and their import,
   * selection, contracts, agencies, the worker's months, acceptance, certificate, the dashboard with chart.js (70 KB
   * of it) and the exports — fifteen pages where assessment has eight; 133 KB when they landed.
   */
  employmentOnDemand: 144 * KB,
  shell: 16 * KB,
  /**
   * The shell's admin pages, loaded when an administrator opens one (issue 10): the module switches, releases with
   * their activation dialog, history and health — 9.9 KB when they landed. Everyone else never downloads them.
   */
  shellAdmin: 12 * KB,
  svelte: 52 * KB,
  '@tanstack/svelte-query': 15 * KB,
  '@otou/sdk': 20 * KB,
  /**
   * Issue 8 grew the kit instead of copying into modules: the ✓/✗ grid cell with its arrow keys, a drop-down field,
   * the audit trail, the late-exception fields and the conflict notice, each used by the budget and assessment
   * modules (11,281 B after them); one shared copy costs less than one copy per module would.
   */
  '@otou/ui': 12 * KB,
};

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

function jsFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? jsFiles(p) : name.endsWith('.js') ? [p] : [];
  });
}

/** A built file and every file it imports statically (import/export … from "./x.js"), not the dynamic imports. */
function staticClosure(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:\bimport|\bexport)\s*(?:[\w$*{},\s]+?from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) visit(resolve(dirname(file), m[1]));
  };
  visit(entry);
  return [...seen];
}

const figures = [];
function figure(what, files, budget) {
  const bytes = files.reduce((a, f) => a + gz(f), 0);
  figures.push({ what, files: files.map((f) => relative(ROOT, f)), bytes, budget, ok: bytes <= budget });
}

// Modules: what a first visit downloads of the module itself, then the rest (pages loaded when opened).
for (const name of readdirSync(join(ROOT, 'modules')).sort()) {
  const dist = join(ROOT, 'modules', name, 'dist');
  if (!existsSync(join(dist, 'manifest.json'))) continue;
  const own = jsFiles(dist).filter((f) => !f.startsWith(join(dist, 'vendor')));
  const first = staticClosure(join(dist, 'spa.js'));
  const entryBudget = { budget: BUDGETS.budgetModule, assessment: BUDGETS.assessmentModule, employment: BUDGETS.employmentModule }[name] ?? BUDGETS.skeletonModule;
  figure(`module ${name}: entry and its static imports`, first, entryBudget);
  const later = own.filter((f) => !first.includes(f));
  const laterBudget = { assessment: BUDGETS.assessmentOnDemand, employment: BUDGETS.employmentOnDemand }[name] ?? BUDGETS.onDemand;
  if (later.length) figure(`module ${name}: pages and libraries loaded on demand`, later, laterBudget);
}

// The shell's own JavaScript (its Svelte, Query, SDK and UI kit are the shared runtime's): what every page load
// downloads (the entry index.html names, and its static imports), then the admin pages loaded when opened.
const shellDist = join(ROOT, 'shell', 'dist');
const shellJs = jsFiles(join(shellDist, 'assets'));
const shellHtml = existsSync(join(shellDist, 'index.html')) ? readFileSync(join(shellDist, 'index.html'), 'utf8') : '';
const shellEntry = /<script type="module"[^>]*src="\/([^"]+\.js)"/.exec(shellHtml)?.[1];
const shellFirst = shellEntry ? staticClosure(join(shellDist, shellEntry)) : [];
if (!shellEntry) figures.push({ what: 'shell/dist/index.html names no module entry (build first)', files: [], bytes: 0, budget: 0, ok: false });
figure('shell: its first load (entry and its static imports)', shellFirst, BUDGETS.shell);
const shellLater = shellJs.filter((f) => !shellFirst.includes(f));
if (shellLater.length) figure('shell: admin pages loaded on demand', shellLater, BUDGETS.shellAdmin);

// The shared runtime the shell was built against: each package's files, Svelte without the packages under it.
const runtimePath = join(shellDist, 'runtime.json');
if (existsSync(runtimePath)) {
  const { versions } = JSON.parse(readFileSync(runtimePath, 'utf8'));
  const svelteDir = join(shellDist, 'vendor', `svelte@${versions.svelte}`);
  figure(`runtime svelte@${versions.svelte} (every browser subpath)`, jsFiles(svelteDir).filter((f) => !relative(svelteDir, f).startsWith('@')), BUDGETS.svelte);
  for (const [name, version] of Object.entries(versions)) {
    if (name === 'svelte') continue;
    figure(`runtime ${name}@${version}`, jsFiles(join(svelteDir, ...name.split('/').slice(0, -1), `${name.split('/').pop()}@${version}`)), BUDGETS[name] ?? 0);
  }
} else {
  figures.push({ what: 'shell/dist/runtime.json (build first)', files: [], bytes: 0, budget: 0, ok: false });
}

const width = Math.max(...figures.map((f) => f.what.length));
console.log(`${'what'.padEnd(width)}  gzip -9 (bytes)  budget (bytes)`);
for (const f of figures) console.log(`${f.ok ? '✓' : '✖'} ${f.what.padEnd(width)}  ${String(f.bytes).padStart(9)} ${(f.bytes / KB).toFixed(1).padStart(6)} KB  ${String(f.budget).padStart(7)} ${(f.budget / KB).toFixed(1).padStart(6)} KB${f.ok ? '' : '  OVER'}`);
const failed = figures.filter((f) => !f.ok).length;
const reportAt = process.argv.indexOf('--report');
if (reportAt > 0) writeFileSync(process.argv[reportAt + 1], JSON.stringify({ passed: figures.length - failed, failed, figures }, null, 2));
process.exit(failed ? 1 : 0);
