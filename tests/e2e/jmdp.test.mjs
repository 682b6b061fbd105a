// JMDP pages in the release build: the fee model totals through the page, forgiving input, errors
// next to their field with the other entries kept, the exemption boundaries and the household list
// (the highest member counts, per-row errors, the list in the URL), the 55,000-point split with its
// flow diagram, and the patient overview's ranges and deduction note. No console error, nothing
// requested from another host.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { start, typeInto, figure, mounted } from './harness.mjs';

let h;
before(async () => { h = await start(); });
after(async () => { await h?.close(); });

const F = '#jmdp_fees-';
const E = '#jmdp_exemption-';
const S = '#reimbursement_split-';
const P = '#patient_overview-';
const yen = (n) => `${n.toLocaleString('en-US')}円`;
const member = (i) => `input[name="income_tax_yen[${i}]"]`;
/** The error paragraph of the field holding `input`. */
const errorOf = (page, input) => page.locator('.field', { has: page.locator(input) }).locator('.field-error');

async function reload(page) {
  await page.reload();
  await mounted(page);
}

test('fees: the 2020-03 model totals for 1–5 donors, with and without transplant', async () => {
  const page = await h.open('/jmdp/fees');
  assert.match(await page.textContent('main h1'), /患者負担金/);
  for (let n = 1; n <= 5; n++) {
    await typeInto(page, `${F}donors_screened`, String(n));
    assert.equal(await figure(page, 'payable_yen'), yen(123000 + 8000 * (n - 1)), `transplant, ${n} donors`);
  }
  // Ended before final consent: untick the transplant first (a transplant needs final consent).
  await page.uncheck(`${F}transplant`);
  await page.uncheck(`${F}final_consent`);
  for (let n = 1; n <= 5; n++) {
    await typeInto(page, `${F}donors_screened`, String(n));
    assert.equal(await figure(page, 'payable_yen'), yen(8000 * n), `before final consent, ${n} donors`);
  }
  // The itemised lines are shown: 5 donors × 5,000 blood test.
  assert.match(await page.textContent('.fee-lines tr[data-key="donor_blood_test"]'), /25,000円/);
  assert.deepEqual(h.problems, []);
});

test('fees: full-width digits, an error next to the donors field with the checkboxes kept, reload', async () => {
  const page = await h.open('/jmdp/fees');
  await typeInto(page, `${F}donors_screened`, '３');
  assert.equal(await figure(page, 'payable_yen'), '139,000円');

  // Final consent but no transplant: 5. and 6. come back.
  await page.uncheck(`${F}transplant`);
  assert.equal(await figure(page, 'refund_yen'), '74,000円');
  assert.equal(await figure(page, 'payable_yen'), '65,000円');
  assert.match(await page.textContent('.refund-note'), /返金/);

  await typeInto(page, `${F}donors_screened`, '-1');
  const err = page.locator(`${F}donors_screened-err`);
  await err.waitFor({ state: 'visible' });
  assert.match(await err.textContent(), /0以上/);
  assert.equal(await page.getAttribute(`${F}donors_screened`, 'aria-invalid'), 'true');
  assert.equal(await figure(page, 'payable_yen'), '—');
  assert.equal(await page.isChecked(`${F}final_consent`), true, 'checkbox kept');
  assert.equal(await page.isChecked(`${F}transplant`), false, 'checkbox kept');

  await typeInto(page, `${F}donors_screened`, '２');
  await typeInto(page, `${F}exemption_percent`, '50');
  assert.ok(await err.isHidden());
  // 2 donors, final consent, no transplant: 16,000 + 115,000 − 74,000 = 57,000 → 50% = 28,500.
  assert.equal(await figure(page, 'payable_yen'), '28,500円');
  assert.match(await page.textContent('.not-refunded'), /返金されません/);

  await reload(page);
  assert.equal(await page.inputValue(`${F}donors_screened`), '２');
  assert.equal(await page.isChecked(`${F}final_consent`), true);
  assert.equal(await page.isChecked(`${F}transplant`), false);
  assert.equal(await page.inputValue(`${F}exemption_percent`), '50');
  assert.equal(await figure(page, 'payable_yen'), '28,500円');
  assert.deepEqual(h.problems, []);
});

test('exemption: the example, the highest member counts, boundaries through the page', async () => {
  const page = await h.open('/jmdp/exemption');
  assert.match(await page.textContent('main h1'), /免除/);
  // The not-refunded note is on the page from the start.
  assert.match(await page.textContent('.not-refunded'), /返金されません/);
  // Example: 40,000 + 40,000 = 80,000 in total, but the highest (40,000) decides → 70%.
  assert.equal(await figure(page, 'rate_percent'), '70%');
  assert.equal(await figure(page, 'highest_income_tax_yen'), '40,000円');
  assert.equal(await figure(page, 'domestic_exempted_yen'), '102,900円');
  assert.equal(await figure(page, 'domestic_payable_yen'), '44,100円');
  assert.match(await page.textContent('.highest-note'), /80,000円/);

  // One member: the boundaries 16,800 → 90%, 16,801 → 70%.
  await page.click('.member-row[data-row="1"] .delete-row');
  assert.equal(await page.locator('.member-row').count(), 1);
  await typeInto(page, member(0), '16,800');
  assert.equal(await figure(page, 'rate_percent'), '90%');
  await typeInto(page, member(0), '１６８０１');
  assert.equal(await figure(page, 'rate_percent'), '70%');
  await typeInto(page, member(0), '80001');
  assert.equal(await figure(page, 'rate_percent'), '0%');
  assert.match(await page.textContent('.not-eligible'), /対象外/);

  // Two members: 16,000 and 42,000 (58,000 in total) → the highest, 42,000 → 70%.
  await typeInto(page, member(0), '16000');
  assert.equal(await figure(page, 'rate_percent'), '90%');
  await page.click('#jmdp_exemption-member-add');
  await page.waitForFunction(() => document.activeElement?.getAttribute('name') === 'income_tax_yen[1]');
  await page.keyboard.type('42000');
  assert.equal(await figure(page, 'rate_percent'), '70%');
  assert.equal(await figure(page, 'highest_income_tax_yen'), '42,000円');
  assert.deepEqual(h.problems, []);
});

test('exemption: an invalid member shows its message at that row; the list survives a reload', async () => {
  const page = await h.open('/jmdp/exemption');
  await typeInto(page, member(1), 'abc');
  const err = errorOf(page, member(1));
  await err.waitFor({ state: 'visible' });
  assert.match(await err.textContent(), /数値/);
  assert.ok(await errorOf(page, member(0)).isHidden(), 'the other row has no message');
  assert.equal(await page.getAttribute(member(1), 'aria-invalid'), 'true');
  assert.equal(await figure(page, 'rate_percent'), '—');
  assert.equal(await page.inputValue(member(0)), '40000', 'the other row keeps its value');

  await typeInto(page, member(1), '５，０００円');
  await page.click('#jmdp_exemption-member-add');
  // As a person does: type once the new row has the caret (under load it arrives a frame later).
  await page.waitForFunction(() => document.activeElement?.getAttribute('name') === 'income_tax_yen[2]');
  await page.keyboard.type('12000');
  assert.equal(await figure(page, 'rate_percent'), '70%');
  await reload(page);
  assert.equal(await page.locator('.member-row').count(), 3);
  assert.equal(await page.inputValue(member(1)), '５，０００円');
  assert.equal(await page.inputValue(member(2)), '12000');
  assert.equal(await figure(page, 'rate_percent'), '70%');
  assert.deepEqual(h.problems, []);
});

test('exemption: welfare needs no income tax, the certificates and the overseas cap', async () => {
  const page = await h.open('/jmdp/exemption');
  await page.selectOption(`${E}status`, 'welfare');
  assert.equal(await page.locator('.member-row').count(), 0, 'no member list for this category');
  assert.equal(await figure(page, 'rate_percent'), '100%');
  assert.equal(await figure(page, 'domestic_payable_yen'), '0円');
  const certs = await page.textContent('.certificates');
  assert.match(certs, /生活保護受給証明書/);
  assert.match(certs, /住民票/);
  await typeInto(page, `${E}overseas_fees_yen`, '300万');
  assert.equal(await figure(page, 'overseas_exempted_yen'), '1,000,000円');
  assert.equal(await figure(page, 'overseas_payable_yen'), '2,000,000円');
  // How the cap is read, and who bills an overseas donor's charges.
  assert.match(await page.textContent('.readings li[data-key="reading.overseas_cap"]'), /100万円/);
  assert.match(await page.textContent('.result-notes'), /先方バンクの料金規定/);
  assert.match(await page.textContent('.cap-note'), /上限/);
  // At 100% both readings of the cap give 1,000,000 yen: nothing more is said.
  assert.equal(await page.locator('.disagreements').count(), 0);
  // Back to taxed: the typed members come back.
  await page.selectOption(`${E}status`, 'taxed');
  assert.equal(await page.locator('.member-row').count(), 2);
  assert.equal(await figure(page, 'rate_percent'), '70%');
  assert.deepEqual(h.problems, []);
});

test('exemption: 「100万円を限度に免除」 read two ways — where they part, both amounts are shown', async () => {
  const page = await h.open('/jmdp/exemption?v=1&status=taxed&members=%5B60000%5D');
  assert.equal(await figure(page, 'rate_percent'), '50%');
  await typeInto(page, `${E}overseas_fees_yen`, '２００万円');
  assert.equal(await figure(page, 'overseas_exempted_yen'), '1,000,000円');
  const d = page.locator('.disagreements .disagreement[data-key="overseas_cap"]');
  await d.waitFor();
  assert.match(await d.locator('.answers li[data-used="true"]').textContent(), /min\(2,000,000円 × 50%, 1,000,000円\).*免除額 1,000,000円.*この計算で使用/s);
  assert.match(await d.locator('.answers li[data-used="false"]').textContent(), /50% × min\(2,000,000円, 1,000,000円\).*免除額 500,000円、お支払い 1,500,000円/s);
  assert.equal(await page.locator('.readings li[data-key="reading.overseas_cap"] .answers li').count(), 2);
  // 1,000,000 yen of fees: the readings agree.
  await typeInto(page, `${E}overseas_fees_yen`, '1000000');
  assert.equal(await figure(page, 'overseas_exempted_yen'), '500,000円');
  assert.equal(await page.locator('.disagreements').count(), 0);
  await page.click('.lang-switch button[lang="en"]');
  await typeInto(page, `${E}overseas_fees_yen`, '1500000');
  assert.match(await page.locator('.disagreements .answers li[data-used="false"]').textContent(), /exempted 500,000 yen/);
  await page.click('.lang-switch button[lang="ja"]');
  assert.deepEqual(h.problems, []);
});

test('exemption: a damaged members parameter never blanks the page', async () => {
  let page = await h.open('/jmdp/exemption?v=1&status=taxed&members=%5Bnot-json');
  assert.equal(await figure(page, 'rate_percent'), '70%', 'unreadable → the example');
  const odd = encodeURIComponent(JSON.stringify([16800, { x: 1 }, null]));
  page = await h.open(`/jmdp/exemption?v=1&status=taxed&members=${odd}`);
  assert.equal(await page.locator('.member-row').count(), 3);
  assert.equal(await figure(page, 'rate_percent'), '90%', 'empty rows are left out');
  page = await h.open('/jmdp/exemption?v=1&status=nonsense');
  await page.locator(`${E}status-err`).waitFor({ state: 'visible' });
  assert.deepEqual(h.problems, []);
});

test('split: the defaults give 55,000 points / 550,000 yen to JMDP and the harvest payment', async () => {
  const page = await h.open('/jmdp/split');
  assert.match(await page.textContent('main h1'), /55,000点/);
  assert.equal(await figure(page, 'jmdp_points'), '55,000点');
  assert.equal(await figure(page, 'jmdp_yen'), '550,000円');
  assert.equal(await figure(page, 'harvest_payment_points'), '17,440点');
  assert.equal(await figure(page, 'harvest_payment_yen'), '174,400円');
  assert.equal(await figure(page, 'transplant_hospital_keeps_points'), '25,650点');
  assert.equal(await page.getAttribute(`${S}transplant_points`, 'placeholder'), '66,450');
  assert.equal(await page.getAttribute(`${S}harvest_points`, 'placeholder'), '21,640');
  // The diagram: one arrow per flow with points and yen.
  assert.match(await page.textContent('.flow-arrow[data-to="transplant_hospital"]'), /98,090点 \/ 980,900円/);
  assert.match(await page.textContent('.flow-arrow[data-to="jmdp"]'), /55,000点 \/ 550,000円/);
  assert.match(await page.textContent('.flow-arrow[data-to="harvesting_hospital"]'), /17,440点 \/ 174,400円/);

  // The donor's other care raises the harvest payment; a transplant date gives the invoice date.
  await typeInto(page, `${S}donor_care_points`, '３，０００点');
  assert.equal(await figure(page, 'harvest_payment_points'), '20,440点');
  assert.equal(await figure(page, 'jmdp_points'), '55,000点');
  await page.fill(`${S}transplant_date`, '2024-05-20');
  assert.equal(await page.textContent('.invoice-date'), '2024-06-10');

  // Points that cannot cover JMDP's share: the message sits at the K922 field; the others stay.
  await typeInto(page, `${S}transplant_points`, '1000');
  const err = page.locator(`${S}transplant_points-err`);
  await err.waitFor({ state: 'visible' });
  assert.match(await err.textContent(), /足りません/);
  assert.equal(await page.inputValue(`${S}donor_care_points`), '３，０００点');
  await typeInto(page, `${S}transplant_points`, '');
  assert.equal(await figure(page, 'jmdp_yen'), '550,000円');
  await reload(page);
  assert.equal(await page.inputValue(`${S}transplant_date`), '2024-05-20');
  assert.equal(await figure(page, 'harvest_payment_points'), '20,440点');
  assert.deepEqual(h.problems, []);
});

test('split: the fee schedule note, the reading, and the outcomes without a transplant', async () => {
  const page = await h.open('/jmdp/split');
  // A transplant: which fee schedule the table's points are, and how the 4,200 points are read.
  assert.match(await page.textContent('.split-notes li[data-key="fee_schedule"]'), /令和4年度.*確認できていません/s);
  assert.match(await page.textContent('.readings li[data-key="reading.deduction_base"]'), /4,200点/);

  // Cancelled after the check-up: billed to JMDP, not the transplant hospital; no 55,000 points.
  await page.selectOption(`${S}outcome`, 'cancelled_after_checkup');
  assert.equal(await page.locator(`${S}transplant_points`).isHidden(), true);
  await typeInto(page, `${S}donor_care_points`, '3000');
  assert.equal(await figure(page, 'harvest_payment_yen'), '30,000円');
  assert.equal(await page.locator('.figure[data-key="jmdp_points"]').isHidden(), true);
  assert.match(await page.textContent('.flow-list li[data-from="jmdp"]'), /30,000円/);
  assert.match(await page.textContent('.split-notes li[data-key="who_bills"]'), /移植施設に請求できません/);
  assert.match(await page.textContent('.split-notes li[data-key="no_split"]'), /55,000点/);
  assert.match(await page.textContent('.split-notes li[data-key="patient_fees"]'), /最終同意等調整料.*返金されます/s);
  assert.equal(await page.locator('.readings li[data-key="reading.no_deduction_without_transplant"]').count(), 1);

  // Harvested but not transplanted: K921 is back and counted.
  await page.selectOption(`${S}outcome`, 'harvested_not_transplanted');
  assert.equal(await figure(page, 'harvest_payment_points'), '24,640点');

  // A patient abroad: JMDP pays, less the 4,200 points.
  await page.selectOption(`${S}outcome`, 'overseas_patient');
  assert.equal(await figure(page, 'harvest_payment_points'), '20,440点');

  // DLI (4.(1)): the collecting hospital bills the transplant hospital; no amount is computed, so
  // the figures read "unknown", not 0. The donor-care points typed above are not DLI's: a warning
  // names the field by its label.
  await page.selectOption(`${S}outcome`, 'dli');
  assert.equal(await page.getAttribute('.figure[data-key="harvest_payment_yen"]', 'data-unknown'), 'true');
  assert.match(await figure(page, 'harvest_payment_yen'), /^不明/);
  assert.match(await page.textContent('.split-notes li[data-key="who_bills"]'), /採血施設.*移植施設/s);
  const ignored = page.locator('.split-notes li[data-key="ignored_fields"]');
  assert.match(await ignored.textContent(), /ドナーリンパ球輸注.*ドナーのその他の療養の点数/s);
  assert.doesNotMatch(await ignored.textContent(), /donor_care_points/);
  // Back to an outcome that uses it: no warning, the value counts again.
  await page.selectOption(`${S}outcome`, 'cancelled_after_checkup');
  assert.equal(await ignored.count(), 0);
  assert.equal(await figure(page, 'harvest_payment_yen'), '30,000円');
  // Cancelled before the check-up: the typed points are named, and the payment stays 0.
  await page.selectOption(`${S}outcome`, 'cancelled_before_checkup');
  assert.match(await ignored.textContent(), /術前健診の前に中止/);
  await page.selectOption(`${S}outcome`, 'dli');
  assert.match(await page.textContent('.split-notes li[data-key="dli_amounts"]'), /K920/);
  await reload(page);
  assert.equal(await page.inputValue(`${S}outcome`), 'dli');

  // An overseas donor: the 55,000-point question is open in the document, so JMDP's figures are
  // "unknown", never 0; in English too.
  const en = await h.open('/jmdp/split?v=1&outcome=overseas_donor');
  assert.match(await figure(en, 'jmdp_points'), /^不明/);
  assert.equal(await en.getAttribute('.figure[data-key="jmdp_yen"]', 'data-unknown'), 'true');
  await en.click('.lang-switch button[lang="en"]');
  assert.match(await figure(en, 'jmdp_points'), /^unknown/);
  assert.match(await en.textContent('.split-notes li[data-key="overseas_exemption"]'), /1,000,000 yen/);
  assert.match(await en.textContent('.split-notes li[data-key="who_bills"]'), /foreign bank's coordination charges/);
  await en.click('.lang-switch button[lang="ja"]');
  assert.deepEqual(h.problems, []);
});

test('overview: the ranges, the deduction note, the exemption modes and the deadline', async () => {
  const page = await h.open('/patient');
  assert.match(await page.textContent('main h1'), /全体像/);
  assert.equal(await figure(page, 'jmdp_payable_yen'), '44,100円');
  assert.equal(await figure(page, 'estimated_total'), '79,100円 〜 479,100円');
  assert.equal(await figure(page, 'private_room'), '20,000円 〜 400,000円');
  // 「数万円」 read as 20,000 yen, written down; the donor's own costs and the 5,000-yen allowance.
  assert.match(await page.textContent('.readings li[data-key="reading.private_room_min"]'), /20,000円/);
  assert.match(await page.textContent('.overview-notes'), /入院支度金 5,000円/);
  assert.equal(await figure(page, 'transport_reimbursed'), '15,000円 〜 35,000円');
  assert.equal(await figure(page, 'transport_reimbursed_official_yen'), '50,000円');
  const ded = await page.textContent('.deduction');
  assert.match(ded, /医療費控除/);
  assert.match(ded, /高額療養費/);
  assert.match(ded, /対象外/);
  assert.match(await page.textContent('.deduction-notes'), /44,100円/);
  assert.match(await page.textContent('.deadline'), /2か月以内/);
  // Links to the detailed pages.
  assert.ok(await page.locator('.ov-card a[href$="/jmdp/fees"]').count() > 0);
  assert.ok(await page.locator('.ov-card a[href$="/jmdp/exemption"]').count() > 0);

  await page.fill(`${P}invoice_received_date`, '2023-12-31');
  assert.match(await page.textContent('.deadline'), /2024-02-29/);

  // A known rate instead of the household.
  await page.selectOption(`${P}ex_mode`, 'rate');
  await typeInto(page, `${P}exemption_percent`, '１００');
  assert.equal(await figure(page, 'jmdp_payable_yen'), '0円');
  // Public assistance: the private-room sharing note stands out.
  await page.selectOption(`${P}ex_mode`, 'status');
  await page.selectOption(`${P}status`, 'welfare');
  assert.equal(await figure(page, 'jmdp_payable_yen'), '0円');
  assert.equal(await page.locator('.welfare-room.notice').count(), 1);
  assert.match(await page.textContent('.overview-notes'), /差額ベッド代/);
  assert.equal(await page.locator('.readings li[data-key="reading.welfare_room_share"]').count(), 1);

  // Final consent but no transplant: the document ties the charge to the donor's stay and is
  // silent on a cancelled harvest — unknown (0 up to the high end), never "no charge".
  await page.uncheck(`${P}transplant`);
  assert.equal(await figure(page, 'private_room'), '0円 〜 400,000円');
  assert.match(await page.textContent('.room-note'), /資料は書いていません.*確かめて/s);
  assert.equal(await page.getAttribute('.room-note', 'data-unknown'), 'true');
  assert.equal(await page.locator('.readings li[data-key="reading.private_room_without_transplant"]').count(), 1);
  await reload(page);
  assert.equal(await page.inputValue(`${P}invoice_received_date`), '2023-12-31');
  assert.equal(await page.isChecked(`${P}transplant`), false);
  assert.equal(await figure(page, 'private_room'), '0円 〜 400,000円');
  // Ended before final consent: no stay, so none.
  await page.uncheck(`${P}final_consent`);
  assert.equal(await figure(page, 'private_room'), '0円');
  assert.match(await page.textContent('.room-note'), /入院することはなく/);
  assert.deepEqual(h.problems, []);
});

test('axe: no WCAG 2.1 A/AA violation in the error and alternative states', async () => {
  const states = [
    '/jmdp/fees?v=1&donors_screened=-1&final_consent=false&transplant=true',
    `/jmdp/exemption?v=1&status=taxed&members=${encodeURIComponent('["abc",16800,""]')}&overseas_fees_yen=3000000`,
    '/jmdp/exemption?v=1&status=welfare',
    '/jmdp/split?v=1&transplant_points=1000&transplant_date=2024-05-20',
    '/jmdp/split?v=1&outcome=cancelled_after_checkup&donor_care_points=3000',
    '/patient?v=1&ex_mode=rate&exemption_percent=150&transport_yen=abc',
    '/patient?v=1&ex_mode=status&status=welfare&invoice_received_date=2023-12-31',
  ];
  const found = [];
  for (const s of states) {
    const page = await h.open(s);
    await page.waitForTimeout(100);
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    for (const v of violations) for (const n of v.nodes) found.push(`${s}: ${v.id} at ${n.target.join(' ')}`);
  }
  assert.deepEqual(found, []);
  assert.deepEqual(h.problems, []);
});

test('JMDP pages request nothing from another host', async () => {
  for (const p of ['/jmdp/fees', '/jmdp/exemption', '/jmdp/split', '/patient']) await h.open(p);
  assert.deepEqual(h.foreignRequests(), []);
});
