// What every calculator page gets from its calculator's schema in core: a shared link with a
// parameter the page does not know opens with that parameter named in a notice (the rest of the
// link applied), and the English page explains every figure in English (no Japanese kana in any
// formula of "How this was computed").
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, figure, openFold } from './harness.mjs';

let h;
before(async () => { h = await start(); });
after(async () => { await h?.close(); });

const CALCULATOR_PAGES = ['/patient', '/patient/year', '/jmdp/fees', '/jmdp/exemption', '/jmdp/split', '/advanced/burden',
  '/advanced/cost-basis', '/pharmacist', '/hctc', '/cell-therapy'];
const KANA = /[\u3040-\u30ff]/;

test('a misspelt parameter in a shared link is named in a notice; the rest of the link opens', async () => {
  const page = await h.open('/jmdp/fees?v=1&donors_screened=3&option_hla_test=1&final_consent=true&transplant=true');
  const notice = page.locator('.link-notice');
  await notice.waitFor();
  assert.match(await notice.textContent(), /option_hla_test は使えない項目です。option_hla_tests のことですか/);
  assert.equal(await page.inputValue('#jmdp_fees-donors_screened'), '3');
  assert.equal(await figure(page, 'payable_yen'), '139,000円');
  // The notice is in English on the English page; the link's unknown parameter is dropped from the address.
  await page.click('.lang-switch button[lang="en"]');
  assert.match(await notice.textContent(), /option_hla_test is not a field of this input\. Did you mean option_hla_tests\?/);
  await page.click('.lang-switch button[lang="ja"]');
  assert.doesNotMatch(page.url(), /option_hla_test=/);
  assert.deepEqual(h.problems, []);
});

test('every calculator page names an unknown link parameter and still computes', async () => {
  for (const p of CALCULATOR_PAGES) {
    const page = await h.open(`${p}?zzz_unknown=1`);
    const notice = page.locator('.link-notice');
    await notice.waitFor({ timeout: 10000 });
    assert.match(await notice.textContent(), /zzz_unknown/, p);
    assert.equal(await page.locator('.trace .errors').count(), 0, `${p}: the page's own values still compute`);
  }
  assert.deepEqual(h.problems, []);
});

test('the English trace of every calculator page has no Japanese kana in any formula', async () => {
  const page = await h.open('/');
  await page.click('.lang-switch button[lang="en"]');
  for (const p of CALCULATOR_PAGES) {
    await h.open(p, page);
    // Folded on /patient/year (and on /pharmacist when long): open it as a person would.
    if (await page.locator('details:is(.yr-trace, .ph-trace)').count()) await openFold(page, 'details:is(.yr-trace, .ph-trace)');
    await page.waitForSelector('.trace td.formula', { state: 'attached' });
    const formulas = await page.locator('.trace td.formula').allTextContents();
    assert.ok(formulas.length > 0, `${p} shows formulas`);
    const japanese = formulas.filter((f) => KANA.test(f));
    assert.deepEqual(japanese, [], `${p}: English formulas with kana`);
  }
  await page.click('.lang-switch button[lang="ja"]');
  assert.deepEqual(h.problems, []);
});
