#!/usr/bin/env node
// `make bench`: builds the release site and the Leptos counter (bench/counter, the framework
// floor, same profile and tools), then prints one figure per line as `name value unit`, with the
// target after it where there is one:
//   - bytes of every file a first visit loads before the form is used (HTML, JS, wasm, CSS,
//     manifest), recorded in Chromium as the page requests them, on every route, raw, gzip -9 and
//     brotli (max quality), each file compressed on its own as a host would; the same for the
//     counter; ours ÷ counter. Each file gets its own lines on /, /jmdp/fees and the counter; the
//     other pages are summed by kind of file (html, js, wasm, css); every page again at its English
//     address (first_visit.en.*). The service worker then
//     fetches the rest of the site in the background for offline use: that total is printed too
//     (site.all_files.*), it is not on the path to the page;
//   - the bytes each page loads on its first interaction (the wasm on demand, tools/split.mjs),
//     against the page's first visit before the wasm was loaded on demand (BEFORE);
//   - first key to updated result on a fresh page of every calculator under Lighthouse's mobile
//     throttling (150 ms round trip, 1.6 Mbit/s down, CPU ÷ 4): from the click into the page's
//     first field to the app's page in place with the typed digit computed (median of 3), and how
//     much of it is waiting for the network (last byte fetched) and how much the processor; the
//     same a second after load while the service worker precaches the site (first_key_precaching:
//     the page and the worker share one throttled downlink, served by serve.mjs's `link`);
//   - cold load to the first shown result on /jmdp/fees in headless Chromium on loopback
//     (fresh browser context each run, median of 15);
//   - keystroke to updated result on /jmdp/fees once the app runs (median of 100, in the page);
//   - native core evaluation per case over tests/cases (crate-core/benches/cases.rs);
//   - Lighthouse category scores (mobile) for every route.
// Build logs go to stderr, figures to stdout. Never part of `make test`.
// Options: --no-build (reuse target/bench), --no-lighthouse.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../tests/e2e/serve.mjs';
import { isPack, postbuild } from './postbuild.mjs';
import { lazyRoutes, split } from './split.mjs';
import { MOUNTED, docRoutes } from '../tests/e2e/harness.mjs';
import { minifyLinked } from './minify.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'target/bench');
const SITE = path.join(OUT, 'site');
const COUNTER = path.join(OUT, 'counter');
const CHROME = process.env.CHROMIUM || '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const args = new Set(process.argv.slice(2));
/** The site is served at a fixed address and built for it (`prerender DIST ORIGIN`), as a host
 *  is (README, "Publishing"): its canonical and hreflang links are then absolute, and Lighthouse's
 *  SEO audits check them as a search engine would (relative ones fail both). BENCH_PORT if 4173 is taken. */
const PORT = Number(process.env.BENCH_PORT || 4173);
const ORIGIN = `http://127.0.0.1:${PORT}`;

// Issue "Every page readable at once": a first visit within 30 KB gzip, the first key computed
// within 1.5 s on a throttled phone.
const TARGET = { gzipTotal: 30 * 1024, coldMs: 200, keyMs: 5, coreNs: 50_000, firstKeyMs: 1500 };

/** The site's pages: the home page and the page table (lib.rs site_pages!). */
const ROUTES = ['/', ...Object.keys(lazyRoutes())];
const label = (r) => (r === '/' ? 'home' : r.slice(1).replace(/[/-]/g, '_'));
/** Each document's rules page (`/rules/<slug>`), read from the site once built. */
let DOCS = [];
const pageBytes = (r) => fs.statSync(path.join(SITE, r.slice(1), 'index.html')).size;

/** First-visit gzip bytes of each page when the wasm loaded with the page (make bench on main,
 *  2026-12-06, before the prerendered pages; /patient/year, which that bench did not visit,
 *  measured the same way on the same build): what a page's bytes on interaction stay below. */
const BEFORE = { home: 95609, patient: 272413, patient_year: 391281, jmdp_fees: 215588, jmdp_exemption: 246627,
  advanced_burden: 223689, jmdp_split: 230921, advanced_cost_basis: 284439, pharmacist: 337335, hctc: 254066,
  cell_therapy: 295366, rules: 162601 };

/** Runs of the first-key measurement per route (the median is reported). */
const FIRST_KEY_RUNS = 3;
/** Lighthouse's mobile profile, for the first-key figure (its simulated throttling, applied). */
const MOBILE = { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8, cpu: 4 };
/** The first key while the service worker precaches: the click a second after the page loaded
 *  (a person reads the heading, then taps the first field); the site precaches ~1 MB brotli,
 *  5 s or more on this link. */
const WORKER_CLICK_MS = 1000;
/** A visitor in Japan: the pages are built with Japan's date, which their loader compares with
 *  its own day (tools/split.mjs), so a visit from a day behind would start the wasm at once. */
const TZ = 'Asia/Tokyo';

function figure(name, value, unit, target) {
  const t = target === undefined ? '' : ` target<=${target} ${value <= target ? 'met' : 'MISSED'}`;
  console.log(`${name} ${value} ${unit}${t}`);
}

function run(cmd, argv, cwd = ROOT, env = {}) {
  const r = spawnSync(cmd, argv, { cwd, stdio: ['ignore', process.stderr, process.stderr], env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} failed (${r.status})`);
}

async function build() {
  fs.mkdirSync(OUT, { recursive: true });
  // The same release build as `make dist` (Makefile: SPLIT_RUSTFLAGS, split, prerender, postbuild).
  if (!process.env.SPLIT_RUSTFLAGS) throw new Error('bench: run it as `make bench` (SPLIT_RUSTFLAGS)');
  run('trunk', ['build', '--release', '--public-url', '/', '--dist', SITE], ROOT, { RUSTFLAGS: process.env.SPLIT_RUSTFLAGS });
  await split(SITE);
  run('cargo', ['run', '-q', '-p', 'calc-web', '--no-default-features', '--features', 'prerender', '--bin', 'prerender', '--', SITE, ORIGIN]);
  postbuild(SITE);
  run('trunk', ['build', '--release', '--public-url', '/', '--dist', COUNTER], path.join(ROOT, 'bench/counter'));
  // Its JS minified as the site's is (tools/split.mjs), so the ratio compares like with like.
  const index = path.join(COUNTER, 'index.html');
  fs.writeFileSync(index, minifyLinked(fs.readFileSync(index, 'utf8'), COUNTER));
}

const compress = (buf) => ({
  raw: buf.length,
  gzip: zlib.gzipSync(buf, { level: 9 }).length,
  brotli: zlib.brotliCompressSync(buf, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
    [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length } }).length,
});
const sum = (list) => list.reduce((t, s) => ({ raw: t.raw + s.raw, gzip: t.gzip + s.gzip, brotli: t.brotli + s.brotli }),
  { raw: 0, gzip: 0, brotli: 0 });

/** What a first visit to `url` loads, in a fresh browser context: every file the page itself
 *  requests until `ready` holds and the network is idle (not the service worker's background
 *  precache), each file's bytes as served from `dir`. */
async function firstVisit(browser, server, dir, route, ready) {
  const context = await browser.newContext({ timezoneId: TZ });
  const files = requested(context, server);
  const page = await context.newPage();
  await page.goto(server.url + route.replace(/^\//, ''));
  await page.waitForFunction(ready, null, { timeout: 30000 });
  await page.waitForLoadState('networkidle');
  await context.close();
  return bytesOf(dir, files);
}

/** The paths below the site that the pages of `context` request from now on (not the service
 *  worker's background precache), filled in as they come. */
function requested(context, server) {
  const files = new Set();
  context.on('request', (req) => {
    if (req.serviceWorker() || !req.url().startsWith(server.url)) return;
    files.add(decodeURIComponent(new URL(req.url()).pathname.slice(new URL(server.url).pathname.length)) || 'index.html');
  });
  return files;
}

/** Each requested file (a path below the site) with its bytes as served from `dir`: a directory
 *  is its index.html, an unknown path 404.html, as serve.mjs and static hosts answer them. */
function bytesOf(dir, files) {
  return [...files].sort().map((f) => {
    let file = path.join(dir, f);
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) file = path.join(dir, '404.html');
    return { name: f, ...compress(fs.readFileSync(file)) };
  });
}

/** The page's first field a person would use (none on the home page). */
const FIRST_FIELD = '#app main input:not([type=file]):not([type=hidden]):visible';
/** The page's first text field, for a typed digit; a page without one is timed on its first
 *  tick box (the pharmacist's, until a record is added) or its first choice (the cell-therapy
 *  manager's licence, changed with the arrow key). */
const TEXT_FIELD = '#app main input[type=text]:visible';
const TICK_BOX = '#app main input[type=checkbox]:visible';
const CHOICE = '#app main select:visible';

/** What a page loads on the first use of its form, after a first visit that loaded everything it
 *  needed to read: every file requested from the click into its first field until the app has
 *  taken over and the network is idle. `null` for a page with no field. */
async function onInteraction(browser, server, dir, route) {
  const context = await browser.newContext({ timezoneId: TZ });
  const page = await context.newPage();
  await page.goto(server.url + route.replace(/^\//, ''));
  await page.waitForLoadState('networkidle');
  const field = page.locator(FIRST_FIELD).first();
  if (await field.count() === 0) {
    await context.close();
    return null;
  }
  const files = requested(context, server);
  await field.click();
  await page.waitForSelector(MOUNTED, { timeout: 30000 });
  await page.waitForLoadState('networkidle');
  await context.close();
  return bytesOf(dir, files);
}

// Init script: the time of the first pointer down, focus or key, and of the app's page replacing the
// prerendered one (the frame after #app loses its mark), ms since navigation start.
function watchTakeOver() {
  for (const e of ['pointerdown', 'focusin', 'keydown']) {
    addEventListener(e, () => { if (window.__t0 === undefined) window.__t0 = performance.now(); }, true);
  }
  new MutationObserver((_, mo) => {
    const app = document.getElementById('app');
    if (app && !app.hasAttribute('data-prerendered') && window.__t0 !== undefined) {
      mo.disconnect();
      requestAnimationFrame(() => { window.__t1 = performance.now(); });
    }
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-prerendered'] });
}

/** First key to updated result on a fresh page under mobile throttling: a click into the page's
 *  first field, End, a digit; until the app's page shows the field with that digit, computed.
 *  Also when the last byte it fetched arrived (`lastByte`, ms after the key).
 *  With `worker`, as a phone's first visit is: the service worker registers at load and precaches
 *  the site while the person reads; the click comes WORKER_CLICK_MS after load. `server` must
 *  then throttle (serve's `link`: one downlink for the page and the worker, which Chromium's
 *  throttling, per page, cannot model); `installing` says whether the worker was still
 *  precaching at the click. */
async function firstKey(browser, server, route, { worker = false } = {}) {
  // Without `worker`, no service worker: unthrottled, it would have fetched the site by the click.
  const context = await browser.newContext({ viewport: { width: 412, height: 823 },
    serviceWorkers: worker ? 'allow' : 'block', timezoneId: TZ });
  await context.addInitScript(watchTakeOver);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (!worker) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: MOBILE.latency,
      downloadThroughput: MOBILE.downloadThroughput, uploadThroughput: MOBILE.uploadThroughput });
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: MOBILE.cpu });
  await page.goto(server.url + route.replace(/^\//, ''));
  let installing = false;
  if (worker) {
    await page.waitForLoadState('load');
    await page.waitForTimeout(WORKER_CLICK_MS);
    installing = await page.evaluate(async () => {
      const r = await navigator.serviceWorker.getRegistration();
      return !navigator.serviceWorker.controller && !!(r && (r.installing || r.waiting));
    });
  } else {
    await page.waitForLoadState('networkidle');
  }
  const [text, box, choice] = [TEXT_FIELD, TICK_BOX, CHOICE].map((q) => page.locator(q).first());
  const kind = (await text.count()) > 0 ? 'text' : (await box.count()) > 0 ? 'box' : (await choice.count()) > 0 ? 'choice' : null;
  if (!kind) {
    await context.close();
    return null;
  }
  const field = { text, box, choice }[kind];
  const id = await field.getAttribute('id');
  const value = () => page.evaluate((i) => { const e = document.getElementById(i); return e && (e.type === 'checkbox' ? e.checked : e.value); }, id);
  const was = await value();
  if (kind === 'choice') {
    await field.focus();
    await page.keyboard.press(await field.evaluate((e) => (e.selectedIndex === e.options.length - 1 ? 'ArrowUp' : 'ArrowDown')));
  } else {
    await field.click();
    if (kind === 'text') {
      await page.keyboard.press('End');
      await page.keyboard.type('1');
    }
  }
  await page.waitForFunction(() => window.__t1 !== undefined, null, { timeout: 60000 });
  const now = await value();
  const kept = kind === 'text' ? String(now).endsWith('1') : now !== was;
  if (!kept) throw new Error(`bench: ${route}: ${id} did not keep the input (${was} → ${now})`);
  // The last byte of what the key made the page fetch: before it the phone waits on the network,
  // after it on its processor (compiling, starting the app, drawing the page).
  const [ms, lastByte] = await page.evaluate(() => [window.__t1 - window.__t0, Math.max(0, ...performance
    .getEntriesByType('resource').filter((e) => e.startTime >= window.__t0).map((e) => e.responseEnd - window.__t0))]);
  await context.close();
  return { ms, lastByte, installing };
}

/** The kind of a loaded file, for the per-kind lines; a deep link (`jmdp/fees`, no extension)
 *  is answered with the HTML page. */
const kind = (name) => (name.match(/\.(html|js|wasm|css)$/) || [null, /^[^.]*$/.test(name) ? 'html' : 'other'])[1];

/** The totals of a visit, then what they are made of: one line per file and figure when
 *  `perFile` (the home page, the fees page and the counter: the ones compared in the notes),
 *  else one line per kind of file (html, js, wasm, css), so every page's wasm share shows. */
function report(label, files, target, { perFile = false } = {}) {
  const total = sum(files);
  if (perFile) {
    for (const f of files) for (const k of ['raw', 'gzip', 'brotli']) figure(`${label}.file.${f.name}.${k}`, f[k], 'B');
  } else {
    const kinds = new Map();
    for (const f of files) {
      const k = kind(f.name);
      kinds.set(k, [...(kinds.get(k) || []), f]);
    }
    for (const [k, list] of [...kinds].sort()) {
      const t = sum(list);
      figure(`${label}.${k}.files`, list.length, 'files');
      for (const m of ['raw', 'gzip', 'brotli']) figure(`${label}.${k}.${m}`, t[m], 'B');
    }
  }
  figure(`${label}.files`, files.length, 'files');
  figure(`${label}.raw`, total.raw, 'B');
  figure(`${label}.gzip`, total.gzip, 'B', target);
  figure(`${label}.brotli`, total.brotli, 'B');
  return total;
}

/** Every file of the build (what the service worker precaches after the first visit). */
function allFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      const name = path.relative(dir, p).split(path.sep).join('/');
      if (e.isDirectory()) walk(p);
      // Not the pages' packs (tools/split.mjs writePacks): only a first visit loads one, and
      // the service worker does not precache them (postbuild's own test, isPack).
      else if (/\.(html|js|wasm|css|webmanifest|svg)$/.test(e.name) && e.name !== '404.html' && !isPack(name)) out.push({ name, ...compress(fs.readFileSync(p)) });
    }
  };
  walk(dir);
  return out;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round = (x, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

const FIG = '.figure[data-key="payable_yen"] .figure-value';

// Init script: records when the payable figure first shows a number (ms since navigation start).
function watchFirstResult(sel) {
  const check = () => {
    const el = document.querySelector(sel);
    if (window.__firstResult === undefined && el && /\d/.test(el.textContent)) {
      window.__firstResult = performance.now();
      return true;
    }
    return false;
  };
  new MutationObserver((_, mo) => { if (check()) mo.disconnect(); })
    .observe(document, { childList: true, subtree: true, characterData: true });
}

async function coldLoad(browser, url, runs = 15) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ timezoneId: TZ }); // empty cache, no service worker
    await context.addInitScript(watchFirstResult, FIG);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    times.push(await (await page.waitForFunction(() => window.__firstResult, null, { timeout: 30000 })).jsonValue());
    await context.close();
  }
  return times;
}

// In the page: `n` keystrokes alternating two values; each is timed from the input event's
// dispatch (performance.mark) to the figure's text changing (MutationObserver, performance.measure).
async function keystrokes(page, n = 100) {
  return page.evaluate(async ({ n, sel }) => {
    const input = document.querySelector('input[name="donors_screened"]');
    const section = document.querySelector(sel).closest('section') || document.body;
    const text = () => document.querySelector(sel)?.textContent;
    const times = [];
    for (let i = 0; i < n; i++) {
      const before = text();
      const changed = new Promise((resolve) => {
        const mo = new MutationObserver(() => {
          if (text() !== before) { mo.disconnect(); performance.mark(`key-end-${i}`); resolve(true); }
        });
        mo.observe(section, { childList: true, subtree: true, characterData: true });
        setTimeout(() => { mo.disconnect(); resolve(false); }, 2000);
      });
      input.value = i % 2 ? '2' : '3';
      performance.mark(`key-start-${i}`);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      if (!(await changed)) throw new Error(`keystroke ${i}: the figure did not change from ${before}`);
      times.push(performance.measure(`key-${i}`, `key-start-${i}`, `key-end-${i}`).duration);
      await new Promise((r) => setTimeout(r, 5));
    }
    return times;
  }, { n, sel: FIG });
}

function coreBench() {
  const out = execFileSync('cargo', ['bench', '-p', 'calc-core', '--bench', 'cases'], {
    cwd: ROOT, stdio: ['ignore', 'pipe', process.stderr], encoding: 'utf8' });
  for (const line of out.split('\n')) if (/^core\./.test(line)) console.log(line);
}

async function lighthouse(url, name) {
  // Default mobile profile with simulated throttling. The report goes to a file (its progress log,
  // on stderr, is dropped unless it fails); the loopback server compresses like a static host.
  const bin = path.join(ROOT, 'node_modules/.bin/lighthouse');
  const out = path.join(OUT, `lighthouse-${name}.json`);
  // Asynchronous: the site is served from this very process, which must keep answering.
  const child = spawn(bin, [url, '--output=json', `--output-path=${out}`,
    '--only-categories=performance,accessibility,best-practices,seo',
    '--chrome-flags=--headless --no-sandbox --disable-gpu'], {
    cwd: ROOT, env: { ...process.env, CHROME_PATH: CHROME, TZ }, stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr.on('data', (d) => { log += d; });
  const timer = setTimeout(() => child.kill(), 300_000);
  const status = await new Promise((resolve) => child.on('close', resolve));
  clearTimeout(timer);
  if (status !== 0) {
    process.stderr.write(log);
    throw new Error(`lighthouse ${url} failed (${status})`);
  }
  const report = JSON.parse(fs.readFileSync(out, 'utf8'));
  for (const [id, c] of Object.entries(report.categories)) figure(`lighthouse.${name}.${id}`, Math.round(c.score * 100), 'score');
  for (const id of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'interactive']) {
    const a = report.audits[id];
    if (a?.numericValue !== undefined) figure(`lighthouse.${name}.${id}`, Math.round(a.numericValue), 'ms');
  }
  const cls = report.audits['cumulative-layout-shift'];
  if (cls?.numericValue !== undefined) figure(`lighthouse.${name}.cumulative-layout-shift`, round(cls.numericValue, 3), 'CLS');
  const failed = Object.values(report.categories).flatMap((c) => c.auditRefs)
    .map((ref) => report.audits[ref.id])
    .filter((a) => a && a.score !== null && a.score < 1 && !['informative', 'manual', 'notApplicable'].includes(a.scoreDisplayMode));
  for (const a of failed) console.error(`lighthouse ${name}: ${a.id} (${a.score}) ${a.displayValue || ''}: ${a.title}`);
}

/** Whether the machine has a Japanese font: without one, every Japanese glyph sends the browser
 *  through a fruitless font fallback, and layout (part of the cold-load figure) takes far longer
 *  than on any Japanese user's device. Printed so figures from different machines compare. */
function japaneseFonts() {
  const r = spawnSync('fc-list', [':lang=ja', 'family'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.split('\n').filter(Boolean).length : 0;
}

async function main() {
  if (!args.has('--no-build')) await build();
  figure('machine.japanese_font_families', japaneseFonts(), 'fonts');

  // Every route has its own prerendered page, served with status 200 (Lighthouse refuses a 404).
  const all = allFiles(SITE);
  DOCS = docRoutes(SITE);
  const server = await serve(SITE, '/', PORT);
  const canonical = fs.readFileSync(path.join(SITE, 'index.html'), 'utf8').match(/<link rel="canonical" href="([^"]*)"/);
  if (!canonical || !canonical[1].startsWith(ORIGIN)) {
    console.error(`bench: the site was built for ${canonical ? canonical[1] : 'no canonical'}, not ${ORIGIN}: rebuild (no --no-build) for the SEO figures`);
  }
  const counterServer = await serve(COUNTER, '/');
  const browser = await chromium.launch({ executablePath: CHROME, headless: true, args: FLAGS });
  const heading = () => !!document.querySelector('main h1');
  const result = () => /\d/.test(document.querySelector('.figure[data-key="payable_yen"] .figure-value')?.textContent || '');
  try {
    let home;
    for (const r of [...ROUTES, ...DOCS]) {
      const perFile = r === '/' || r === '/jmdp/fees';
      const t = report(`first_visit.${label(r)}`, await firstVisit(browser, server, SITE, r, r === '/jmdp/fees' ? result : heading),
        TARGET.gzipTotal, { perFile });
      if (r === '/') home = t;
    }
    // The same pages at their English addresses (prerendered in English below /en/): the same budget.
    for (const r of [...ROUTES, ...DOCS]) {
      report(`first_visit.en.${label(r)}`, await firstVisit(browser, server, SITE, `/en${r}`, heading), TARGET.gzipTotal);
    }
    for (const r of ROUTES) {
      const files = await onInteraction(browser, server, SITE, r);
      if (files) report(`on_interaction.${label(r)}`, files, BEFORE[label(r)]);
    }
    report('site.all_files', all);
    const counter = report('counter.first_visit', await firstVisit(browser, counterServer, COUNTER, '/', () => !!document.querySelector('button')), undefined, { perFile: true });
    for (const k of ['raw', 'gzip', 'brotli']) figure(`ratio.home_over_counter.${k}`, round(home[k] / counter[k], 2), 'x');
  } finally {
    await counterServer.close();
  }

  try {
    const cold = await coldLoad(browser, `${server.url}jmdp/fees`);
    figure('cold_load.first_result.median', round(median(cold)), 'ms', TARGET.coldMs);
    figure('cold_load.first_result.min', round(Math.min(...cold)), 'ms');
    figure('cold_load.first_result.max', round(Math.max(...cold)), 'ms');

    // Median of FIRST_KEY_RUNS: one run moves by ±150 ms on this machine with the same bytes. The
    // split says which lever a page needs: `.network` (the last byte fetched after the key; the
    // bytes on interaction at 1.6 Mbit/s) or `.processor` (the rest: compile, start, draw at CPU ÷ 4).
    for (const r of ROUTES) {
      const runs = [];
      for (let i = 0; i < FIRST_KEY_RUNS; i++) {
        const run = await firstKey(browser, server, r);
        if (run) runs.push(run);
      }
      if (runs.length === 0) continue;
      const ms = median(runs.map((x) => x.ms));
      const network = median(runs.map((x) => x.lastByte));
      figure(`first_key.${label(r)}`, round(ms), 'ms', TARGET.firstKeyMs);
      figure(`first_key.${label(r)}.network`, round(network), 'ms');
      figure(`first_key.${label(r)}.processor`, round(median(runs.map((x) => x.ms - x.lastByte))), 'ms');
      figure(`first_key.${label(r)}.spread`, round(Math.max(...runs.map((x) => x.ms)) - Math.min(...runs.map((x) => x.ms))), 'ms');
    }

    // The same while the service worker precaches the site over the same (shared) link: what a
    // phone's first visit meets when the person taps within seconds of the page showing. Served
    // from its own address (a fresh origin: no worker of the runs above), the same files.
    const linked = await serve(SITE, '/', 0, { link: { bytesPerSecond: MOBILE.downloadThroughput, latencyMs: MOBILE.latency } });
    try {
      for (const r of ROUTES) {
        const runs = [];
        for (let i = 0; i < FIRST_KEY_RUNS; i++) {
          const run = await firstKey(browser, linked, r, { worker: true });
          if (run) runs.push(run);
        }
        if (runs.length === 0) continue;
        figure(`first_key_precaching.${label(r)}`, round(median(runs.map((x) => x.ms))), 'ms', TARGET.firstKeyMs);
        figure(`first_key_precaching.${label(r)}.network`, round(median(runs.map((x) => x.lastByte))), 'ms');
        figure(`first_key_precaching.${label(r)}.worker_installing`, runs.filter((x) => x.installing).length, `of ${runs.length} runs`);
      }
    } finally {
      await linked.close();
    }

    const context = await browser.newContext({ timezoneId: TZ });
    const page = await context.newPage();
    await page.goto(`${server.url}jmdp/fees`);
    await page.evaluate(() => window.calcStart());
    await page.waitForSelector(MOUNTED);
    const keys = await keystrokes(page);
    figure('keystroke.update.median', round(median(keys), 2), 'ms', TARGET.keyMs);
    figure('keystroke.update.max', round(Math.max(...keys), 2), 'ms');
    await context.close();
  } finally {
    await browser.close();
  }

  coreBench();

  if (!args.has('--no-lighthouse')) {
    // The largest document page stands for them all.
    const largest = DOCS.toSorted((a, b) => pageBytes(b) - pageBytes(a))[0];
    for (const r of [...ROUTES, largest]) await lighthouse(`${server.url}${r === '/' ? '' : `${r.slice(1)}/`}`, label(r));
  }
  await server.close();
}

main().catch((e) => { console.error(e); process.exit(1); });
