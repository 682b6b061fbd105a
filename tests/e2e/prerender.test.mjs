// Prerendered pages (crate-web/src/bin/prerender.rs) in the release build: every route (each
// document's rules page too) has its own index.html in Japanese and, below /en/, in English, with its title, description, canonical link and Open Graph tags; with JavaScript off a
// calculator page shows its heading, its form with the start values and the result for them; with
// JavaScript on the app replaces the prerendered page (nothing twice) and computes as before, and
// the prerendered result is the one the app computes for the same start values.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { start, ROOT_DIR, MOUNTED, docRoutes, openFoldedCards } from './harness.mjs';
import { lazyRoutes } from '../../tools/split.mjs';

const DOC_ROUTES = docRoutes(ROOT_DIR);
const ROUTES = ['/', ...Object.keys(lazyRoutes()), ...DOC_ROUTES];
/** Calculator pages and the result figure each one shows for its start values. */
const CALCS = [['/jmdp/fees', 'payable_yen'], ['/patient/year', 'total_out_of_pocket_yen'], ['/pharmacist', null],
  ...Object.keys(lazyRoutes()).filter((r) => !['/jmdp/fees', '/patient/year', '/pharmacist', '/rules'].includes(r)).map((r) => [r, null])];

let h;
before(async () => { h = await start({ serviceWorkers: 'block' }); });
after(async () => { await h?.close(); });

const LANGS = ['ja', 'en'];
/** The page's address below the site: `/jmdp/fees/`, in English `/en/jmdp/fees/`. */
const below = (route, lang) => `${lang === 'en' ? '/en' : ''}${route === '/' ? '/' : `${route}/`}`;
const fileOf = (route, lang = 'ja') => path.join(ROOT_DIR, below(route, lang).replace(/^\//, ''), 'index.html');
const attr = (html, re) => (html.match(re) || [])[1];
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

test('every route has its own prerendered index.html in Japanese and English, with title, description, canonical, hreflang and Open Graph', () => {
  // Every document whose figures the calculators use has its page (the index's links are read from it).
  assert.ok(DOC_ROUTES.length >= 10 && DOC_ROUTES.includes('/rules/jmdp-guide'), DOC_ROUTES.join(' '));
  const titles = new Set();
  for (const route of ROUTES) for (const lang of LANGS) {
    const at = below(route, lang);
    const html = fs.readFileSync(fileOf(route, lang), 'utf8');
    const title = attr(html, /<title>([^<]+)<\/title>/);
    assert.ok(title, `${at}: a title`);
    titles.add(title);
    const description = attr(html, /<meta name="description" content="([^"]+)">/);
    assert.ok(description?.length > 10, `${at}: a description`);
    // The English page names itself in English (the site's name, the page's title and lead).
    if (lang === 'en') {
      // English, with Japanese names of terms where they help ("Advanced care (先進医療) burden").
      const english = (t) => [...t].filter((c) => JAPANESE.test(c)).length < t.length / 10;
      assert.ok(english(title), `${at}: title in English: ${title}`);
      assert.ok(english(description), `${at}: description in English: ${description}`);
    } else {
      assert.match(title, JAPANESE, `${at}: title in Japanese: ${title}`);
    }
    // The site is built at the root here, so the addresses are these paths exactly.
    assert.equal(attr(html, /<link rel="canonical" href="([^"]+)">/), at, `${at}: canonical`);
    assert.equal(attr(html, /<link rel="alternate" hreflang="ja" href="([^"]+)">/), below(route, 'ja'), `${at}: hreflang ja`);
    assert.equal(attr(html, /<link rel="alternate" hreflang="en" href="([^"]+)">/), below(route, 'en'), `${at}: hreflang en`);
    assert.equal(attr(html, /<link rel="alternate" hreflang="x-default" href="([^"]+)">/), below(route, 'ja'), `${at}: x-default`);
    assert.equal(attr(html, /<meta property="og:locale" content="([^"]+)">/), lang === 'en' ? 'en_US' : 'ja_JP', `${at}: og:locale`);
    assert.equal(attr(html, /<meta property="og:title" content="([^"]+)">/), title, `${at}: og:title`);
    assert.match(html, new RegExp(`<html lang="${lang}">`), `${at}: lang`);
    assert.match(html, /<div id="app" data-prerendered[^>]*>\s*<noscript>[\s\S]*?<main id="main"[^>]*>[\s\S]*?<h1>/, `${at}: the page in #app`);
    const noscript = attr(html, /<p class="noscript">([^<]+)<\/p>/);
    assert.ok(lang === 'en' ? /JavaScript/.test(noscript) && !JAPANESE.test(noscript) : JAPANESE.test(noscript) && !/Calculating/.test(noscript), `${at}: noscript note in its language: ${noscript}`);
    // Links go to pages in the same language.
    const links = [...html.matchAll(/<a [^>]*href="(\/[^"#]*)/g)].map((m) => m[1]);
    assert.ok(links.length > 0, `${at}: links`);
    for (const l of links) assert.equal(l.startsWith('/en/') || l === '/en', lang === 'en', `${at}: link ${l}`);
    // The CSP and the page's loader (the wasm on demand, tools/split.mjs), and no wasm or
    // module fetched or preloaded by the HTML itself.
    assert.match(html, /<meta http-equiv="Content-Security-Policy"/, `${at}: CSP`);
    assert.match(html, /<script>\(\(\)=>\{const m=.*\.calcStart=/, `${at}: the page's loader`);
    assert.doesNotMatch(html, /<script type="module"|rel="(module)?preload"/, `${at}: nothing loaded before use`);
  }
  assert.equal(titles.size, ROUTES.length * LANGS.length, 'a title per page');
  // Deep links to unknown paths still get the plain shell.
  assert.doesNotMatch(fs.readFileSync(path.join(ROOT_DIR, '404.html'), 'utf8'), /<div id="app" data-prerendered/);
});

test('with JavaScript off, a calculator page shows its heading, its form with start values and the result', async () => {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox', '--headless'] });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    for (const [route, key] of CALCS) for (const lang of LANGS) {
      await page.goto(h.server.url + below(route, lang).slice(1));
      const h1 = (await page.textContent('main h1')).trim();
      const info = (await h.open(below(route, lang))) && (await h.page.textContent('main h1')).trim();
      assert.equal(h1, info, `${route} ${lang}: the app's heading`);
      assert.equal(await h.page.getAttribute('html', 'lang'), lang, `${route}: the app in the address's language`);
      assert.ok(await page.locator('main h1').isVisible(), `${route}: heading visible`);
      assert.ok(await page.locator('main input, main select').count() > 0, `${route}: the form`);
      assert.ok(await page.locator('noscript, .noscript').count() > 0, `${route}: says calculating needs JavaScript`);
      if (key) {
        // The prerendered figure is the one the app computes for the same start values.
        const sel = `.figure[data-key="${key}"] .figure-value`;
        const stat = (await page.textContent(sel)).trim();
        assert.match(stat, lang === 'en' ? /^[\d,]+ yen$/ : /^[\d,]+円$/, `${route}: a result, not "${stat}"`);
        assert.equal(stat, (await h.page.textContent(sel)).trim(), `${route}: the app's figure`);
      }
      // The start values are in the inputs (the app's own, read from the mounted page). The app
      // draws a folded month's fields when it is opened, so its months are opened first, as a
      // person opens them to read them.
      await openFoldedCards(h.page);
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
