// The wasm on demand (tools/split.mjs `pageLoader`): a prerendered page fetches no wasm until the
// person uses its form; what they typed, ticked and where their caret was survive the app taking
// over; the app starts at once where the prerendered page cannot stand for it (a link with inputs,
// saved records, English chosen, rules changed since the build); offline after one visit in which
// no form was used. Each case as a person meets it, in Chromium at 360 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, figure, MOUNTED } from './harness.mjs';
import { lazyRoutes } from '../../tools/split.mjs';

const WASM = /\.wasm$|\/wasm-[0-9a-f]{16}\//;

let h;
before(async () => {
  h = await start({ serviceWorkers: 'block' });
  await h.page.setViewportSize({ width: 360, height: 800 });
});
after(async () => { await h?.close(); });

const fresh = (path) => h.fresh(path);
const wasmSince = (from) => h.requests.slice(from).filter((u) => WASM.test(u));
const prerendered = () => h.page.locator('#app[data-prerendered]').count();

test('a fresh page reads without wasm; digits typed before it arrives are computed, caret kept', async () => {
  const page = h.page;
  const from = await fresh('/jmdp/fees');
  await page.waitForTimeout(500);
  assert.deepEqual(wasmSince(from), [], 'no wasm before the form is used');
  assert.equal(await prerendered(), 1);
  assert.match(await figure(page, 'payable_yen'), /^[\d,]+円$/, 'the start result is on the page');
  const box = page.locator('#jmdp_fees-donors_screened');
  await box.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('3');
  await page.waitForSelector(MOUNTED);
  assert.ok(wasmSince(from).length > 0, 'the first use started the app');
  await page.waitForFunction(() => document.querySelector('.figure[data-key="payable_yen"] .figure-value')?.textContent.trim() === '139,000円');
  assert.equal(await box.inputValue(), '3');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'jmdp_fees-donors_screened', 'focus kept');
  // The caret is where it was: the next keys go on in the same box.
  await page.keyboard.press('Backspace');
  await page.keyboard.type('2');
  assert.equal(await figure(page, 'payable_yen'), '131,000円');
  assert.equal(await page.locator('main').count(), 1, 'one page, not two');
  assert.deepEqual(h.problems, []);
});

test('every calculator page, opened fresh, takes a key typed into its first field and computes it', async () => {
  const page = h.page;
  for (const route of Object.keys(lazyRoutes()).filter((r) => r !== '/rules')) {
    const from = await fresh(route);
    assert.deepEqual(wasmSince(from), [], `${route}: no wasm before use`);
    const field = page.locator('#app main input[type=text]:visible, #app main select:visible').first();
    const id = await field.getAttribute('id');
    const before = await page.locator('#app main').innerText();
    const was = await field.inputValue();
    const choice = await field.evaluate((e) => e.tagName === 'SELECT' && (e.selectedIndex === e.options.length - 1 ? 'ArrowUp' : 'ArrowDown'));
    if (choice) {
      await field.focus();
      await page.keyboard.press(choice);
    } else {
      await field.click();
      await page.keyboard.press('End');
      await page.keyboard.type('1');
    }
    await page.waitForSelector(MOUNTED);
    const kept = await page.evaluate((i) => ({ focus: document.activeElement?.id, value: document.getElementById(i)?.value }), id);
    assert.equal(kept.focus, id, `${route}: focus kept`);
    assert.ok(choice ? kept.value !== was : kept.value === `${was}1`, `${route}: ${id} keeps the input (${was} → ${kept.value})`);
    // The app computed from it: the page reads differently from the prerendered start.
    await page.waitForFunction((b) => document.querySelector('#app main').innerText !== b, before, { timeout: 10000 })
      .catch(() => assert.fail(`${route}: the page reads as before after ${id} changed`));
  }
  assert.deepEqual(h.problems, []);
});

test('a box unticked before the app arrives stays unticked and is computed', async () => {
  const page = h.page;
  // What the app computes with the box unticked, from its own page.
  await fresh('/jmdp/fees');
  await page.evaluate(() => window.calcStart());
  await page.waitForSelector(MOUNTED);
  await page.locator('#jmdp_fees-transplant').click();
  const expected = await figure(page, 'payable_yen');
  const from = await fresh('/jmdp/fees');
  assert.notEqual(await figure(page, 'payable_yen'), expected, 'the start result differs');
  await page.locator('#jmdp_fees-transplant').click();
  await page.waitForSelector(MOUNTED);
  assert.ok(wasmSince(from).length > 0);
  assert.equal(await page.locator('#jmdp_fees-transplant').isChecked(), false);
  await page.waitForFunction((e) => document.querySelector('.figure[data-key="payable_yen"] .figure-value')?.textContent.trim() === e, expected);
  assert.deepEqual(h.problems, []);
});

test('/patient/year: months opened, typed in and folded again before the app arrives keep every digit; a month added then is added', async () => {
  // The app draws a folded month's fields only while it is open: what the person did on the
  // prerendered page must still reach the app's page, field by field (the loader matches by id).
  const page = h.page;
  const card = (i) => `.yr-months fieldset.row-card[data-row="${i}"]`;
  const other = (i) => `${card(i)} [data-col="other_medical_yen"] input`;
  const steps = async () => {
    for (const [i, digits] of [[1, '12000'], [2, '34000']]) {
      await page.click(`${card(i)} summary`);
      await page.click(other(i));
      await page.keyboard.press('Control+A');
      await page.keyboard.type(digits);
    }
    await page.click(`${card(2)} summary`);
    await page.click('#yr-months-add');
  };
  // What the app computes for the same steps, on its own page.
  await fresh('/patient/year');
  await page.evaluate(() => window.calcStart());
  await page.waitForSelector(MOUNTED);
  await steps();
  await page.locator(card(3)).waitFor();
  const expected = await figure(page, 'total_out_of_pocket_yen');
  // The same steps on the prerendered page while the page's own wasm is held back.
  let release;
  const held = new Promise((r) => { release = r; });
  const YEAR = /\/split_year_page_\d+\.wasm$/;
  await page.route(YEAR, async (route) => { await held; await route.continue(); });
  try {
    await fresh('/patient/year');
    const start = await figure(page, 'total_out_of_pocket_yen');
    assert.notEqual(start, expected, 'the steps change the result');
    await steps();
    assert.equal(await prerendered(), 1, 'still the prerendered page');
    release();
    await page.waitForSelector(MOUNTED);
  } finally {
    release();
    await page.unroute(YEAR);
  }
  await page.locator(card(3)).waitFor();
  assert.equal(await page.locator('.yr-months fieldset.row-card').count(), 4, 'the month added while loading');
  assert.deepEqual(await page.$$eval('.yr-months fieldset.row-card details', (ds) => ds.map((d) => d.open)), [false, true, false, true],
    'each month as the person left it');
  assert.equal(await page.locator(other(1)).inputValue(), '12000');
  await page.waitForFunction((e) => document.querySelector('.figure[data-key="total_out_of_pocket_yen"] .figure-value')?.textContent.trim() === e, expected);
  await page.click(`${card(2)} summary`);
  assert.equal(await page.locator(other(2)).inputValue(), '34000', 'the month folded again kept its digits');
  assert.deepEqual(h.problems, []);
});

test('when the calculator cannot load, the page says its result is not for the typed input; the next use tries again', async () => {
  const page = h.page;
  await fresh('/jmdp/fees');
  const start = figure(page, 'payable_yen');
  await page.route(/\.wasm$/, (r) => r.abort());
  const box = page.locator('#jmdp_fees-donors_screened');
  await box.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('3');
  const failed = page.locator('#calc-load.load-failed[role="alert"]');
  await failed.waitFor();
  assert.match(await failed.textContent(), /入力前のもの/);
  assert.equal(await prerendered(), 1, 'the page stays readable');
  assert.equal(await figure(page, 'payable_yen'), await start);
  assert.equal(await box.inputValue(), '3', 'what was typed stays');
  await page.unroute(/\.wasm$/);
  await box.click();
  await page.waitForSelector(MOUNTED);
  await page.waitForFunction(() => document.querySelector('.figure[data-key="payable_yen"] .figure-value')?.textContent.trim() === '139,000円');
  assert.equal(await page.locator('#calc-load').count(), 0, 'the line is gone');
  // The aborted requests are logged by the browser; nothing else went wrong.
  const rest = h.problems.filter((p) => !/ERR_FAILED|Failed to fetch|wasm/i.test(p));
  assert.deepEqual(rest, []);
  h.problems.length = 0;
});

test("when a page's pack cannot load, its modules are fetched one by one and the page works", async () => {
  const page = h.page;
  const from = await fresh('/jmdp/fees');
  const PACK = /\/wasm-[0-9a-f]{16}\/pack\//;
  await page.route(PACK, (r) => r.abort());
  try {
    const box = page.locator('#jmdp_fees-donors_screened');
    await box.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('3');
    await page.waitForSelector(MOUNTED);
    await page.waitForFunction(() => document.querySelector('.figure[data-key="payable_yen"] .figure-value')?.textContent.trim() === '139,000円');
  } finally {
    await page.unroute(PACK);
  }
  const got = wasmSince(from);
  assert.equal(got.filter((u) => PACK.test(u)).length, 1, 'the pack was asked for once');
  assert.ok(got.some((u) => /\/split_fees_page_\d+\.wasm$/.test(u)), "then the page's own module on its own");
  assert.deepEqual(h.problems.filter((p) => !/ERR_FAILED|Failed to fetch/i.test(p)), []);
  h.problems.length = 0;
});

test('a link with inputs opens computed without any use of the form', async () => {
  const page = h.page;
  await fresh('/jmdp/fees?v=1&donors_screened=2');
  await page.waitForSelector(MOUNTED);
  assert.equal(await figure(page, 'payable_yen'), '131,000円');
  assert.equal(await page.locator('#jmdp_fees-donors_screened').inputValue(), '2');
});

test('saved records start the app at once; English chosen earlier opens the English page, still without wasm', async () => {
  const page = h.page;
  // A first visit that uses the form saves the page's records.
  await fresh('/pharmacist');
  await page.evaluate(() => window.calcStart());
  await page.waitForSelector(MOUNTED);
  const key = await page.getAttribute('[data-records]', 'data-records');
  await page.waitForFunction((k) => localStorage.getItem(k) !== null, key);
  await page.goto(h.server.url + 'pharmacist');
  await page.waitForSelector(MOUNTED);
  // English chosen on an earlier visit: the Japanese address is replaced by the English one,
  // whose prerendered page reads without the wasm like any other.
  await page.evaluate(() => { localStorage.clear(); localStorage.setItem('calc.lang', 'en'); });
  const from = h.requests.length;
  await page.goto(h.server.url + 'jmdp/fees#main');
  await page.waitForURL((u) => u.pathname === '/en/jmdp/fees/');
  assert.equal(new URL(page.url()).hash, '#main', 'fragment kept');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal((await page.textContent('main h1')).trim(), 'JMDP patient fees');
  await page.waitForTimeout(300);
  assert.deepEqual(wasmSince(from), [], 'no wasm before the form is used');
  assert.equal(await prerendered(), 1);
  await page.evaluate(() => localStorage.clear());
});

test('on a later day the 基準日 moves to it while the rules are the same; after a change the app starts', async () => {
  const page = h.page;
  await fresh('/jmdp/fees');
  const built = await page.getAttribute('#app', 'data-built');
  const first = await page.getAttribute('#app', 'data-rules-from');
  const until = await page.getAttribute('#app', 'data-rules-until');
  assert.match(built, /^\d{4}-\d{2}-\d{2}$/);
  assert.ok(first <= built && built <= until, `${first} <= ${built} <= ${until}`);
  // Noon UTC: the same day in Japan, where the test's browser is.
  const at = (day) => page.clock.setFixedTime(new Date(`${day}T03:00:00Z`));
  const next = (day) => new Date(Date.parse(`${day}T00:00:00Z`) + 86400000).toISOString().slice(0, 10);
  // Another day with the same rules (after the build, or before it as in a time zone behind Japan).
  for (const day of [until, first].filter((d) => d !== built)) {
    await at(day);
    const from = await fresh('/jmdp/fees');
    await page.waitForTimeout(300);
    assert.equal(await page.locator('#jmdp_fees-as_of').inputValue(), day);
    assert.deepEqual(wasmSince(from), [], `${day}, same rules: no wasm`);
    assert.equal(await prerendered(), 1);
  }
  await at(next(until));
  await fresh('/jmdp/fees');
  await page.waitForSelector(MOUNTED);
  assert.equal(await page.locator('#jmdp_fees-as_of').inputValue(), next(until));
});

test('one visit without using any form is enough to use the site offline', async () => {
  const o = await start();
  try {
    const page = o.page;
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(o.server.url + 'jmdp/fees');
    // The worker has precached the site once it is active (install waits for the precache).
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await o.context.setOffline(true);
    await page.goto(o.server.url + 'patient/year');
    assert.equal(await page.locator('#app[data-prerendered] main h1').count(), 1, 'the page reads offline');
    await page.locator('main form input[type="text"]').first().click();
    await page.waitForSelector(MOUNTED);
    // An address with no page of its own gets the app's page for it.
    await page.goto(o.server.url + 'no/such/page');
    await page.waitForSelector(MOUNTED);
    await o.context.setOffline(false);
  } finally {
    await o.close();
  }
});
