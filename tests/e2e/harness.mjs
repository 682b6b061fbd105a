// Shared end-to-end harness: Debian's Chromium driven by playwright-core (no browser download),
// every request recorded, console errors and page errors collected.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve } from './serve.mjs';

export const ROOT_DIR = process.env.E2E_ROOT || 'target/e2e/root';
export const SUB_DIR = process.env.E2E_SUB || 'target/e2e/sub';
export const SUB_PATH = process.env.E2E_SUB_PATH || '/sub/path/';

/** The page's heading once the app has mounted: a prerendered page (crate-web/src/bin/prerender.rs)
 *  shows its heading before the wasm runs, inside `#app[data-prerendered]`, which the app clears
 *  and unmarks when it takes over. Wait for this, not `main h1`, before using the form. */
export const MOUNTED = '#app:not([data-prerendered]) main h1';

/** Each document's rules page (`/rules/jmdp-guide`, below the base), as the built site's
 *  prerendered /rules links to it: the e2e tests and bench read the list from the build. */
export function docRoutes(site) {
  const html = fs.readFileSync(path.join(site, 'rules/index.html'), 'utf8');
  return [...new Set([...html.matchAll(/<a href="[^"]*?(\/rules\/[a-z0-9-]+)"/g)].map((m) => m[1]))];
}

/** Starts the app on the page now (as a person's first use of the form would: the loader,
 *  tools/split.mjs, loads the wasm on demand) and waits until it has taken over. */
export async function mounted(page, { timeout = 20000 } = {}) {
  await page.evaluate(() => { if (window.calcStart) window.calcStart(); });
  await page.waitForSelector(MOUNTED, { timeout });
}

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Starts a server and a browser; returns helpers. Call `close()` in `after`.
 *  `serviceWorkers: 'block'` keeps the service worker out, so every request reaches the network
 *  (and `page.route`). `link`: the server's shared, throttled downlink (serve.mjs). */
export async function start({ dir = ROOT_DIR, prefix = '/', serviceWorkers = 'allow', link = null } = {}) {
  const server = await serve(dir, prefix, 0, { link });
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: FLAGS,
    viewport: { width: 1024, height: 800 },
    // A phone in Japan: the pages are built with Japan's date (crate-web/src/bin/prerender.rs),
    // and the page's loader compares its own day with it.
    timezoneId: 'Asia/Tokyo',
    serviceWorkers,
  });
  const requests = [];
  const problems = [];
  context.on('request', (r) => requests.push(r.url()));
  // A deep link is answered with 404.html and status 404, as static hosts do: the browser logs that
  // document's status as a console error, which is expected. Any other failed load is a problem.
  context.on('response', (r) => {
    // The service worker forwards page loads to the network first (tools/postbuild.mjs): its copy
    // of a deep-link load gets the same expected 404.html answer as the page's own.
    if (r.request().serviceWorker() && /text\/html/.test(r.request().headers().accept || '')) return;
    if (r.status() >= 400 && r.request().resourceType() !== 'document') problems.push(`http ${r.status()}: ${r.url()}`);
  });
  const watch = (page) => {
    page.on('console', (m) => {
      if (m.type() !== 'error') return;
      if (/Failed to load resource: .*404/.test(m.text())) return; // reported by the response hook above
      problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  };
  context.on('page', watch);
  context.pages().forEach(watch);
  const page = context.pages()[0] || await context.newPage();

  /** Opens a path below the base and waits until the app has mounted. */
  async function open(p, target = page) {
    await target.goto(server.url + p.replace(/^\//, ''));
    await mounted(target);
    return target;
  }

  /** Opens a path below the base as a first visit (nothing stored), without starting the app;
   *  returns the index in `requests` of the visit's first request. */
  async function fresh(p, target = page) {
    await target.goto(server.url);
    await target.evaluate(() => localStorage.clear());
    const from = requests.length;
    await target.goto(server.url + p.replace(/^\//, ''));
    return from;
  }

  /** Requests that went to any host other than the one serving the site. */
  function foreignRequests() {
    return requests.filter((u) => !u.startsWith(server.origin + '/') && !u.startsWith('data:') && !u.startsWith('blob:'));
  }

  async function close() {
    await context.close();
    await server.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }

  /** The pages the home page links to, as paths below the base ('/jmdp/fees', …). */
  async function sitePages() {
    await open('/');
    const base = new URL(server.url).pathname;
    const hrefs = await page.$$eval('main .cards a[href]', (as) => as.map((a) => new URL(a.href).pathname));
    return hrefs.map((p) => '/' + p.slice(base.length).replace(/^\//, ''));
  }

  return { server, context, page, open, fresh, requests, problems, foreignRequests, sitePages, close };
}

/** Sets an input's value the way a person types it (fires input events). */
export async function typeInto(page, selector, text) {
  const el = page.locator(selector);
  await el.fill('');
  await el.fill(text);
}

/** Text of a headline figure by result key. */
export async function figure(page, key) {
  return (await page.locator(`.figure[data-key="${key}"] .figure-value`).textContent()).trim();
}

/** Opens a folded section as a person does, by a click on its summary, and waits for what it
 *  holds: /patient/year's "how this was computed" is drawn only while open (crate-web
 *  components.rs `LazyDetails`). `details`: a selector of the `<details>`. */
export async function openFold(page, details) {
  const fold = page.locator(details).first();
  if (!(await fold.evaluate((d) => d.open))) await fold.locator(':scope > summary').click();
  await fold.locator(':scope > :not(summary)').first().waitFor({ state: 'attached' });
}

/** Opens every folded card of the page's lists (/patient/year's months: the app draws a folded
 *  card's fields only while it is open, crate-web rows.rs `RowCard`), as a person does to read or
 *  type in them. */
export async function openFoldedCards(page) {
  const cards = 'main fieldset.row-card.folded > details';
  const n = await page.locator(cards).count();
  for (let i = 1; i <= n; i++) await openFold(page, `:nth-match(${cards}, ${i})`);
}
