// The release build loads, every route renders, language switch persists, deep links and a
// sub-path work, and nothing is requested from any other host.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { start, ROOT_DIR, SUB_DIR, SUB_PATH, mounted } from './harness.mjs';
import { packOf, packParts, readLeb, wasmSections } from '../../tools/split.mjs';

const ROUTES = ['/', '/patient', '/patient/year', '/jmdp/fees', '/jmdp/exemption', '/jmdp/split', '/advanced/burden',
  '/advanced/cost-basis', '/pharmacist', '/hctc', '/cell-therapy', '/rules'];

/** Route → the files its page preloads, from the page's loader (tools/split.mjs), as absolute
 *  URLs: a prerendered page lists its own route only; `every` reads 404.html's, which lists all. */
const preloadLists = (page, { every = false } = {}) => page.evaluate(async (every) => {
  const own = () => [...document.scripts].find((x) => !x.src && x.textContent.includes('__wasmCompiled')).textContent;
  const text = every ? await (await fetch(new URL('404.html', document.baseURI))).text() : own();
  const map = JSON.parse(text.match(/const m=(\{.*?\}),M=/)[1]);
  return Object.fromEntries(Object.entries(map).map(([r, l]) => [r, l.map((f) => new URL(f, document.baseURI).href)]));
}, every);

let h;
before(async () => { h = await start(); });
after(async () => { await h?.close(); });

test('home page renders in Japanese with the calculators named and no console error', async () => {
  const page = await h.open('/');
  assert.equal(await page.getAttribute('html', 'lang'), 'ja');
  const h1 = await page.textContent('main h1');
  assert.match(h1, /造血細胞移植/);
  const body = await page.textContent('main');
  for (const name of ['患者負担金', '免除', '55,000点', '先進医療', '研修認定薬剤師', 'HCTC', '細胞治療認定管理師']) {
    assert.ok(body.includes(name), `home names ${name}`);
  }
  assert.match(await page.textContent('footer'), /ブラウザの外に送信されません/);
  assert.deepEqual(h.problems, []);
});

test('every route renders its own page by direct load (deep link through the 404 fallback)', async () => {
  const titles = new Set();
  for (const r of ROUTES) {
    const page = await h.open(r);
    const title = (await page.textContent('main h1')).trim();
    assert.ok(title.length > 0, `${r} has a heading`);
    assert.doesNotMatch(title, /見つかりません/, `${r} is not the not-found page`);
    titles.add(title);
  }
  assert.equal(titles.size, ROUTES.length, 'each route has its own heading');
  assert.deepEqual(h.problems, []);
});

test('an unknown path shows the not-found page with a way home', async () => {
  const page = await h.open('/no/such/page');
  assert.match(await page.textContent('main h1'), /ページが見つかりません/);
  await page.click('main a');
  await page.waitForURL(h.server.url);
  assert.match(await page.textContent('main h1'), /造血細胞移植/);
});

test('links navigate in-app and the language switch persists across reloads', async () => {
  const page = await h.open('/');
  await page.click('a[href$="/jmdp/fees"]');
  await page.waitForURL(/\/jmdp\/fees/);
  assert.match(await page.textContent('main h1'), /患者負担金/);
  await page.click('button[lang="en"]');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.match(await page.textContent('main h1'), /JMDP patient fees/);
  await page.reload();
  await mounted(page);
  assert.match(await page.textContent('main h1'), /JMDP patient fees/);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.click('button[lang="ja"]');
  assert.match(await page.textContent('main h1'), /患者負担金/);
});

test('Back and Forward move between pages in the app, and a click on a link made with the keyboard modifiers is left to the browser', async () => {
  const page = await h.open('/');
  await page.click('a[href$="/jmdp/fees"]');
  await page.waitForURL(/\/jmdp\/fees(\?|$)/);
  await page.waitForSelector('.figure[data-key="payable_yen"]');
  await page.click('footer a[href$="/rules"]');
  await page.waitForURL(/\/rules(\?|$)/);
  await page.waitForSelector('main h1:has-text("規則")');
  await page.goBack();
  await page.waitForURL(/\/jmdp\/fees\?/);
  assert.match(await page.textContent('main h1'), /患者負担金/);
  await page.goBack();
  await page.waitForURL(h.server.url);
  assert.match(await page.textContent('main h1'), /造血細胞移植/);
  await page.goForward();
  await page.waitForURL(/\/jmdp\/fees\?/);
  assert.match(await page.textContent('main h1'), /患者負担金/);
  // A ctrl-click opens a new tab (the app does not take it over).
  const [tab] = await Promise.all([h.context.waitForEvent('page'), page.click('footer a[href$="/rules"]', { modifiers: ['Control'] })]);
  assert.match(page.url(), /\/jmdp\/fees\?/);
  await tab.close();
  assert.deepEqual(h.problems, []);
});

test('a calculator opened in-app after /rules loads the calculators\' shared chunk it lacks, then works', async () => {
  // /rules runs no calculator, so it does not load their shared code (tools/split.mjs, APART).
  const s = await start();
  try {
    const own = [];
    s.page.on('request', (q) => own.push(q.url()));
    const page = await s.open('/rules');
    await page.waitForLoadState('networkidle');
    const lists = await preloadLists(page, { every: true });
    // What /rules loaded: its pack (the modules it lists, in one file) and any module on its own.
    const rulesPack = packOf(lists['/rules'].find((u) => u.endsWith('.wasm')));
    assert.ok(own.includes(rulesPack), '/rules loads its pack');
    const had = new Set([...own, ...lists['/rules']]);
    // A chunk every calculator page loads (their shared code) that /rules neither lists nor loads.
    const calculators = Object.keys(lists).filter((r) => r !== '/rules');
    const everywhere = lists['/jmdp/fees'].filter((u) => /\/chunk_\d+\.wasm$/.test(u) && calculators.every((r) => lists[r].includes(u)));
    const notForRules = everywhere.filter((u) => !had.has(u));
    assert.ok(notForRules.length > 0, `the calculators share a chunk /rules does without (shared: ${everywhere})`);
    // The fees page, opened in the app, fetches the modules /rules did not have, one by one.
    const missing = lists['/jmdp/fees'].filter((u) => !had.has(u));
    await page.click('header a.brand');
    await page.waitForURL(s.server.url);
    await page.click('main a[href$="/jmdp/fees"]');
    await page.waitForFunction(() => /\d/.test(document.querySelector('.figure[data-key="payable_yen"] .figure-value')?.textContent || ''));
    for (const u of missing) assert.ok(own.includes(u), `${u} is loaded once the fees page opens`);
    // What came in /rules' pack is not fetched again.
    for (const u of lists['/jmdp/fees'].filter((x) => x.endsWith('.wasm') && lists['/rules'].includes(x))) {
      assert.ok(!own.includes(u), `${u} came with /rules' pack, not again`);
    }
    assert.deepEqual(s.problems, []);
  } finally {
    await s.close();
  }
});

test('while a page\'s code is still loading after a click, a notice says so, in the chosen language', async () => {
  const s = await start({ serviceWorkers: 'block' });
  try {
    const page = await s.open('/');
    // The notice is there and its 0.3 s delay has passed.
    const shown = () => {
      const el = document.querySelector('.page-loading');
      return !!el && getComputedStyle(el).visibility === 'visible';
    };
    const notice = () => page.evaluate(() => {
      const el = document.querySelector('.page-loading');
      return el && [el.textContent, el.getAttribute('role')];
    });
    // Holds a page's own chunk until released, as a slow connection would.
    const hold = async (name) => {
      let release;
      const held = new Promise((r) => { release = r; });
      await page.route(new RegExp(`/split_${name}_\\d+\\.wasm$`), async (route) => { await held; await route.continue(); });
      return release;
    };
    // From the home page (main empties) ...
    let release = await hold('fees_page');
    await page.click('main a[href$="/jmdp/fees"]');
    await page.waitForFunction(shown);
    assert.deepEqual(await notice(), ['ページを読み込んでいます…', 'status']);
    release();
    await page.waitForSelector('main h1:has-text("患者負担金")');
    assert.equal(await page.$('.page-loading'), null, 'the notice goes when the page comes');
    // ... and from one calculator to another (the page clicked on may stay until then), in English.
    await page.click('button[lang="en"]');
    release = await hold('exemption_page');
    await page.click('main a[href$="/jmdp/exemption"]');
    await page.waitForFunction(shown);
    assert.deepEqual(await notice(), ['Loading the page…', 'status']);
    release();
    await page.waitForSelector('main h1:has-text("exemption")');
    assert.equal(await page.$('.page-loading'), null);
    assert.deepEqual(s.problems, []);
  } finally {
    await s.close();
  }
});

test('a first visit to a page loads its modules in one pack: exactly the modules the page then uses, each once', async () => {
  for (const r of ROUTES.filter((x) => x !== '/')) {
    // A fresh profile per route: nothing cached, no service worker in control yet.
    const s = await start();
    try {
      // The page's own requests (the service worker's background precache is not one of them).
      const own = [];
      s.page.on('request', (q) => own.push(q.url()));
      const page = await s.open(r);
      await page.waitForLoadState('networkidle');
      const lists = await preloadLists(page);
      assert.deepEqual(Object.keys(lists), [r], `${r}: the page's loader lists its own route only`);
      const listed = lists[r];
      const modules = listed.filter((u) => u.endsWith('.wasm'));
      assert.ok(modules.length > 1, `${r} has its own modules`);
      const pack = packOf(modules[0]);
      const chunk = (u) => /\/wasm-[0-9a-f]{16}\/(split_|chunk_|__wasm_split|pack\/)/.test(u);
      const loaded = own.filter(chunk);
      assert.deepEqual(loaded.sort(), [...listed.filter((u) => !u.endsWith('.wasm')), pack].sort(),
        `${r}: the split loader and the page's pack, each once, and no module on its own`);
      // The pack is the listed modules, byte for byte, in the list's order.
      const file = (u) => fs.readFileSync(path.join(ROOT_DIR, decodeURIComponent(new URL(u).pathname)));
      assert.deepEqual(packParts(file(pack)).map((b) => Buffer.from(b)), modules.map(file), `${r}: the pack holds the listed modules`);
      // The loader took every early compile (none is left waiting in the page).
      assert.equal(await page.evaluate(() => Object.keys(globalThis.__wasmCompiled || {}).length), 0, `${r}: every early module used`);
      assert.deepEqual(s.problems, []);
    } finally {
      await s.close();
    }
  }
});

/** The custom sections (id 0) of a wasm module, by name. */
const customSections = (bytes) => wasmSections(bytes).filter((s) => s.id === 0).map(({ body }) => {
  const [n, at] = readLeb(bytes, body);
  return bytes.subarray(at, at + n).toString();
});

test('the wasm files carry nothing a browser does not read: no custom section (names, producers, target features)', () => {
  const dir = fs.readdirSync(ROOT_DIR).find((d) => /^wasm-[0-9a-f]{16}$/.test(d));
  const files = fs.readdirSync(path.join(ROOT_DIR, dir)).filter((f) => f.endsWith('.wasm'));
  assert.ok(files.length > 10, `the split build's modules: ${files.length}`);
  for (const f of files) assert.deepEqual(customSections(fs.readFileSync(path.join(ROOT_DIR, dir, f))), [], f);
});

test("the main module exports nothing of wasm-streams, and the glue names none of its classes (tools/split.mjs dropStreamClasses)", () => {
  const dir = fs.readdirSync(ROOT_DIR).find((d) => /^wasm-[0-9a-f]{16}$/.test(d));
  const main = new WebAssembly.Module(fs.readFileSync(path.join(ROOT_DIR, dir, 'calc-web_bg.wasm')));
  const exports = WebAssembly.Module.exports(main).map((e) => e.name);
  assert.ok(exports.includes('evaluate') && exports.includes('calculators'), 'the JS API is still exported');
  assert.deepEqual(exports.filter((n) => /intounderlying/i.test(n)), []);
  assert.doesNotMatch(fs.readFileSync(path.join(ROOT_DIR, dir, 'calc-web.js'), 'utf8'), /IntoUnderlying/i);
});

test('no request goes to any host other than the one serving the site', async () => {
  for (const r of ROUTES) await h.open(r);
  assert.ok(h.requests.length > 0);
  assert.deepEqual(h.foreignRequests(), []);
});

test('under a sub-path: routes, links and deep-link reload work', async () => {
  const s = await start({ dir: SUB_DIR, prefix: SUB_PATH });
  try {
    const page = await s.open('/');
    assert.match(await page.textContent('main h1'), /造血細胞移植/);
    const href = await page.getAttribute('a[href$="/jmdp/fees"]', 'href');
    assert.ok(href.startsWith(SUB_PATH), `link ${href} stays under ${SUB_PATH}`);
    await page.click('a[href$="/jmdp/fees"]');
    await page.waitForURL(new RegExp(`${SUB_PATH}jmdp/fees`));
    await page.reload();
    await mounted(page);
    assert.match(await page.textContent('main h1'), /患者負担金/);
    await s.open('/hctc');
    assert.doesNotMatch(await page.textContent('main h1'), /見つかりません/);
    assert.deepEqual(s.foreignRequests(), []);
    assert.deepEqual(s.problems, []);
  } finally {
    await s.close();
  }
});
