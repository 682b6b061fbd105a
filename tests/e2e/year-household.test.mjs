// この1年の費用 (/patient/year), 世帯合算 and a change of insurer, in the release build: the other
// co-payments typed key by key at 360 px (大和市's published examples: 70歳未満 84,430 / 125,570 in
// Japanese, 70歳以上 20,000 in English), an old plan and an old link that still carry the retired
// other_household_copay_yen (shown with its error, never dropped), and a month flagged as a new
// insurer (多数回 restarts, the page says so).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, figure, mounted, openFold } from './harness.mjs';

let h;
before(async () => { h = await start(); });
after(async () => { await h?.close(); });

const CALC = 'patient_year';
const IMPORT = `#${CALC}-import`;
const MCARD = (i) => `.yr-months fieldset.row-card[data-row="${i}"]`;
const OCARD = (i) => `.yr-others fieldset.row-card[data-row="${i}"]`;
const mcell = (i, col) => `${MCARD(i)} [data-col="${col}"] :is(input, select)`;
const ocell = (i, col) => `${OCARD(i)} [data-col="${col}"] :is(input, select)`;
/** A figure of the household table of `month`. */
const hh = (page, month, col) =>
  page.locator(`.yr-household table[data-month="${month}"] [data-col="${col}"]`).first().textContent();
const hhRow = (page, month, row, col) =>
  page.locator(`.yr-household table[data-month="${month}"] tr[data-row="${row}"] [data-col="${col}"]`).textContent();
const monthCell = (page, month, col) =>
  page.locator(`.yr-months-result tr[data-month="${month}"] td[data-col="${col}"]`).textContent();

async function fresh(width = 1024) {
  const page = await h.open('/patient/year');
  await page.evaluate(() => localStorage.clear());
  await page.setViewportSize({ width, height: 800 });
  await h.open('/patient/year');
  await page.waitForSelector('.yr-summary .figure[data-key="total_out_of_pocket_yen"]');
  return page;
}

/** Opens month card `i` (an example's or an imported plan's months start folded to a line). */
async function openMonth(page, i) {
  await openFold(page, `${MCARD(i)} > details`);
}

/** Types into a text input key by key (after clearing it). */
async function keys(page, sel, text) {
  await page.click(sel);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}

/** Types a month into a month control part by part, as a person does: its month name, Tab, the year. */
async function monthKeys(page, sel, name, year) {
  await page.focus(sel);
  await page.keyboard.type(name);
  await page.keyboard.press('Tab');
  await page.keyboard.type(year);
}

/** Adds a row of other co-payments; returns its index. */
async function addOther(page) {
  const n = await page.locator('.yr-others fieldset.row-card').count();
  // The list is folded to one line while it is empty.
  if (!(await page.locator('details.yr-others').evaluate((d) => d.open))) await page.click('details.yr-others > summary');
  await page.click('.yr-others .add-row');
  await page.locator(OCARD(n)).waitFor();
  return n;
}

async function fillOther(page, i, { member, provider, setting, cost, copay }) {
  if (member) await page.selectOption(ocell(i, 'member'), member);
  await keys(page, ocell(i, 'provider'), provider);
  await page.selectOption(ocell(i, 'setting'), setting);
  await keys(page, ocell(i, 'medical_cost_yen'), cost);
  await keys(page, ocell(i, 'copay_yen'), copay);
}

async function waitText(page, sel, text) {
  await page.waitForFunction(([s, t]) => document.querySelector(s)?.textContent === t, [sel, text]);
}

test('household (ja, 360 px): the published under-70 example typed key by key — 700,000 of 医療費 → 84,430, 125,570', async () => {
  const page = await fresh(360);
  await page.click('.yr-start-empty');
  await page.selectOption(`#${CALC}-bracket`, 'u');
  // The month's own row: the husband's stay at B病院, 医療費 400,000 (typed in full width).
  await monthKeys(page, mcell(0, 'month'), 'Dec', '2024');
  assert.equal(await page.inputValue(mcell(0, 'month')), '2024-12');
  await keys(page, mcell(0, 'medical_cost_yen'), '４００，０００円');
  // His A病院 外来, the wife's C病院 and D病院 (under 21,000: not added).
  const a = await addOther(page);
  assert.equal(await page.evaluate(() => document.activeElement.closest('[data-col]')?.dataset.col), 'month');
  await monthKeys(page, ocell(a, 'month'), 'Dec', '2024');
  await fillOther(page, a, { member: 'patient', provider: 'A病院', setting: 'outpatient', cost: '200,000', copay: '６０，０００' });
  const c = await addOther(page);
  // A new row takes the month (and the person) of the row above.
  assert.equal(await page.inputValue(ocell(c, 'month')), '2024-12');
  await fillOther(page, c, { member: 'member1', provider: 'C病院', setting: 'outpatient', cost: '100000', copay: '30000' });
  const d = await addOther(page);
  assert.equal(await page.inputValue(ocell(d, 'member')), 'member1');
  await fillOther(page, d, { provider: 'D病院', setting: 'outpatient', cost: '10000', copay: '3000' });
  await waitText(page, '.yr-household table[data-month="2024-12"] [data-col="household_benefit"]', '125,570円');
  // 80,100 + (700,000 − 267,000) × 1% = 84,430; 210,000 − 84,430 = 125,570.
  assert.equal(await hh(page, '2024-12', 'household_medical'), '700,000円');
  assert.equal(await hh(page, '2024-12', 'household_copay'), '210,000円');
  assert.equal(await hh(page, '2024-12', 'household_cap'), '84,430円');
  assert.equal(await hhRow(page, '2024-12', 0, 'joined'), '合算');
  assert.equal(await hhRow(page, '2024-12', 3, 'joined'), '対象外');
  assert.equal(await hhRow(page, '2024-12', 3, 'copay'), '3,000円');
  assert.equal(await monthCell(page, '2024-12', 'benefit'), '125,570円');
  // The patient's 120,000 + 60,000, less the benefit (first theirs): 54,430.
  assert.equal(await figure(page, 'total_out_of_pocket_yen'), '54,430円');
  // The explanation lists what added up, in Japanese.
  await openFold(page, '#yr-trace');
  assert.match(await page.textContent('.trace tr[data-key="2024-12.household"] .formula'), /120,000円（本人・入院） \+ 60,000円（本人・A病院・外来） \+ 30,000円（家族1・C病院・外来） = 210,000円/);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `the page is ${width}px wide`);
  // Kept across a reload (saved in the browser with the rows).
  await page.reload();
  await mounted(page);
  await page.waitForSelector('.yr-household');
  assert.equal(await page.locator('.yr-others fieldset.row-card').count(), 3);
  assert.equal(await hh(page, '2024-12', 'household_cap'), '84,430円');
  assert.deepEqual(h.problems, []);
});

test('household (en): 70 and over, the individual outpatient cap first — 2,000 + 18,000 = 20,000', async () => {
  const page = await fresh();
  await page.click('.lang-switch button[lang="en"]');
  await page.locator('.yr-example').waitFor();
  await page.click('.yr-start-empty');
  await page.selectOption(`#${CALC}-age_group`, 'over70');
  await page.selectOption(`#${CALC}-bracket`, 'ippan');
  await monthKeys(page, mcell(0, 'month'), 'Dec', '2024');
  await keys(page, mcell(0, 'medical_cost_yen'), '50000');
  await page.setChecked(mcell(0, 'inpatient'), false);
  const b = await addOther(page);
  await monthKeys(page, ocell(b, 'month'), 'Dec', '2024');
  await fillOther(page, b, { member: 'patient', provider: 'B病院', setting: 'outpatient', cost: '50,000', copay: '10,000' });
  const c = await addOther(page);
  await fillOther(page, c, { member: 'member1', provider: 'C病院', setting: 'inpatient', cost: '800000', copay: '57600' });
  await waitText(page, '.yr-household table[data-month="2024-12"] [data-col="household_benefit"]', '20,000 yen');
  assert.equal(await hh(page, '2024-12', 'household_cap'), '57,600 yen');
  assert.equal(await hh(page, '2024-12', 'household_copay'), '77,600 yen');
  assert.equal(await hhRow(page, '2024-12', 2, 'joined'), 'added');
  assert.equal(await page.locator('.yr-household caption').first().textContent(), '2024-12: adding up');
  assert.equal(await monthCell(page, '2024-12', 'benefit'), '20,000 yen');
  // The explanation reads in English: the outpatient cap, then the household's.
  await openFold(page, '#yr-trace');
  assert.match(
    await page.textContent('.trace tr[data-key="2024-12.benefit"] .formula'),
    /2,000 yen \(outpatient, individual\) \+ max\(0, 75,600 yen \(added up\) − 57,600 yen\) = 20,000 yen/,
  );
  await page.click('.lang-switch button[lang="ja"]');
  assert.deepEqual(h.problems, []);
});

test('an old plan and an old link with other_household_copay_yen: the amount is shown with why, never dropped', async () => {
  const page = await fresh();
  const doc = JSON.stringify({
    schema: 1, calculator: CALC,
    input: { bracket: 'u', months: [{ month: '2026-08', medical_cost_yen: '1000000', other_household_copay_yen: '50000' }] },
  });
  await page.setInputFiles(IMPORT, { name: 'old-plan.json', mimeType: 'application/json', buffer: Buffer.from(doc) });
  await page.waitForFunction(() => /読み込みました/.test(document.querySelector('.import-notice')?.textContent || ''));
  const old = mcell(0, 'other_household_copay_yen');
  assert.equal(await page.inputValue(old), '50000');
  const error = `${MCARD(0)} [data-col="other_household_copay_yen"] .field-error`;
  await page.waitForFunction((s) => /50,000円/.test(document.querySelector(s)?.textContent || ''), error);
  assert.match(await page.textContent(error), /other_copays/);
  assert.equal(await figure(page, 'total_out_of_pocket_yen'), '—');
  // Cleared (its amount entered as a row instead), the old box goes and the plan computes.
  await keys(page, old, '');
  await page.waitForFunction(() => !document.querySelector('.yr-months [data-col="other_household_copay_yen"]'));
  await page.waitForFunction(() => /92,940/.test(document.querySelector('.figure[data-key="total_out_of_pocket_yen"]')?.textContent || ''));
  // A link from before (the months as a bare array; the 8th cell was the old amount).
  const rows = encodeURIComponent(JSON.stringify([['2026-08', 1000000, null, null, null, null, null, 50000]]));
  await page.evaluate(() => localStorage.clear());
  await h.open(`/patient/year?bracket=u&rows=${rows}`);
  await page.waitForSelector(old);
  assert.equal(await page.inputValue(old), '50000');
  assert.equal(await page.inputValue(mcell(0, 'medical_cost_yen')), '1000000');
  await page.waitForFunction((s) => /50,000円/.test(document.querySelector(s)?.textContent || ''), error);
  assert.deepEqual(h.problems, []);
});

test('a new insurer from the 4th month: no 多数回, and the page says the count restarts', async () => {
  const page = await fresh();
  const months = ['2026-08', '2026-09', '2026-10', '2026-11'].map((m) => ({ month: m, medical_cost_yen: '1000000' }));
  months[3].insurer_changed = 'true';
  const doc = JSON.stringify({ schema: 1, calculator: CALC, input: { bracket: 'u', months } });
  await page.setInputFiles(IMPORT, { name: 'plan.json', mimeType: 'application/json', buffer: Buffer.from(doc) });
  await page.waitForFunction(() => /読み込みました/.test(document.querySelector('.import-notice')?.textContent || ''));
  await page.waitForSelector('.yr-months-result tr[data-month="2026-11"]');
  assert.equal(await monthCell(page, '2026-11', 'many_times'), '保険者変更: 数え直し');
  assert.equal(await monthCell(page, '2026-11', 'window_with'), '92,940円');
  assert.match(await page.textContent('.yr-insurer-changed'), /多数回の回数に数えません/);
  // The box cleared: November is the 4th benefit month, 44,400.
  await openMonth(page, 3);
  await page.setChecked(mcell(3, 'insurer_changed'), false);
  await page.waitForFunction(() =>
    document.querySelector('.yr-months-result tr[data-month="2026-11"] td[data-col="window_with"]')?.textContent === '44,400円');
  assert.equal(await monthCell(page, '2026-11', 'many_times'), '多数回（この月から）');
  assert.equal(await page.locator('.yr-insurer-changed').count(), 0);
  assert.deepEqual(h.problems, []);
});
