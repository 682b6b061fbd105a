// An address per language (crate-web/src/links.rs): every page is at its route in Japanese and
// below /en/ in English. An English address reads in English before and after the wasm and its
// links stay English; switching the language moves the address (query, fragment and what was typed
// kept) and is remembered; a Japanese address opened by someone who chose English moves to the
// English one; Back and Forward show each entry in its language. Root and sub-path builds, 360 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, figure, mounted, MOUNTED, SUB_DIR, SUB_PATH } from './harness.mjs';

let h;
before(async () => {
  h = await start({ serviceWorkers: 'block' });
  await h.page.setViewportSize({ width: 360, height: 800 });
});
after(async () => { await h?.close(); });

const fresh = (path) => h.fresh(path);
const where = () => { const u = new URL(h.page.url()); return u.pathname + u.search + u.hash; };
const stored = () => h.page.evaluate(() => localStorage.getItem('calc.lang'));
/** Where the page's links go (not the in-page skip link). */
const pageLinks = (page) => page.$$eval('#app a[href]:not([href^="#"])', (as) => as.map((a) => new URL(a.href).pathname));
const mainLinks = () => pageLinks(h.page);

test('an English address reads in English before and after the app, and its links stay English', async () => {
  const page = h.page;
  await fresh('/en/jmdp/fees/');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal((await page.textContent('main h1')).trim(), 'JMDP patient fees');
  assert.match(await figure(page, 'payable_yen'), /^[\d,]+ yen$/);
  assert.equal(await page.locator('#app[data-prerendered]').count(), 1, 'the prerendered English page');
  // The first key starts the app, which stays in English.
  const box = page.locator('#jmdp_fees-donors_screened');
  await box.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2');
  await page.waitForSelector(MOUNTED);
  await page.waitForFunction(() => document.querySelector('.figure[data-key="payable_yen"] .figure-value')?.textContent.trim() === '131,000 yen');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(new URL(page.url()).pathname, '/en/jmdp/fees/', 'the address stays English');
  assert.ok((await page.locator('.lang-switch button[lang="en"]').getAttribute('aria-pressed')) === 'true');
  const links = await mainLinks();
  assert.ok(links.length > 3, 'links on the page');
  for (const l of links) assert.ok(l.startsWith('/en/'), `link ${l} stays English`);
  // Following one opens the English page.
  await page.click('footer a[href$="/rules"]');
  await page.waitForURL((u) => u.pathname === '/en/rules');
  // The address moves at the click; the page follows once its chunk has loaded.
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent.trim() === 'Rules and sources');
  assert.equal(await stored(), null, 'opening an English address is not a choice to remember');
  assert.deepEqual(h.problems, []);
});

test('switching the language moves the address, keeps what was typed, and is remembered', async () => {
  const page = h.page;
  await fresh('/jmdp/fees/');
  await mounted(page);
  const box = page.locator('#jmdp_fees-donors_screened');
  await box.fill('');
  await box.pressSequentially('２');
  assert.equal(await figure(page, 'payable_yen'), '131,000円');
  const before = where();
  assert.match(before, /^\/jmdp\/fees\/\?v=1&/, 'the inputs in the address');
  await page.click('.lang-switch button[lang="en"]');
  assert.equal(where(), `/en${before}`, 'the same page and query below /en/');
  assert.equal(await figure(page, 'payable_yen'), '131,000 yen');
  assert.equal(await box.inputValue(), '２');
  assert.equal(await stored(), 'en');
  // A reload of the English address: English, same inputs.
  await page.reload();
  await page.waitForSelector(MOUNTED);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await figure(page, 'payable_yen'), '131,000 yen');
  await page.click('.lang-switch button[lang="ja"]');
  assert.equal(where(), before, 'back to the Japanese address');
  assert.equal(await page.getAttribute('html', 'lang'), 'ja');
  assert.equal(await stored(), 'ja');
  assert.deepEqual(h.problems, []);
});

test('a Japanese link opened by someone who chose English opens in English, with its inputs', async () => {
  const page = h.page;
  await fresh('/');
  await page.evaluate(() => localStorage.setItem('calc.lang', 'en'));
  await page.goto(h.server.url + 'jmdp/fees?v=1&donors_screened=2');
  await page.waitForSelector(MOUNTED);
  assert.equal(new URL(page.url()).pathname, '/en/jmdp/fees/');
  assert.equal(new URL(page.url()).searchParams.get('donors_screened'), '2');
  assert.equal(await figure(page, 'payable_yen'), '131,000 yen');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  // The home page too.
  await page.goto(h.server.url);
  await page.waitForURL((u) => u.pathname === '/en/');
  assert.match(await page.textContent('main h1'), /^[^\u3040-\u30ff\u4e00-\u9fff]+$/);
  assert.deepEqual(h.problems, []);
});

test('Back and Forward show each page in the language chosen, at its address in that language', async () => {
  const page = h.page;
  await fresh('/');
  await mounted(page);
  await page.click('main a[href$="/jmdp/fees"]');
  await page.waitForURL((u) => u.pathname === '/jmdp/fees');
  await page.click('.lang-switch button[lang="en"]');
  assert.equal(new URL(page.url()).pathname, '/en/jmdp/fees');
  // Back to the home page, visited in Japanese: shown in English, the language now chosen.
  await page.goBack();
  await page.waitForURL((u) => u.pathname === '/en/');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.ok((await mainLinks()).every((l) => l.startsWith('/en/')), 'English links');
  await page.goForward();
  await page.waitForURL((u) => u.pathname === '/en/jmdp/fees');
  assert.equal((await page.textContent('main h1')).trim(), 'JMDP patient fees');
  // Someone who keeps Japanese and is sent an English address: English there, Japanese elsewhere.
  await page.click('.lang-switch button[lang="ja"]');
  await page.goto(h.server.url + 'en/patient/');
  await page.waitForSelector('main h1');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await stored(), 'ja');
  await page.goto(h.server.url + 'patient/');
  assert.equal(await page.getAttribute('html', 'lang'), 'ja');
  assert.equal(new URL(page.url()).pathname, '/patient/');
  assert.deepEqual(h.problems, []);
});

test('under a sub-path the English pages and links keep the base', async () => {
  const s = await start({ dir: SUB_DIR, prefix: SUB_PATH, serviceWorkers: 'block' });
  try {
    const page = s.page;
    await page.goto(s.server.url + 'en/jmdp/exemption/');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(new URL(await page.getAttribute('link[rel="canonical"]', 'href'), page.url()).pathname, `${SUB_PATH}en/jmdp/exemption/`);
    await mounted(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    const links = await pageLinks(page);
    for (const l of links) assert.ok(l.startsWith(`${SUB_PATH}en/`), `link ${l}`);
    await page.click('.lang-switch button[lang="ja"]');
    assert.equal(new URL(page.url()).pathname, `${SUB_PATH}jmdp/exemption/`);
    await page.click('.lang-switch button[lang="en"]');
    await page.goto(s.server.url + 'hctc/');
    await page.waitForURL((u) => u.pathname === `${SUB_PATH}en/hctc/`);
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.deepEqual(s.problems, []);
  } finally {
    await s.close();
  }
});
