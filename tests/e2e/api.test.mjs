// The JS API (`evaluate`) called from JavaScript in the browser, as an embedding site would.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start } from './harness.mjs';

let h;
let page;
before(async () => {
  h = await start();
  page = await h.open('/');
  await page.waitForFunction(() => window.wasmBindings && typeof window.wasmBindings.evaluate === 'function');
});
after(async () => { await h?.close(); });

const call = (req) => page.evaluate((r) => window.wasmBindings.evaluate(r), req);

test('evaluate reproduces the 先進医療 form example through plain JS objects, every figure cited', async () => {
  const res = await call({ calculator: 'advanced_care_burden', as_of: '2024-04-01',
    input: { advanced_cost_yen: 500000, subsidy_yen: 250000, insured_cost_yen: 500000, copay_percent: 30 } });
  assert.equal(res.ok, true);
  assert.equal(res.result.patient_advanced_yen, 250000);
  assert.equal(res.result.patient_copay_yen, 150000);
  assert.equal(res.result.patient_total_yen, 400000);
  assert.equal(res.result.insurer_yen, 350000);
  assert.ok(Array.isArray(res.trace) && res.trace.length > 0);
  assert.ok(res.trace.every((s) => s.label.ja && s.label.en && typeof s.formula === 'string'));
  // A source is one readable citation in Japanese; `cite` gives its parts (the document by its
  // title, never an internal id or a file name).
  assert.ok(res.rules.every((r) => r.source.startsWith('厚生労働省『先進医療') && r.from && !/seed/i.test(r.source)));
  assert.ok(res.rules.every((r) => r.cite.title.startsWith('先進医療') && r.cite.section && r.cite.page === null));
  assert.ok(res.trace.every((s) => typeof s.source === 'string' && s.source && s.cite && typeof s.cite.section === 'string'));
  const fees = await call({ calculator: 'jmdp_fees', as_of: '2024-04-01', input: { donors_screened: 1 } });
  const fee = fees.rules.find((r) => r.id === 'jmdp.fees.final_consent_coordination');
  assert.equal(fee.cite.section, '参考資料2-13 4.');
  assert.equal(fee.cite.page, 31);
  assert.equal(fee.cite.quote, '最終同意等調整料');
  assert.ok(fee.source.startsWith('公益財団法人日本骨髄バンク『非血縁者間骨髄移植') && fee.source.endsWith('参考資料2-13 4.「最終同意等調整料」 p.31'), fee.source);
  assert.deepEqual(Object.keys(fee.cite).sort(), ['doc', 'page', 'quote', 'section', 'title']);
});

test('evaluate accepts numbers typed as strings (full-width, commas, 円)', async () => {
  const res = await call({ calculator: 'advanced_care_burden', as_of: '2024-04-01',
    input: { advanced_cost_yen: '５００，０００円', subsidy_yen: '250,000', insured_cost_yen: '50万', copay_percent: '30' } });
  assert.equal(res.ok, true);
  assert.equal(res.result.patient_total_yen, 400000);
});

test('bad requests come back as ok:false with a bilingual message per field, never a throw', async () => {
  const unknown = await call({ calculator: 'nope', as_of: '2024-04-01', input: {} });
  assert.equal(unknown.ok, false);
  assert.equal(unknown.errors[0].code, 'unknown_calculator');
  const wrong = await call({ calculator: 'advanced_care_burden', as_of: '2024-04-01',
    input: { advanced_cost_yen: -1, subsidy_yen: true, insured_cost_yen: 'abc' } });
  assert.equal(wrong.ok, false);
  const fields = wrong.errors.map((e) => e.field).sort();
  assert.deepEqual(fields, ['advanced_cost_yen', 'insured_cost_yen', 'subsidy_yen']);
  assert.ok(wrong.errors.every((e) => e.message.ja && e.message.en));
  for (const junk of [42, null, 'text', [1, 2]]) {
    const res = await call(junk);
    assert.equal(res.ok, false, `request ${JSON.stringify(junk)}`);
  }
  const ids = await page.evaluate(() => window.wasmBindings.calculators());
  assert.ok(ids.includes('jmdp_fees') && ids.includes('pharmacist_credits'));
  assert.deepEqual(h.problems, []);
});

test('an unknown or misspelt field through the JS API is an error naming the field meant, not a silent guess', async () => {
  const res = await call({ calculator: 'jmdp_fees', as_of: '2024-04-01', input: { donors_screened: 1, option_hla_test: 1 } });
  assert.equal(res.ok, false);
  assert.deepEqual(res.errors.map((e) => [e.field, e.code]), [['option_hla_test', 'unknown_field']]);
  assert.equal(res.errors[0].message.ja, 'option_hla_test は使えない項目です。option_hla_tests のことですか');
  assert.equal(res.errors[0].message.en, 'option_hla_test is not a field of this input. Did you mean option_hla_tests?');
  const hctc = await call({ calculator: 'hctc', as_of: '2024-02-15',
    input: { check: 'renewal_certified', patient_cases: 15, donor_cases: 15, related_donor_cases: 5, meetings: 2, seminar: 2, dues_paid: true } });
  assert.equal(hctc.ok, false, 'a misspelt field is never read as "not eligible"');
  assert.equal(hctc.errors[0].field, 'seminar');
  // Each step's formula comes in both languages.
  const ok = await call({ calculator: 'jmdp_fees', as_of: '2024-04-01', input: { donors_screened: 3 } });
  const blood = ok.trace.find((s) => s.key === 'donor_blood_test');
  assert.equal(blood.formula, '5,000円 × 3人 = 15,000円（骨髄バンク負担 12,456円）');
  assert.equal(blood.formula_en, '5,000 yen × 3 = 15,000 yen (JMDP bears 12,456 yen)');
  assert.deepEqual(h.problems, []);
});
