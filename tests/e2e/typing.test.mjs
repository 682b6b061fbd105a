// Every keystroke kept: on every page the home page links to (the site's own page table, so a new
// page is covered without editing this file), every text input — the plain fields, every row of
// every list (a row is added where a list starts empty), and the fields a mode choice reveals (each
// option of each choice outside the rows is tried) — is cleared and typed into key by key with
// page.keyboard.type, as a person types. After every key the input still has the focus and holds
// exactly what was typed so far: a field is never re-created by the value it feeds (on
// /patient/year 「標準報酬月額から求める」, 360000 typed key by key used to leave 3).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openFoldedCards } from './harness.mjs';

let h;
before(async () => { h = await start(); });
after(async () => { await h?.close(); });

/** A value a person would type into this input: by its unit (円, 人, 件, %, 食 …) or its kind. */
function realistic(info) {
  if (info.inputmode !== 'decimal') return '第2回 研修会';
  const unit = info.unit;
  if (/円|yen/.test(unit)) return '360000';
  if (/%/.test(unit)) return '70';
  if (/点/.test(unit)) return '55000';
  if (/食/.test(unit)) return '45';
  if (/分/.test(unit)) return '90';
  return '12';
}

/** The visible, enabled text inputs of main not yet typed into (by id). */
async function untested(page, done) {
  const all = await page.$$eval('main input[type="text"], main input[type="search"], main input[type="number"], main input:not([type])', (els) =>
    els.filter((e) => e.offsetParent !== null && !e.disabled && !e.readOnly && e.id).map((e) => ({
      id: e.id,
      inputmode: e.getAttribute('inputmode') || '',
      unit: e.closest('.field, .input-row, td, div')?.querySelector('.unit')?.textContent || '',
    })));
  return all.filter((i) => !done.has(i.id));
}

/** Clears the input and types `value` key by key; after each key the focus and the value are checked. */
async function typeKeyByKey(page, route, info, value) {
  const loc = page.locator(`[id="${info.id}"]`);
  await loc.scrollIntoViewIfNeeded();
  await loc.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  let typed = '';
  for (const ch of value) {
    await page.keyboard.type(ch);
    typed += ch;
    const state = await page.evaluate((id) => {
      const el = document.getElementById(id);
      return { focused: document.activeElement === el && el !== null, value: el?.value, active: document.activeElement?.id || document.activeElement?.tagName };
    }, info.id);
    assert.ok(state.focused, `${route} #${info.id}: the focus left the field after typing “${typed}” (now on ${state.active})`);
    assert.equal(state.value, typed, `${route} #${info.id}: after typing “${typed}” the field holds “${state.value}”`);
  }
}

/** Types into every input not yet done. */
async function typeAll(page, route, done) {
  for (let round = 0; round < 3; round++) {
    const todo = await untested(page, done);
    if (todo.length === 0) return;
    for (const info of todo) {
      done.add(info.id);
      if (!(await page.locator(`[id="${info.id}"]`).isVisible())) continue;
      await typeKeyByKey(page, route, info, realistic(info));
    }
  }
}

test('every keystroke is kept and the focus stays, in every text field of every page', async (t) => {
  const routes = await h.sitePages();
  assert.ok(routes.includes('/patient/year') && routes.includes('/pharmacist') && routes.length >= 10, routes.join(' '));
  const counts = {};
  for (const route of routes) {
    const page = await h.open(route);
    await page.evaluate(() => localStorage.clear());
    await h.open(route);
    // A list that starts empty gets a row, so its cells are typed into too.
    for (const add of await page.locator('main button.add-row').all()) {
      if (await add.isVisible()) await add.click();
    }
    // A folded month draws its fields when opened: each is opened, as a person does to type in it.
    await openFoldedCards(page);
    const done = new Set();
    await typeAll(page, route, done);
    // The fields a choice reveals (a way of giving the bracket, a mode, a record's kind): each
    // option in turn — of every choice outside the lists, and of each column's choice in one row.
    const selects = await page.$$eval('main select', (els) => {
      const seen = new Set();
      return els.filter((e) => {
        if (!e.id) return false;
        const card = e.closest('fieldset.row-card');
        if (!card) return true;
        const col = `${e.closest('[data-list]')?.dataset.list}:${e.closest('[data-col]')?.dataset.col}`;
        if (seen.has(col)) return false;
        seen.add(col);
        return true;
      }).map((e) => ({ id: e.id, options: [...e.options].map((o) => o.value) }));
    });
    for (const s of selects) {
      for (const v of s.options) {
        const loc = page.locator(`[id="${s.id}"]`);
        if (!(await loc.count()) || !(await loc.isVisible())) break;
        await loc.selectOption(v);
        await typeAll(page, `${route} (${s.id} = ${v})`, done);
      }
    }
    counts[route] = done.size;
  }
  t.diagnostic(`fields typed into per page: ${JSON.stringify(counts)}`);
  // The pay box of the year plan (after 「標準報酬月額から求める」) and every month's row (the
  // example's three, opened, and the one added) were typed into: 12 fields a month.
  assert.ok(counts['/patient/year'] >= 50, JSON.stringify(counts));
  for (const [route, n] of Object.entries(counts)) assert.ok(n > 0 || route === '/', `${route}: no text field found`);
  assert.deepEqual(h.problems, []);
});

test('year: 360000 typed key by key into the pay box after 「標準報酬月額から求める」 is 360000 and gives ウ', async () => {
  const page = await h.open('/patient/year');
  await page.evaluate(() => localStorage.clear());
  await h.open('/patient/year');
  await page.selectOption('#yr-who', 'pay');
  const pay = '#patient_year-standard_monthly_remuneration_yen';
  await page.click(pay);
  await page.keyboard.type('360000');
  assert.equal(await page.inputValue(pay), '360000');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'patient_year-standard_monthly_remuneration_yen');
  // The example plan from ウ's pay: the same 681,310 yen as with the bracket ウ chosen.
  await page.waitForFunction(() => document.querySelector('.figure[data-key="total_out_of_pocket_yen"] .figure-value')?.textContent === '681,310円');
  assert.deepEqual(h.problems, []);
});
