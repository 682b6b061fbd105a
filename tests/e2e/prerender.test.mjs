// Prerendered pages (crate-web/src/bin/prerender.rs) in the release build: every route has its own
// index.html with its title, description, canonical link and Open Graph tags; with JavaScript off a
// calculator page shows its heading, its form with the start values and the result for them; with
// JavaScript on the app replaces the prerendered page (nothing twice) and computes as before, and
// the prerendered result is the one the app computes for the same start values.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { start, ROOT_DIR, MOUNTED } from './harness.mjs';
import { lazyRoutes } from '../../tools/split.mjs';

const ROUTES = ['/', ...Object.keys(lazyRoutes())];
/** Calculator pages and the result figure each one shows for its start values. */
const CALCS = [['/jmdp/fees', 'payable_yen'], ['/patient/year', 'total_out_of_pocket_yen'], ['/pharmacist', null],
  ...Object.keys(lazyRoutes()).filter((r) => !['/jmdp/fees', '/patient/year', '/pharmacist', '/rules'].includes(r)).map((r) => [r, null])];

let h;
before(async () => { h = await start({ serviceWorkers: 'block' }); });
after(async () => { await h?.close(); });

const fileOf = (route) => path.join(ROOT_DIR, route.replace(/^\//, ''), 'index.html');
const attr = (html, re) => (html.match(re) || [])[1];

test('every route has its own prerendered index.html with title, description, canonical and Open Graph', () => {
  const titles = new Set();
  for (const route of ROUTES) {
    const html = fs.readFileSync(fileOf(route), 'utf8');
    const title = attr(html, /<title>([^<]+)<\/title>/);
    assert.ok(title, `${route}: a title`);
    titles.add(title);
    assert.ok(attr(html, /<meta name="description" content="([^"]+)">/)?.length > 10, `${route}: a description`);
    const canonical = attr(html, /<link rel="canonical" href="([^"]+)">/);
    assert.ok(canonical?.endsWith(route === '/' ? '/' : `${route}/`), `${route}: canonical ${canonical}`);
    assert.equal(attr(html, /<meta property="og:title" content="([^"]+)">/), title, `${route}: og:title`);
    assert.match(html, /<link rel="alternate" hreflang="ja" href="[^"]+">/, `${route}: hreflang`);
    assert.match(html, /<html lang="ja">/, `${route}: lang`);
    assert.match(html, /<div id="app" data-prerendered[^>]*>\s*<noscript>[\s\S]*?<main id="main"[^>]*>[\s\S]*?<h1>/, `${route}: the page in #app`);
    // The CSP and the page's loader (the wasm on demand, tools/split.mjs), and no wasm or
    // module fetched or preloaded by the HTML itself.
    assert.match(html, /<meta http-equiv="Content-Security-Policy"/, `${route}: CSP`);
    assert.match(html, /<script>\(\(\)=>\{const m=.*w\.calcStart=/, `${route}: the page's loader`);
    assert.doesNotMatch(html, /<script type="module"|rel="(module)?preload"/, `${route}: nothing loaded before use`);
  }
  assert.equal(titles.size, ROUTES.length, 'a title per route');
  // Deep links to unknown paths still get the plain shell.
  assert.doesNotMatch(fs.readFileSync(path.join(ROOT_DIR, '404.html'), 'utf8'), /<div id="app" data-prerendered/);
});

test('with JavaScript off, a calculator page shows its heading, its form with start values and the result', async () => {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox', '--headless'] });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    for (const [route, key] of CALCS) {
      await page.goto(h.server.url + route.slice(1));
      const h1 = (await page.textContent('main h1')).trim();
      const info = (await h.open(route)) && (await h.page.textContent('main h1')).trim();
      assert.equal(h1, info, `${route}: the app's heading`);
      assert.ok(await page.locator('main h1').isVisible(), `${route}: heading visible`);
      assert.ok(await page.locator('main input, main select').count() > 0, `${route}: the form`);
      assert.ok(await page.locator('noscript, .noscript').count() > 0, `${route}: says calculating needs JavaScript`);
      if (key) {
        // The prerendered figure is the one the app computes for the same start values.
        const sel = `.figure[data-key="${key}"] .figure-value`;
        const stat = (await page.textContent(sel)).trim();
        assert.match(stat, /^[\d,]+円$/, `${route}: a result, not "${stat}"`);
        assert.equal(stat, (await h.page.textContent(sel)).trim(), `${route}: the app's figure`);
      }
      // The start values are in the inputs (the app's own, read from the mounted page).
      const values = (p) => p.locator('main input[type="text"], main input[type="date"], main select').evaluateAll((els) => els.map((e) => e.value));
      assert.deepEqual(await values(page), await values(h.page), `${route}: start values`);
    }
  } finally {
    await browser.close();
  }
});

test('with JavaScript on, the app replaces the prerendered page: one heading, one form, and it computes', async () => {
  const page = h.page;
  // Until the app's page is there the prerendered one stays: the heading is never gone.
  const gaps = [];
  await page.exposeFunction('__gap', (ms) => gaps.push(ms));
  await page.addInitScript(() => {
    let since = null;
    let seen = false;
    new MutationObserver(() => {
      const app = document.getElementById('app');
      const has = !!app?.querySelector('main h1');
      seen ||= has;
      if (!seen) return; // still parsing
      if (!has && since === null) since = performance.now();
      if (has && since !== null) { window.__gap(Math.round(performance.now() - since)); since = null; }
    }).observe(document, { childList: true, subtree: true });
  });
  await h.open('/jmdp/fees');
  assert.deepEqual(gaps, [], 'no moment without the heading');
  assert.equal(await page.locator('#app > :not(.app-root)').count(), 0, 'the prerendered page is gone');
  assert.equal(await page.locator('main').count(), 1);
  assert.equal(await page.locator('h1').count(), 1);
  assert.equal(await page.locator('header.site-header').count(), 1);
  assert.equal(await page.locator('#app[data-prerendered]').count(), 0);
  await page.fill('#jmdp_fees-donors_screened', '');
  await page.locator('#jmdp_fees-donors_screened').pressSequentially('2');
  assert.equal((await page.textContent('.figure[data-key="payable_yen"] .figure-value')).trim(), '131,000円');
  await h.open('/patient/year');
  assert.equal(await page.locator(MOUNTED).count(), 1);
  assert.equal(await page.locator('main').count(), 1);
  assert.equal(await page.locator('form.inputs:has(#patient_year-bracket)').count(), 1);
  assert.deepEqual(h.problems, []);
});
