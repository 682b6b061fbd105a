// The certification documents' remaining rules in the release build: the HCTC document review for a
// pediatric-only applicant (細則第26条第1項 後段, 第27条) with its reading, the one-coordinator note
// (第2条第2項) and the later revision from 2020-12-01; 細胞治療認定管理師 A3 (processing at least half of
// the record) with its readings, and no round after the 4th; 研修認定薬剤師 9(2)ウ (a claim more than
// a month late earns nothing), 5(5) (an extension to apply for), the online system's notes and an
// unconfirmed fee. Each outcome is read from the page, as a user sees it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, typeInto, mounted, openFold } from './harness.mjs';

let h;
before(async () => { h = await start(); });
after(async () => { await h?.close(); });

const verdict = async (page) => (await page.textContent('.verdict')).trim();
const req = (page, id) => page.locator(`.req[data-req="${id}"]`);
const reading = (page, key) => page.locator(`.readings li[data-key="reading.${key}"]`);
const notes = async (page) => (await page.textContent('.cert-notes')).trim();

// ───────────────────────── HCTC ─────────────────────────

const H = '#hctc-';
const PEDIATRIC = '/hctc?as_of=2020-06-01&check=application_review&level=certified&pediatric_only=true'
  + '&full_process_patient_cases=5&full_process_related_donor_cases=2&full_process_child_donor_cases=1&dues_paid=true';

test('hctc application review: pediatric only — 5 / 2 incl. a child donor pass, no child donor fails; the reading and the notes show', async () => {
  const page = await h.open(PEDIATRIC);
  await page.locator(`${H}pediatric_only`).waitFor();
  assert.ok(await page.isChecked(`${H}pediatric_only`));
  assert.match(await verdict(page), /^✓/);
  assert.match(await req(page, 'full_process_patient_cases').textContent(), /5 \/ 5以上.*細則第26条第1項/);
  assert.match(await req(page, 'full_process_child_donor_cases').textContent(), /1 \/ 1以上/);
  assert.match(await reading(page, 'hctc.pediatric_only').textContent(), /第26条第1項の後段/);
  const n = await notes(page);
  assert.match(n, /主体的に関わった1人だけ/, '第2条第2項');
  assert.match(n, /血縁ドナー2事例のうち1事例は小児ドナー（18歳未満）/, '第27条第2項');
  assert.doesNotMatch(n, /HCTC認定研修/, 'no later-revision note before 2020-12-01');

  await typeInto(page, `${H}full_process_child_donor_cases`, '0');
  assert.match(await verdict(page), /^✗/);
  assert.ok(await req(page, 'full_process_child_donor_cases').evaluate((e) => e.classList.contains('unmet')));

  // Not pediatric-only: the first sentence's 10 and 3 apply, and the reading is gone.
  await typeInto(page, `${H}full_process_child_donor_cases`, '1');
  await page.uncheck(`${H}pediatric_only`);
  assert.match(await req(page, 'full_process_patient_cases').textContent(), /5 \/ 10以上/);
  assert.equal(await reading(page, 'hctc.pediatric_only').count(), 0);

  // A patient aged 18 or over is explained (a written reason decides), not refused.
  await page.check(`${H}pediatric_only`);
  await typeInto(page, `${H}patients_18_or_over`, '2');
  assert.match(await notes(page), /18歳以上の患者事例2件は、それぞれ小児科診療となった理由を報告すれば/);
  assert.match(await verdict(page), /^✓/);

  // From 2020-12-01 the page says a later revision exists and what is known of it.
  await page.fill(`${H}as_of`, '2020-12-01');
  await page.locator('.cert-notes li:has-text("HCTC認定研修")').waitFor();
  assert.match(await notes(page), /患者事例10件以上・ドナー事例10件以上（小児は各5件）/);
  assert.deepEqual(h.problems, []);
});

// ───────────────────────── 細胞治療認定管理師 ─────────────────────────

const C = '#cell_therapy_manager-';
const events = [
  { date: '2017-06-01', event: 'jstmct_annual', credits: '10' },
  { date: '2018-10-20', event: 'jstmct_autumn', credits: '10' },
  { date: '2019-03-02', event: 'jstct', credits: '30' },
];
const cases = (n, processing) => Array.from({ length: n }, (_, i) => ({
  date: `2019-${String((i % 12) + 1).padStart(2, '0')}-${String(Math.floor(i / 12) + 1).padStart(2, '0')}`,
  case: `C${i + 1}`,
  kind: i < processing ? 'processing' : 'collection',
}));
const cellDoc = (n, processing, applicationDate = '2021-06-01') => JSON.stringify({
  schema: 1, calculator: 'cell_therapy_manager',
  input: { licence: 'nurse', application_date: applicationDate, events, cases: cases(n, processing) },
});

async function importCell(page, text) {
  await page.setInputFiles(`${C}import`, { name: 'cell_therapy_manager.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.locator('.import-notice').waitFor();
}

test('cell therapy A3: 20 cases with 5 processing fail (less than half), 10 of 20 pass; the readings say how "half (5)" is read', async () => {
  const page = await h.open('/cell-therapy?as_of=2021-06-15');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await mounted(page);
  await importCell(page, cellDoc(20, 5));
  await page.locator('.req[data-req="processing_half"]').waitFor();
  assert.match(await verdict(page), /^✗/);
  assert.match(await req(page, 'processing_half').textContent(), /20件中5件/);
  assert.match(await req(page, 'processing_half').textContent(), /A3/);
  assert.ok(await req(page, 'processing_case_count').evaluate((e) => e.classList.contains('met')), '5 processing alone is met');
  assert.match(await reading(page, 'cell_therapy.processing_half').textContent(), /記載した実績全体の半分以上/);
  assert.match(await reading(page, 'cell_therapy.ten_cases').textContent(), /10件以上と読んでいます/);

  await importCell(page, cellDoc(20, 10));
  await page.locator('.req.met[data-req="processing_half"]').waitFor();
  assert.match(await verdict(page), /^✓/);

  // Another year: no round after the 4th (2021) is known, and the page says so.
  await page.fill(`${C}application_date`, '2023-06-01');
  await page.locator('.errors li[data-field="application_date"]').waitFor();
  assert.match(await page.textContent('.errors li[data-field="application_date"]'), /第4回より後の受験申請の回は見つかっていません/);
  // The 2021 round opened today (late 2026): the answer says no later round was found.
  await page.fill(`${C}application_date`, '2021-06-01');
  await page.fill(`${C}as_of`, '2026-12-01');
  await page.locator('.cert-notes li:has-text("より後の受験申請の回は見つかっていません")').waitFor();
  assert.deepEqual(h.problems, []);
});

// ───────────────────────── 研修認定薬剤師 ─────────────────────────

const P = '#pharmacist_credits-';
const ROW = (i) => `fieldset.row-card[data-row="${i}"]`;
const phDoc = (records, extra = {}) => JSON.stringify({
  schema: 1, calculator: 'pharmacist_credits',
  input: { mode: 'initial', application_date: '2024-06-01', records, ...extra },
});

test('pharmacist 9(2)ウ / 5(5): a claim a month and a day late earns nothing with the reason; an extension note; the online notes; the fee not confirmed', async () => {
  const page = await h.open('/pharmacist');
  await page.evaluate(() => localStorage.clear());
  await h.open('/pharmacist?as_of=2024-06-01&application_date=2024-06-01');
  const records = [
    { date: '2024-01-10', kind: 'collective', minutes: '360', claimed_on: '2024-02-10', title: '学会A' },
    { date: '2024-01-10', kind: 'collective', minutes: '360', claimed_on: '2024-02-11', title: '学会B', session: 'b' },
  ];
  await page.setInputFiles(`${P}import`, { name: 'pharmacist_credits.json', mimeType: 'application/json', buffer: Buffer.from(phDoc(records, { special_reason: 'true' })) });
  await page.locator('.import-notice').waitFor();
  await page.locator(`${ROW(1)} .ph-reason`).waitFor();
  assert.match(await page.textContent(`${ROW(0)} .ph-row-credits`), /算入: 4単位/);
  assert.match(await page.textContent(`${ROW(1)} .ph-reason`), /終了後1か月以内に請求/);
  assert.equal(await page.inputValue(`${ROW(1)} [data-col="claimed_on"] input`), '2024-02-11');
  // The trace is long here, so folded: a person opens it to read how the rules were read.
  await openFold(page, 'details.ph-trace');
  assert.equal(await reading(page, 'pharmacist.claim_month').count(), 1);

  const n = await notes(page);
  assert.match(n, /研修期間の延長が認められます/, '5(5)');
  assert.match(n, /遡って加算されない/, 'credits before registering');
  assert.match(n, /審査が終わった日から始まります/, 'the certification starts when the review ends');

  // The fee for 2024 is not confirmed: the page says so, and shows no amount.
  const fee = await page.textContent('[data-key="fee"]');
  assert.match(fee, /金額未確認/);
  assert.doesNotMatch(fee, /10,286/);
  assert.match(await page.textContent('.ph-facts'), /認定の手数料（金額未確認）/);
  assert.deepEqual(h.problems, []);
});
