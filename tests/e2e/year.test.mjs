// この1年の費用 (/patient/year) in the release build: a three-month admission filled in Japanese
// and another in English, read month by month and per year in exact yen; a bracket switched; a
// month moved across 2026-07 → 2026-08 (the cap follows the table); the plan kept across reloads;
// a malformed import changes nothing; 360 px without sideways scrolling (each month's figures in its
// card); a month added and filled
// with the keyboard alone; printed on A4 with the editors hidden; a family with a fund top-up
// (付加給付 25,000), an adult on 傷病手当金 for eight months and a child under 小児慢性特定疾病 whose
// municipality leaves nothing, each typed at 360 px in Japanese and read in English, kept across a
// reload and a malformed import.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, figure, mounted, openFold } from './harness.mjs';

let h;
before(async () => { h = await start(); });
after(async () => { await h?.close(); });

const CALC = 'patient_year';
const IMPORT = `#${CALC}-import`;
const CARD = (i) => `fieldset.row-card[data-row="${i}"]`;
const cell = (i, col) => `${CARD(i)} [data-col="${col}"] :is(input, select)`;
/** A figure of the months table: `col` of the row of `month`. */
const monthCell = (page, month, col) =>
  page.locator(`.yr-months-result tr[data-month="${month}"] td[data-col="${col}"]`).textContent();
const calCell = (page, year, key) => page.locator(`.yr-cal[data-year="${year}"] tr[data-key="${key}"] td`).textContent();
const yearCell = (page, from, col) => page.locator(`.yr-years tr[data-year="${from}"] td[data-col="${col}"]`).textContent();

/** A fresh page: nothing saved, the example showing. */
async function fresh(path = '/patient/year') {
  const page = await h.open('/patient/year');
  // Wide, whatever the test before left (a failed phone test must not fail the next ones).
  await page.setViewportSize({ width: 1024, height: 800 });
  await page.evaluate(() => localStorage.clear());
  await h.open(path);
  await page.waitForSelector('.yr-table');
  return page;
}

/** Opens a month card (the example's months start folded to a line). */
async function openMonth(page, i) {
  await openFold(page, `${CARD(i)} > details`);
}

/** Fills one month card (`values` by column; a boolean ticks or clears a box). */
async function fillMonth(page, i, values) {
  await openMonth(page, i);
  for (const [col, v] of Object.entries(values)) {
    const sel = cell(i, col);
    if (typeof v === 'boolean') await page.setChecked(sel, v);
    else await page.fill(sel, v);
  }
}

async function addMonth(page) {
  const n = await page.locator('fieldset.row-card').count();
  await page.click('.yr-months .add-row');
  await page.locator(CARD(n)).waitFor();
  return n;
}

/** Waits until the months table shows `text` in `col` of `month`. */
async function waitCell(page, month, col, text) {
  await page.waitForFunction(([m, c, t]) =>
    document.querySelector(`.yr-months-result tr[data-month="${m}"] td[data-col="${c}"]`)?.textContent === t, [month, col, text]);
}

test('year (ja): the example, then a three-month admission typed from empty — monthly and yearly figures in exact yen', async () => {
  const page = await fresh();
  // The example is marked as one and computes (ウ, 2026-07〜09, 70% exemption).
  assert.match(await page.textContent('.yr-example'), /これは例です/);
  assert.equal(await figure(page, 'total_out_of_pocket_yen'), '681,310円');

  await page.click('.yr-start-empty');
  assert.equal(await page.locator('fieldset.row-card').count(), 1);
  await page.waitForFunction(() => /^yr-months-\d+-month$/.test(document.activeElement.id), null, { timeout: 3000 });
  assert.equal(await page.locator('.yr-example').count(), 0);
  await page.fill(`#${CALC}-jmdp_exemption_percent`, '７０');
  await page.fill(`#${CALC}-total_income_yen`, '500万');
  await page.fill(`#${CALC}-taxable_income_yen`, '3,000,000');
  await fillMonth(page, 0, { month: '2026-07', medical_cost_yen: '250万', meals: '45', donors_tested: '4' });
  await fillMonth(page, await addMonth(page), { month: '2026-08', medical_cost_yen: '３，２００，０００', meals: '93', jmdp_final_consent: true });
  await fillMonth(page, await addMonth(page), {
    month: '2026-09', medical_cost_yen: '1800000', meals: '60', donor_room_yen: '150,000', transport_paid_yen: '60000',
  });
  await waitCell(page, '2026-09', 'out_of_pocket', '343,940円');

  // July on the old table: 80,100 + (2,500,000 − 267,000) × 1% = 102,430; + meals 45 × 550 (from 2026-06).
  assert.equal(await monthCell(page, '2026-07', 'window_with'), '127,180円');
  assert.equal(await monthCell(page, '2026-07', 'window_without'), '774,750円');
  assert.equal(await monthCell(page, '2026-07', 'benefit'), '647,570円');
  assert.equal(await monthCell(page, '2026-07', 'jmdp'), '9,600円');
  // August on the 2026-08 table: 85,800 + (3,200,000 − 286,000) × 1% = 114,940.
  assert.equal(await monthCell(page, '2026-08', 'window_with'), '166,090円');
  assert.equal(await monthCell(page, '2026-08', 'jmdp'), '34,500円');
  assert.equal(await monthCell(page, '2026-08', 'out_of_pocket'), '200,590円');
  assert.equal(await monthCell(page, '2026-09', 'room'), '150,000円');
  assert.equal(await monthCell(page, '2026-09', 'transport'), '60,000円');
  assert.equal(await figure(page, 'total_out_of_pocket_yen'), '681,310円');
  assert.equal(await figure(page, 'total_jmdp_fees_yen'), '44,100円');
  assert.equal(await figure(page, 'total_benefit_yen'), '1,931,690円');
  // The years: July is in the year from 2025-08 (no yearly cap), August and September in 2026-08's.
  assert.equal(await yearCell(page, '2025-08', 'year_cap'), 'なし');
  assert.equal(await yearCell(page, '2026-08', 'year_cap'), '530,000円');
  assert.equal(await yearCell(page, '2026-08', 'out_of_pocket'), '544,530円');
  // 医療費控除 2026: 681,310 − 100,000 = 581,310; income tax (202,500 + 4,252) − (144,300 + 3,030) = 59,422
  // (復興特別所得税 2.1% on each); 10% → 58,131.
  assert.equal(await calCell(page, 2026, 'counted_yen'), '681,310円');
  assert.equal(await calCell(page, 2026, 'deduction_yen'), '581,310円');
  assert.equal(await calCell(page, 2026, 'income_tax_saving_yen'), '59,422円');
  assert.equal(await calCell(page, 2026, 'resident_tax_saving_yen'), '58,131円');
  assert.equal(await calCell(page, 2026, 'total_saving_yen'), '117,553円');
  // The chart reads the figures; the confidence line says what is below high.
  const aria = await page.getAttribute('.yr-chart svg', 'aria-label');
  assert.match(aria, /2026年9月 343,940円（自己負担 100,940円、食事 33,000円、差額ベッド 150,000円、運搬費 60,000円）/);
  assert.match(await page.textContent('.yr-confidence'), /2022年12月の料金表/);
  assert.deepEqual(h.problems, []);
});

test('year: switching the bracket, and a month moved across 2026-07 → 2026-08 follows the table', async () => {
  const page = await fresh();
  // イ: July 167,400 + (2,500,000 − 558,000) × 1% = 186,820; August 179,100 + (3,200,000 − 597,000) × 1% = 205,130
  // (+ meals at 550 yen).
  await page.selectOption(`#${CALC}-bracket`, 'i');
  await waitCell(page, '2026-07', 'window_with', '211,570円');
  assert.equal(await monthCell(page, '2026-08', 'window_with'), '256,280円');
  // One month of 1,000,000 (ウ): 80,100 + 7,330 = 87,430 in 2026-07; 85,800 + 7,140 = 92,940 in 2026-08.
  await page.selectOption(`#${CALC}-bracket`, 'u');
  await page.click('.yr-start-empty');
  await fillMonth(page, 0, { month: '2026-07', medical_cost_yen: '1000000' });
  await waitCell(page, '2026-07', 'window_with', '87,430円');
  assert.equal(await monthCell(page, '2026-07', 'benefit'), '212,570円');
  await page.fill(cell(0, 'month'), '2026-08');
  await waitCell(page, '2026-08', 'window_with', '92,940円');
  assert.equal(await monthCell(page, '2026-08', 'benefit'), '207,060円');
  assert.equal(await yearCell(page, '2026-08', 'year_cap'), '530,000円');
  // From 2027-08 ウ is split: the page names the bands of that table, never a guessed figure.
  await page.fill(cell(0, 'month'), '2027-08');
  await openFold(page, '#yr-trace');
  await page.waitForFunction(() => /44〜50万円（2027年8月〜）/.test(document.querySelector('.trace .errors')?.textContent || ''));
  assert.equal(await figure(page, 'total_out_of_pocket_yen'), '—');
  assert.deepEqual(h.problems, []);
});

test('year: the plan is saved in the browser and comes back on reload; a malformed import changes nothing', async () => {
  const page = await fresh();
  await openMonth(page, 2);
  await page.fill(cell(2, 'transport_reimbursed_yen'), '40000');
  await waitCell(page, '2026-09', 'transport', '20,000円');
  // A bare address (no plan in the link): the saved plan comes back.
  await h.open('/patient/year');
  await page.waitForSelector('.yr-table');
  await openMonth(page, 2);
  assert.equal(await page.inputValue(cell(2, 'transport_reimbursed_yen')), '40000');
  assert.equal(await monthCell(page, '2026-09', 'transport'), '20,000円');
  assert.equal(await figure(page, 'total_out_of_pocket_yen'), '641,310円');
  assert.match(await page.textContent('.yr-own'), /ご自身の計画/);
  // Malformed files: a notice, and the plan as it was.
  for (const [name, text, type] of [['bad.json', '{broken', 'application/json'], ['bad.csv', 'month,colour\n2026-07,red\n', 'text/csv']]) {
    await page.setInputFiles(IMPORT, { name, mimeType: type, buffer: Buffer.from(text) });
    await page.locator('.import-notice').waitFor();
    assert.doesNotMatch(await page.textContent('.import-notice'), /読み込みました/);
    assert.equal(await page.locator('fieldset.row-card').count(), 3);
    assert.equal(await figure(page, 'total_out_of_pocket_yen'), '641,310円');
  }
  await page.reload();
  await mounted(page);
  await page.waitForSelector('.yr-table');
  assert.equal(await figure(page, 'total_out_of_pocket_yen'), '641,310円');
  // A good file replaces the plan: one month of the planner's own fields.
  const doc = JSON.stringify({ schema: 1, calculator: CALC, input: { bracket: 'u', months: [{ month: '2026-08', medical_cost_yen: '1000000' }] } });
  await page.setInputFiles(IMPORT, { name: 'plan.json', mimeType: 'application/json', buffer: Buffer.from(doc) });
  await page.waitForFunction(() => /読み込みました/.test(document.querySelector('.import-notice')?.textContent || ''));
  assert.equal(await page.locator('fieldset.row-card').count(), 1);
  await waitCell(page, '2026-08', 'window_with', '92,940円');
  assert.deepEqual(h.problems, []);
});

test('year (en): the bracket from the monthly pay, earlier benefit months → the 4th-month cap from November', async () => {
  const page = await fresh();
  await page.click('.lang-switch button[lang="en"]');
  await page.locator('.yr-example').waitFor();
  assert.match(await page.textContent('.yr-example'), /This is an example/);
  await page.click('.yr-start-empty');
  await page.selectOption('#yr-who', 'pay');
  await page.fill(`#${CALC}-standard_monthly_remuneration_yen`, '300,000');
  await page.fill(`#${CALC}-prior_benefit_months`, '2026-08, 2026-09');
  await fillMonth(page, 0, { month: '2026-10', medical_cost_yen: '1200000', meals: '30' });
  await fillMonth(page, await addMonth(page), { month: '2026-11', medical_cost_yen: '2000000', donors_tested: '2' });
  await fillMonth(page, await addMonth(page), { month: '2026-12', medical_cost_yen: '800000' });
  await waitCell(page, '2026-12', 'out_of_pocket', '44,400 yen');
  // October: 85,800 + (1,200,000 − 286,000) × 1% = 94,940, + 30 meals × 550.
  assert.equal(await monthCell(page, '2026-10', 'window_with'), '111,440 yen');
  assert.equal(await monthCell(page, '2026-10', 'window_without'), '376,500 yen');
  assert.equal(await monthCell(page, '2026-10', 'many_times'), '');
  // November is the 4th benefit month in 12 (August, September, October before it).
  assert.equal(await monthCell(page, '2026-11', 'many_times'), '4th-month cap (from here)');
  assert.equal(await monthCell(page, '2026-11', 'window_with'), '44,400 yen');
  assert.equal(await monthCell(page, '2026-11', 'benefit'), '555,600 yen');
  assert.equal(await monthCell(page, '2026-11', 'jmdp'), '16,000 yen');
  assert.equal(await monthCell(page, '2026-11', 'out_of_pocket'), '60,400 yen');
  assert.equal(await monthCell(page, '2026-12', 'many_times'), '4th-month cap');
  assert.equal(await figure(page, 'total_out_of_pocket_yen'), '216,240 yen');
  assert.equal(await yearCell(page, '2026-08', 'out_of_pocket'), '216,240 yen');
  // No incomes: 100,000 subtracted, the deduction shown, the saving asks for the incomes.
  assert.equal(await calCell(page, 2026, 'counted_yen'), '216,240 yen');
  assert.equal(await calCell(page, 2026, 'deduction_yen'), '116,240 yen');
  assert.match(await calCell(page, 2026, 'total_saving_yen'), /Enter the incomes/);
  assert.equal(await figure(page, 'total_saving_yen'), '—');
  // Without a certificate: the whole co-payment at the window, the same finally borne.
  await page.setChecked(`#${CALC}-ceiling_certificate`, false);
  assert.equal(await monthCell(page, '2026-11', 'window_without'), '600,000 yen');
  assert.equal(await figure(page, 'total_out_of_pocket_yen'), '216,240 yen');
  await page.click('.lang-switch button[lang="ja"]');
  assert.deepEqual(h.problems, []);
});

test('year: 360 px wide without sideways scrolling (each month card holds its figures; the wide table is for wide screens)', async () => {
  const page = await fresh();
  await page.setViewportSize({ width: 360, height: 800 });
  for (const lang of ['ja', 'en']) {
    await page.click(`.lang-switch button[lang="${lang}"]`);
    await page.waitForTimeout(100);
    await openMonth(page, 0);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 360, `${lang}: the page is ${width}px wide`);
    assert.ok(await page.locator('.yr-months-result').isHidden());
    const fig = page.locator(`${CARD(0)} .yr-month-result [data-col="window_with"]`);
    assert.ok(await fig.isVisible());
    const box = await fig.boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= 360, `${lang}: ${JSON.stringify(box)}`);
  }
  await page.click('.lang-switch button[lang="ja"]');
  await page.setViewportSize({ width: 1024, height: 800 });
  assert.deepEqual(h.problems, []);
});

test('year: keyboard only — add a month and fill it', async () => {
  const page = await fresh();
  // Tab to the add button (the first one on the page), Enter adds a month and focuses its first field.
  let reached = false;
  for (let i = 0; i < 150 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.matches('.yr-months .add-row'));
  }
  assert.ok(reached, 'Tab reaches “＋ 月を追加”');
  await page.keyboard.press('Enter');
  await page.locator(CARD(3)).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.closest('[data-col]')?.dataset.col), 'month');
  // The month control takes its parts from the keyboard: the month (by name in the en-US browser
  // the harness runs), Tab, the year.
  await page.keyboard.type('Oct');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2026');
  assert.equal(await page.inputValue(cell(3, 'month')), '2026-10');
  // On to the total medical cost (Tab walks the month control's parts first).
  const col = () => page.evaluate(() => document.activeElement.closest('[data-col]')?.dataset.col);
  for (let i = 0; i < 3 && (await col()) === 'month'; i++) await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.closest('[data-col]')?.dataset.col), 'medical_cost_yen');
  await page.keyboard.type('1000000');
  await waitCell(page, '2026-10', 'window_with', '44,400円');
  // 2026-10 follows three benefit months (07, 08, 09): the 4th-month cap starts here.
  assert.equal(await monthCell(page, '2026-10', 'many_times'), '多数回（この月から）');
  assert.deepEqual(h.problems, []);
});

test('year: printed on A4 the editors are hidden and the results and the chart kept', async () => {
  const page = await fresh();
  await page.emulateMedia({ media: 'print' });
  for (const sel of ['.yr-months', '.records-bar', '.list-tools']) {
    assert.equal(await page.locator(sel).first().isVisible(), false, `${sel} is not printed`);
  }
  for (const sel of ['.yr-table', '.yr-chart svg', '.yr-cal', '.yr-headline']) {
    assert.ok(await page.locator(sel).first().isVisible(), `${sel} is printed`);
  }
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 1000);
  await page.emulateMedia({ media: 'screen' });
  assert.deepEqual(h.problems, []);
});

/** Opens the fold of 付加給付 and 傷病手当金 (once). */
async function openBenefits(page) {
  if (!(await page.locator('details.yr-benefits').evaluate((d) => d.open))) await page.click('details.yr-benefits summary');
}

/** Opens the 付加給付 fold and types the fund's threshold key by key. */
async function typeFund(page, threshold) {
  await openBenefits(page);
  await page.click(`#${CALC}-fund_threshold_yen`);
  await page.keyboard.type(threshold, { delay: 20 });
}

/** The example admission (ウ, 2026-07〜09, 70% exempt, incomes) typed from an empty plan. */
async function typeAdmission(page) {
  await page.click('.yr-start-empty');
  await page.fill(`#${CALC}-jmdp_exemption_percent`, '70');
  await page.fill(`#${CALC}-total_income_yen`, '5000000');
  await page.fill(`#${CALC}-taxable_income_yen`, '3000000');
  await fillMonth(page, 0, { month: '2026-07', medical_cost_yen: '2500000', meals: '45', donors_tested: '4' });
  await fillMonth(page, await addMonth(page), { month: '2026-08', medical_cost_yen: '3200000', meals: '93', jmdp_final_consent: true });
  await fillMonth(page, await addMonth(page), {
    month: '2026-09', medical_cost_yen: '1800000', meals: '60', donor_room_yen: '150000', transport_paid_yen: '60000',
  });
}

test('year (ja, 360 px): an adult whose 健康保険組合 leaves 25,000 a month — typed from empty, kept across a reload', async () => {
  const page = await fresh();
  await page.setViewportSize({ width: 360, height: 800 });
  // Folded to one line until a threshold is given: most families (協会けんぽ, 国保) have none.
  assert.equal(await page.locator('details.yr-benefits').evaluate((d) => d.open), false);
  assert.match(await page.textContent('details.yr-benefits summary'), /^助成・給付・個室: なし$/);
  await typeAdmission(page);
  await waitCell(page, '2026-09', 'out_of_pocket', '343,940円');
  await typeFund(page, '２５，０００円');
  // After the caps 102,430 / 114,940 / 100,940: above 25,000, down to 100 yen (the default).
  await waitCell(page, '2026-09', 'out_of_pocket', '268,040円');
  assert.equal(await monthCell(page, '2026-07', 'fund'), '−77,400円');
  assert.equal(await monthCell(page, '2026-08', 'fund'), '−89,900円');
  assert.equal(await monthCell(page, '2026-09', 'fund'), '−75,900円');
  assert.equal(await monthCell(page, '2026-07', 'out_of_pocket'), '59,380円');
  assert.equal(await monthCell(page, '2026-08', 'out_of_pocket'), '110,690円');
  // The window is the same: the fund pays about three months later.
  assert.equal(await monthCell(page, '2026-07', 'window_with'), '127,180円');
  // On the phone the month card says it under its inputs.
  await openMonth(page, 0);
  assert.equal(await page.textContent(`${CARD(0)} .yr-month-result [data-col="fund"] dd`), '−77,400円');
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `the page is ${width}px wide`);
  assert.equal(await figure(page, 'total_out_of_pocket_yen'), '438,110円');
  assert.equal(await figure(page, 'total_fund_benefit_yen'), '243,200円');
  assert.equal(await yearCell(page, '2026-08', 'out_of_pocket'), '378,730円');
  // The deduction counts what the family bears after the top-up (補てん): 438,110 − 100,000.
  assert.equal(await calCell(page, 2026, 'counted_yen'), '438,110円');
  assert.equal(await calCell(page, 2026, 'deduction_yen'), '338,110円');
  // The summary names every relief (the high-cost benefit, the top-up, the exemption, the
  // deduction and the tax it saves), and when the money comes.
  const labels = await page.locator('.yr-summary .figure-label').allTextContents();
  for (const l of ['高額療養費（保険者が病院に払う分）', '付加給付（健康保険組合から戻る額）', 'うち骨髄バンクの負担金（免除の後）', '医療費控除（合計）', '税の軽減（目安）']) {
    assert.ok(labels.includes(l), `${l} in ${labels.join(' | ')}`);
  }
  const back = await page.textContent('.yr-back');
  assert.match(back, /2026年7月分の付加給付 77,400円2026年10月ごろ健康保険組合から/);
  assert.match(back, /2026年9月分の付加給付 75,900円2026年12月ごろ健康保険組合から/);
  // The step is in the explanation.
  await openFold(page, '#yr-trace');
  assert.match(await page.textContent('.trace'), /102,430円（高額療養費の後の自己負担）− 25,000円（組合の基準額）= 77,430円 → 100円未満切り捨て 77,400円 = 77,400円/);

  // Kept: a bare address brings the plan back, the fold open with the threshold as typed.
  await h.open('/patient/year');
  await page.waitForSelector('.yr-table', { state: 'attached' });
  assert.equal(await page.locator('details.yr-benefits').evaluate((d) => d.open), true);
  assert.match(await page.textContent('details.yr-benefits summary'), /^助成・給付・個室: 付加給付（健康保険組合・共済組合） ２５，０００円$/);
  assert.equal(await page.inputValue(`#${CALC}-fund_threshold_yen`), '２５，０００円');
  assert.equal(await figure(page, 'total_out_of_pocket_yen'), '438,110円');
  // A malformed import changes nothing.
  await page.setInputFiles(IMPORT, { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"schema":1,') });
  await page.locator('.import-notice').waitFor();
  assert.equal(await page.inputValue(`#${CALC}-fund_threshold_yen`), '２５，０００円');
  assert.equal(await figure(page, 'total_fund_benefit_yen'), '243,200円');
  // A rounding of 500 yen and a minimum (JT健康保険組合's rule) re-read at once.
  await page.selectOption(`#${CALC}-fund_rounding`, '500');
  await waitCell(page, '2026-07', 'fund', '−77,000円');
  await page.setViewportSize({ width: 1024, height: 800 });
  assert.deepEqual(h.problems, []);
});

test('year (en, 360 px): the same family in English — every figure in yen, the fund named in English', async () => {
  const page = await fresh();
  await page.setViewportSize({ width: 360, height: 800 });
  await page.click('.lang-switch button[lang="en"]');
  await page.locator('.yr-example').waitFor();
  assert.match(await page.textContent('details.yr-benefits summary'), /^Subsidies, benefits, own room: none$/);
  await typeAdmission(page);
  await typeFund(page, '25,000');
  await waitCell(page, '2026-09', 'out_of_pocket', '268,040 yen');
  assert.equal(await monthCell(page, '2026-08', 'fund'), '−89,900 yen');
  assert.equal(await figure(page, 'total_out_of_pocket_yen'), '438,110 yen');
  assert.equal(await figure(page, 'total_fund_benefit_yen'), '243,200 yen');
  assert.equal(await calCell(page, 2026, 'deduction_yen'), '338,110 yen');
  assert.equal(await page.textContent('.figure[data-key="total_fund_benefit_yen"] .figure-label'), 'Fund top-up (付加給付, paid back by the fund)');
  assert.match(await page.textContent('.yr-back'), /Fund top-up for 2026-08: 89,900 yenfrom the fund, about 2026-11/);
  assert.doesNotMatch(await page.textContent('.yr-summary'), /円/);
  await page.click('.lang-switch button[lang="ja"]');
  await page.setViewportSize({ width: 1024, height: 800 });
  assert.deepEqual(h.problems, []);
});

test('year (ja, 360 px): an adult off work for eight months on 傷病手当金 — typed from empty, read month by month, kept across a reload, in English', async () => {
  const page = await fresh();
  await page.setViewportSize({ width: 360, height: 800 });
  assert.match(await page.textContent('details.yr-benefits summary'), /^助成・給付・個室: なし$/);
  await page.click('.yr-start-empty');
  const months = [['2026-06', '30'], ['2026-07', '31'], ['2026-08', '31'], ['2026-09', '30'], ['2026-10', '31'],
    ['2026-11', '30'], ['2026-12', '31'], ['2027-01', '31']];
  for (const [k, [month, days]] of months.entries()) {
    const i = k === 0 ? 0 : await addMonth(page);
    await fillMonth(page, i, { month, medical_cost_yen: k < 3 ? '1000000' : '100000', days_off_work: days });
  }
  await openBenefits(page);
  await page.click(`#${CALC}-sick_pay_remuneration_yen`);
  await page.keyboard.type('３０万', { delay: 20 });
  await page.fill(`#${CALC}-sick_pay_first_day`, '2026-06-01');
  // 300,000 ÷ 30 = 10,000; × 2/3 = 6,666.67 → 6,667 a day. June: 30 − 3 waiting days = 27.
  await waitCell(page, '2026-06', 'sick_pay', '+180,009円');
  assert.equal(await monthCell(page, '2026-07', 'sick_pay'), '+206,677円');
  assert.equal(await monthCell(page, '2026-09', 'sick_pay'), '+200,010円');
  assert.equal(await monthCell(page, '2027-01', 'sick_pay'), '+206,677円');
  assert.equal(await figure(page, 'total_sick_pay_yen'), '1,613,414円');
  await openMonth(page, 0);
  assert.equal(await page.textContent(`${CARD(0)} .yr-month-result [data-col="sick_pay"] dd`), '+180,009円');
  assert.match(await page.textContent('.yr-back'), /2026年6月分の傷病手当金 180,009円（27日分）申請の後、保険者から/);
  // It comes in: what the family pays and the deduction are the same as without it.
  const borne = await figure(page, 'total_out_of_pocket_yen');
  await openFold(page, '#yr-trace');
  assert.match(await page.textContent('.trace'), /6,667円 × 27日 = 180,009円/);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `the page is ${width}px wide`);
  // Kept: a bare address brings the plan back with the fold open.
  await h.open('/patient/year');
  await page.waitForSelector('.yr-table', { state: 'attached' });
  assert.equal(await page.locator('details.yr-benefits').evaluate((d) => d.open), true);
  assert.match(await page.textContent('details.yr-benefits summary'), /傷病手当金（仕事を休む間） ３０万$/);
  assert.equal(await page.inputValue(`#${CALC}-sick_pay_remuneration_yen`), '３０万');
  assert.equal(await figure(page, 'total_sick_pay_yen'), '1,613,414円');
  assert.equal(await figure(page, 'total_out_of_pocket_yen'), borne);
  // A malformed import changes nothing.
  await page.setInputFiles(IMPORT, { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"schema":1,"calculator":"patient_year","input":{"months":"x"}}') });
  await page.locator('.import-notice').waitFor();
  assert.equal(await figure(page, 'total_sick_pay_yen'), '1,613,414円');
  // In English.
  await page.click('.lang-switch button[lang="en"]');
  await page.waitForFunction(() => /yen/.test(document.querySelector('.figure[data-key="total_sick_pay_yen"] .figure-value')?.textContent || ''));
  assert.equal(await figure(page, 'total_sick_pay_yen'), '1,613,414 yen');
  assert.equal(await monthCell(page, '2026-06', 'sick_pay'), '+180,009 yen');
  assert.match(await page.textContent('.yr-back'), /Sickness allowance for 2026-06: 180,009 yen \(27 days\)from the insurer, after you claim it/);
  assert.doesNotMatch(await page.textContent('.yr-summary'), /円/);
  await page.click('.lang-switch button[lang="ja"]');
  await page.setViewportSize({ width: 1024, height: 800 });
  assert.deepEqual(h.problems, []);
});

/** A child under 小児慢性特定疾病 (一般所得Ⅱ) whose municipality leaves nothing, typed from an empty
 * plan: the parent's bracket ウ, a transplant admission 2026-07〜09 and an outpatient October. */
async function typeChild(page, cap) {
  await page.click('.yr-start-empty');
  await fillMonth(page, 0, { month: '2026-07', medical_cost_yen: '2000000', meals: '60', donors_tested: '2' });
  await fillMonth(page, await addMonth(page), { month: '2026-08', medical_cost_yen: '3000000', meals: '90', jmdp_final_consent: true });
  await fillMonth(page, await addMonth(page), { month: '2026-09', medical_cost_yen: '1500000', meals: '45' });
  await fillMonth(page, await addMonth(page), { month: '2026-10', medical_cost_yen: '30000', inpatient: false });
  await openBenefits(page);
  await page.selectOption(`#${CALC}-public_aid`, 'child');
  await page.selectOption(`#${CALC}-public_aid_tier`, 'general2');
  await page.click(`#${CALC}-municipal_cap_yen`);
  await page.keyboard.type(cap, { delay: 20 });
}

test('year (ja, 360 px): a child under 小児慢性特定疾病 一般所得Ⅱ whose municipality leaves 0 — typed from empty, kept across a reload', async () => {
  const page = await fresh();
  await page.setViewportSize({ width: 360, height: 800 });
  await typeChild(page, '０円');
  // After 高額療養費 (97,430 / 112,940 / 97,940 / 9,000) the 受給者証 leaves 10,000 (6,000 = 2割 of
  // 30,000 in October) and the municipality the rest; half the meals and the JMDP fees stay.
  await waitCell(page, '2026-10', 'out_of_pocket', '0円');
  assert.equal(await monthCell(page, '2026-07', 'aid'), '−103,930円');
  assert.equal(await monthCell(page, '2026-07', 'municipal'), '−10,000円');
  assert.equal(await monthCell(page, '2026-07', 'out_of_pocket'), '32,500円');
  assert.equal(await monthCell(page, '2026-08', 'out_of_pocket'), '139,750円');
  assert.equal(await monthCell(page, '2026-09', 'out_of_pocket'), '12,375円');
  assert.equal(await monthCell(page, '2026-10', 'aid'), '−3,000円');
  assert.equal(await monthCell(page, '2026-10', 'municipal'), '−6,000円');
  // At the window only the half meals: the certificate and the municipality pay the rest there.
  assert.equal(await monthCell(page, '2026-07', 'window_with'), '16,500円');
  await openMonth(page, 0);
  assert.equal(await page.textContent(`${CARD(0)} .yr-month-result [data-col="aid"] dd`), '−103,930円');
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `the page is ${width}px wide`);
  assert.equal(await figure(page, 'total_out_of_pocket_yen'), '184,625円');
  assert.equal(await figure(page, 'total_aid_yen'), '334,935円');
  assert.equal(await figure(page, 'total_municipal_yen'), '36,000円');
  // The deduction counts only what the family paid: 53,625 of meals + 131,000 of JMDP fees.
  assert.equal(await calCell(page, 2026, 'counted_yen'), '184,625円');
  assert.equal(await calCell(page, 2026, 'deduction_yen'), '84,625円');
  const labels = await page.locator('.yr-summary .figure-label').allTextContents();
  for (const l of ['公費の医療費助成が払う額（小児慢性・指定難病）', '自治体の医療費助成が払う額', '高額療養費（保険者が病院に払う分）', 'うち骨髄バンクの負担金（免除の後）', '医療費控除（合計）']) {
    assert.ok(labels.includes(l), `${l} in ${labels.join(' | ')}`);
  }
  // The step names the cap it used.
  await openFold(page, '#yr-trace');
  assert.match(await page.textContent('.trace'), /min\(10,000円（小児慢性: 一般所得Ⅱ・一般の上限額（月））, 2,000,000円 × 20% → 400,000円\) = 10,000円/);

  // Kept: a bare address brings the plan back, the fold open and naming what is used.
  await h.open('/patient/year');
  await page.waitForSelector('.yr-table', { state: 'attached' });
  assert.equal(await page.locator('details.yr-benefits').evaluate((d) => d.open), true);
  assert.match(await page.textContent('details.yr-benefits summary'), /: 公費の医療費助成（小児慢性特定疾病・指定難病） 小児慢性特定疾病・自治体の医療費助成（子ども医療費など） ０円$/);
  assert.equal(await page.inputValue(`#${CALC}-public_aid_tier`), 'general2');
  assert.equal(await figure(page, 'total_out_of_pocket_yen'), '184,625円');
  // A malformed import changes nothing.
  await page.setInputFiles(IMPORT, { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"schema":1,"calculator":"patient_year","input":{"public_aid":"adult"') });
  await page.locator('.import-notice').waitFor();
  assert.equal(await page.inputValue(`#${CALC}-public_aid`), 'child');
  assert.equal(await figure(page, 'total_aid_yen'), '334,935円');
  // Without the tier the plan says what is missing, and the figures come back with it.
  await page.selectOption(`#${CALC}-public_aid_tier`, '');
  await page.waitForFunction(() => /階層区分も選んでください/.test(document.body.textContent));
  await page.selectOption(`#${CALC}-public_aid_tier`, 'general2');
  await page.waitForFunction(() => document.querySelector('.figure[data-key="total_out_of_pocket_yen"] .figure-value')?.textContent === '184,625円');
  await page.setViewportSize({ width: 1024, height: 800 });
  assert.deepEqual(h.problems, []);
});

test('year (en, 360 px): the same child in English, then a private room the parents asked for — borne, not deducted', async () => {
  const page = await fresh();
  await page.setViewportSize({ width: 360, height: 800 });
  await page.click('.lang-switch button[lang="en"]');
  await page.locator('.yr-example').waitFor();
  await typeChild(page, '0');
  await waitCell(page, '2026-10', 'out_of_pocket', '0 yen');
  assert.equal(await monthCell(page, '2026-08', 'aid'), '−127,690 yen');
  assert.equal(await figure(page, 'total_out_of_pocket_yen'), '184,625 yen');
  assert.equal(await page.textContent('.figure[data-key="total_aid_yen"] .figure-label'), 'Paid by the public subsidy (pediatric chronic / intractable disease)');
  assert.match(await page.textContent('details.yr-benefits summary'), /Public subsidy \(pediatric chronic or intractable disease\) Pediatric chronic specific disease; Municipal medical subsidy \(e\.g\. for children\) 0$/);
  // Ten days in a private room in September at 5,500 yen a day.
  await page.fill(`#${CALC}-own_room_daily_yen`, '5,500');
  await fillMonth(page, 2, { own_room_days: '10' });
  await waitCell(page, '2026-09', 'own_room', '55,000 yen');
  assert.equal(await figure(page, 'total_out_of_pocket_yen'), '239,625 yen');
  assert.equal(await figure(page, 'total_own_room_yen'), '55,000 yen');
  assert.equal(await calCell(page, 2026, 'counted_yen'), '184,625 yen');
  assert.doesNotMatch(await page.textContent('.yr-summary'), /円/);
  await page.click('.lang-switch button[lang="ja"]');
  await page.setViewportSize({ width: 1024, height: 800 });
  assert.deepEqual(h.problems, []);
});

test('year: when money moves — without a certificate the family is most out of pocket in September, then the benefit comes back (ja, en)', async () => {
  const page = await fresh();
  await page.setViewportSize({ width: 360, height: 800 });
  // The example with a certificate: the window stops at the cap.
  assert.match(await page.textContent('.yr-when li[data-month="2026-09"]'), /累計 −681,310円/);
  assert.equal(await page.textContent('.yr-cash-low'), '最も多く立て替える月: 2026年9月 681,310円');
  await page.setChecked(`#${CALC}-ceiling_certificate`, false);
  await page.waitForFunction(() => /2,613,000円/.test(document.querySelector('.yr-cash-low')?.textContent || ''));
  assert.match(await page.textContent('.yr-when li[data-month="2026-07"]'), /病院の窓口 774,750円・骨髄バンクの請求 9,600円累計 −784,350円/);
  // 高額療養費 three months after each month of care.
  assert.match(await page.textContent('.yr-when li[data-month="2026-10"]'), /\+ 2026年7月分の高額療養費 647,570円累計 −1,965,430円/);
  assert.match(await page.textContent('.yr-when li[data-month="2026-12"]'), /累計 −681,310円/);
  // The tax the next spring.
  assert.match(await page.textContent('.yr-when li[data-month="2027-04"]'), /\+ 2026年分の医療費控除: 所得税の還付（目安）/);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `the page is ${width}px wide`);
  await page.click('.lang-switch button[lang="en"]');
  await page.waitForFunction(() => /yen/.test(document.querySelector('.yr-cash-low')?.textContent || ''));
  assert.equal(await page.textContent('.yr-cash-low'), 'Most paid out: 2,613,000 yen (2026-09).');
  assert.match(await page.textContent('.yr-when li[data-month="2026-10"]'), /\+ High-cost benefit for 2026-07 647,570 yenrunning balance −1,965,430 yen/);
  assert.doesNotMatch(await page.textContent('.yr-when'), /円|分の/);
  await page.click('.lang-switch button[lang="ja"]');
  await page.setViewportSize({ width: 1024, height: 800 });
  assert.deepEqual(h.problems, []);
});

test('year: days in a private room without the charge a day open the fold on the field to correct', async () => {
  const page = await fresh();
  assert.equal(await page.locator('details.yr-benefits').evaluate((d) => d.open), false);
  await fillMonth(page, 2, { own_room_days: '5' });
  // Refused on a field of the closed fold: it opens with the field and its message.
  await page.locator(`#${CALC}-own_room_daily_yen`).waitFor();
  assert.equal(await page.locator('details.yr-benefits').evaluate((d) => d.open), true);
  await page.waitForFunction(() => /1日あたりの額も入力してください/.test(document.querySelector('details.yr-benefits')?.textContent || ''));
  await page.fill(`#${CALC}-own_room_daily_yen`, '６，０００円');
  await page.waitForFunction(() => document.querySelector('.figure[data-key="total_own_room_yen"] .figure-value')?.textContent === '30,000円');
  assert.equal(await figure(page, 'total_out_of_pocket_yen'), '711,310円');
  assert.deepEqual(h.problems, []);
});
