// Messages in people's words and a plan that survives one bad month, in the release build: a
// month with a wrong value is left out and named while the other months are computed; error
// summaries name the field by its label and row, never by its key; counts take their counter
// (２人) and a wrong count's example fits it; a link's known field with bad content says so.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, figure, openFold } from './harness.mjs';

let h;
before(async () => { h = await start(); });
after(async () => { await h?.close(); });

const cost = (i) => `fieldset.row-card[data-row="${i}"] [data-col="medical_cost_yen"] input`;

/** Opens month card `i` (the example's months start folded to a line). */
async function openMonth(page, i) {
  await openFold(page, `fieldset.row-card[data-row="${i}"] > details`);
}

async function freshYear() {
  const page = await h.open('/patient/year');
  await page.evaluate(() => localStorage.clear());
  await h.open('/patient/year');
  await page.waitForSelector('.yr-table');
  return page;
}

test('year: one bad month is left out and named; the others are still computed', async () => {
  const page = await freshYear();
  assert.equal(await figure(page, 'total_out_of_pocket_yen'), '681,310円');
  await openMonth(page, 1);
  await page.fill(cost(1), '3,2OO,000');
  await page.locator('.left-out').waitFor();
  // July and September as a plan of their own (136,780 + 343,940), not a blank page.
  assert.equal(await figure(page, 'total_out_of_pocket_yen'), '480,720円');
  assert.equal(await page.locator('.yr-months-result tr[data-month="2026-08"]').count(), 0);
  assert.equal(
    (await page.textContent('.left-out')).trim(),
    '2か月目（2026-08）は入力に誤りがあるため計算に含めていません（ほかの月だけで計算しています）: 医療費の総額（10割）: 数値を入力してください（例: 1,000,000円）',
  );
  // The field keeps its message and its mark; the card says it is left out.
  assert.equal(await page.getAttribute(cost(1), 'aria-invalid'), 'true');
  assert.match(await page.textContent('fieldset.row-card[data-row="1"] .row-note'), /計算に含めていません/);
  // The summary names the field by its label and row.
  await openFold(page, '#yr-trace');
  assert.match(await page.textContent('.trace .errors'), /2か月目の医療費の総額（10割）: 数値を入力してください/);
  assert.doesNotMatch(await page.textContent('main'), /months\[\d+\]/);
  // Corrected, the month is back.
  await page.fill(cost(1), '3200000');
  await page.waitForFunction(() => !document.querySelector('.left-out'));
  assert.equal(await figure(page, 'total_out_of_pocket_yen'), '681,310円');

  await page.click('.lang-switch button[lang="en"]');
  await openMonth(page, 2);
  await page.fill(cost(2), 'abc');
  await page.locator('.left-out').waitFor();
  assert.match(await page.textContent('.left-out'), /^Month 3 \(2026-09\) is left out of the plan until its entries are corrected/);
  assert.match(await page.textContent('.trace .errors'), /Month 3: total medical cost \(100%\): Enter a number \(e\.g\. 1,000,000 yen\)/);
  await page.click('.lang-switch button[lang="ja"]');
  assert.deepEqual(h.problems, []);
});

test('a summary names fields by label (a plain field too), never by key', async () => {
  const page = await freshYear();
  await page.fill('#patient_year-jmdp_exemption_percent', 'x');
  await openFold(page, '#yr-trace');
  await page.locator('.trace .errors').waitFor({ state: 'attached' });
  const summary = await page.textContent('.trace .errors');
  assert.match(summary, /骨髄バンクの負担金の免除率: 数値を入力してください（例: 70%）/);
  assert.doesNotMatch(summary, /jmdp_exemption_percent/);
  assert.deepEqual(h.problems, []);
});

test('counts take their counter and full-width digits; a wrong count is asked for with a count', async () => {
  const page = await h.open('/jmdp/fees');
  const donors = 'input[name="donors_screened"]';
  const field = page.locator('.field', { has: page.locator(donors) });
  const shows = (text) => page.waitForFunction((t) =>
    document.querySelector('.figure[data-key="payable_yen"] .figure-value')?.textContent === t, text);
  await page.fill(donors, '３');
  await page.waitForFunction(() => /\d/.test(document.querySelector('.figure[data-key="payable_yen"] .figure-value')?.textContent || ''));
  const three = await figure(page, 'payable_yen');
  for (const typed of ['3人', '３人', '３件', '1']) {
    await page.fill(donors, typed);
    if (typed === '1') assert.notEqual(await figure(page, 'payable_yen'), three);
    else await shows(three);
    assert.ok(await field.locator('.field-error').isHidden(), typed);
  }
  await page.fill(donors, 'abc');
  await field.locator('.field-error').waitFor({ state: 'visible' });
  assert.equal((await field.locator('.field-error').textContent()).trim(), '数値を入力してください（例: 1人）');
  assert.deepEqual(h.problems, []);
});

test('a link whose known field holds what cannot be read says so, never “did you mean” the same field', async () => {
  const page = await h.open('/pharmacist?v=1&records=garbage');
  const notice = await page.textContent('.link-notice');
  assert.match(notice, /「研修の記録」（records）の内容を読み取れませんでした/);
  assert.doesNotMatch(notice, /のことですか/);
  assert.deepEqual(h.problems, []);
});
