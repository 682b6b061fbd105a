// Certification checkers in the release build: the HCTC routes (written 14 ✗ / 15 ✓, the oral grid
// where one examiner's 不可 flips the verdict, a renewal typed in full-width digits, an invalid field
// with the other entries kept) and the 細胞治療認定管理師 records editor (rows counted or not with the
// reason, kept across a reload, a malformed import refused with every row kept, an exported file
// restoring deleted rows). No console errors, nothing requested from another host.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { start, typeInto, mounted } from './harness.mjs';

let h;
before(async () => { h = await start(); });
after(async () => { await h?.close(); });

const H = '#hctc-';
const verdict = async (page) => (await page.textContent('.verdict')).trim();
const req = (page, id) => page.locator(`.req[data-req="${id}"]`);

async function reload(page) {
  await page.reload();
  await mounted(page);
}

test('hctc written exam: 14 correct fails, 15 passes, with the article and the fees', async () => {
  const page = await h.open('/hctc');
  assert.match(await page.textContent('main h1'), /HCTC/);
  assert.equal(await page.inputValue(`${H}check`), 'written_exam');
  await typeInto(page, `${H}correct`, '14');
  assert.match(await verdict(page), /^✗ 不合格/);
  assert.match(await req(page, 'written_correct').textContent(), /14 \/ 15以上/);
  assert.match(await req(page, 'written_correct').textContent(), /あと1不足/);
  assert.match(await req(page, 'written_correct').textContent(), /細則第4条第5項/);

  await typeInto(page, `${H}correct`, '15');
  assert.match(await verdict(page), /^✓ 合格/);
  assert.equal(await page.getAttribute('.verdict', 'data-eligible'), 'true');
  assert.match(await req(page, 'written_correct').textContent(), /15 \/ 15以上/);
  assert.equal((await page.textContent('.fees [data-key="fees_total_yen"]')).trim(), '20,000円');
  assert.match(await page.textContent('.fees .no-refund'), /返却されません/);

  // 専門HCTC cites 第6条.
  await page.selectOption(`${H}level`, 'specialist');
  assert.match(await req(page, 'written_correct').textContent(), /細則第6条第5項/);

  // More correct answers than questions: the message sits next to the field.
  await typeInto(page, `${H}correct`, '26');
  await page.locator(`${H}correct-err`).waitFor({ state: 'visible' });
  assert.match(await page.textContent(`${H}correct-err`), /問題数/);
  assert.doesNotMatch(await page.textContent('.verdict'), /[✓✗]/);
  assert.deepEqual(h.problems, []);
});

test('hctc oral exam: a single 不可 on one more item (8 → 7 good-or-fair from both) flips the verdict; the grid survives a reload', async () => {
  const page = await h.open('/hctc');
  await page.selectOption(`${H}check`, 'oral_exam');
  await page.locator('.oral-grid').waitFor();
  assert.equal(await page.locator('.oral-grid select').count(), 20);
  // Nothing rated yet: no verdict until the grid is filled in.
  assert.match(await verdict(page), /まだ判定していません/);

  // Two items lose one examiner each: 8 of 10 still pass (boundary).
  await page.selectOption(`${H}ratings-0-1`, 'poor');
  await page.selectOption(`${H}ratings-1-0`, 'fair');
  await page.selectOption(`${H}ratings-2-0`, 'poor');
  assert.equal((await page.textContent('.oral-count output')).trim(), '8 / 10');
  assert.match(await verdict(page), /^✓ 合格/);
  // One more item with a single 不可 (the other examiner 良): 7 → fail.
  await page.selectOption(`${H}ratings-3-1`, 'poor');
  assert.equal((await page.textContent('.oral-count output')).trim(), '7 / 10');
  assert.match(await verdict(page), /^✗ 不合格/);
  assert.match(await req(page, 'oral_items_good_or_fair').textContent(), /7 \/ 8以上/);
  assert.match(await page.textContent('.oral-grid tr[data-item="3"] .both'), /不可あり/);

  await reload(page);
  assert.equal(await page.inputValue(`${H}ratings-3-1`), 'poor');
  assert.equal(await page.inputValue(`${H}ratings-1-0`), 'fair');
  assert.match(await verdict(page), /^✗ 不合格/);
  assert.deepEqual(h.problems, []);
});

test('hctc renewal: full-width digits, the window and the fee; an invalid count keeps the other entries', async () => {
  const page = await h.open('/hctc');
  await page.selectOption(`${H}check`, 'renewal_certified');
  await page.locator(`${H}patient_cases`).waitFor();
  assert.equal(await page.locator(`${H}correct`).count(), 0, 'only the route\'s fields are shown');
  await page.fill(`${H}as_of`, '2025-02-15');
  await typeInto(page, `${H}patient_cases`, '１５');
  await typeInto(page, `${H}donor_cases`, '１５');
  await typeInto(page, `${H}related_donor_cases`, '５');
  await typeInto(page, `${H}meetings`, '２');
  await typeInto(page, `${H}seminars`, '１');
  assert.match(await verdict(page), /^✗ 未達/);
  assert.match(await req(page, 'seminars').textContent(), /1 \/ 2以上/);
  assert.match(await req(page, 'membership_dues').textContent(), /いいえ/);
  await typeInto(page, `${H}seminars`, '２');
  await page.check(`${H}dues_paid`);
  assert.match(await verdict(page), /^✓ 要件を満たしています/);
  assert.match(await page.textContent('.window[data-key="application_window"]'), /2025-02-01〜2025-03-31.*期間内/);
  assert.equal((await page.textContent('.fees [data-key="fees_total_yen"]')).trim(), '10,000円');

  // Related donors above donor cases: the message is next to that field, the rest stays.
  await typeInto(page, `${H}related_donor_cases`, '２０');
  const err = page.locator(`${H}related_donor_cases-err`);
  await err.waitFor({ state: 'visible' });
  assert.match(await err.textContent(), /超えています/);
  assert.equal(await page.getAttribute(`${H}related_donor_cases`, 'aria-invalid'), 'true');
  assert.equal(await page.inputValue(`${H}patient_cases`), '１５');
  assert.equal(await page.inputValue(`${H}donor_cases`), '１５');
  assert.equal(await page.inputValue(`${H}seminars`), '２');
  assert.ok(await page.isChecked(`${H}dues_paid`));
  assert.match(await verdict(page), /入力を確認/);

  // Switching route and back keeps the typed values (they live in the form and the URL).
  await page.selectOption(`${H}check`, 'written_exam');
  await page.selectOption(`${H}check`, 'renewal_certified');
  assert.equal(await page.inputValue(`${H}related_donor_cases`), '２０');
  await typeInto(page, `${H}related_donor_cases`, '5');
  assert.ok(await err.isHidden());
  assert.match(await verdict(page), /^✓/);
  assert.deepEqual(h.problems, []);
});

// ───────────────────────── 細胞治療認定管理師 ─────────────────────────

const C = '#cell_therapy_manager-';
const cell = (list, i, col) => `[name="${list}[${i}].${col}"]`;
const fig = async (page, key) => (await page.textContent(`.cell-summary [data-key="${key}"] .figure-value`)).trim();
const rows = (page, list) => page.locator(`.row-list[data-list="${list}"] .row-card`);

async function addEvent(page, date, event, credits, seminar) {
  const i = await rows(page, 'events').count();
  await page.click('#ct-events-add');
  await page.fill(cell('events', i, 'date'), date);
  await page.selectOption(cell('events', i, 'event'), event);
  if (seminar) await page.selectOption(cell('events', i, 'seminar'), seminar);
  await typeInto(page, cell('events', i, 'credits'), credits);
}

async function addCase(page, date, id, kind) {
  const i = await rows(page, 'cases').count();
  await page.click('#ct-cases-add');
  await page.fill(cell('cases', i, 'date'), date);
  await typeInto(page, cell('cases', i, 'case'), id);
  await page.selectOption(cell('cases', i, 'kind'), kind);
}

async function deleteAll(page, list) {
  while (await rows(page, list).count() > 0) {
    await rows(page, list).first().locator('.delete-row').click();
  }
}

test('cell therapy: rows are counted or not with the reason; a row error sits on its field', async () => {
  const page = await h.open('/cell-therapy');
  await page.evaluate(() => localStorage.clear());
  await reload(page);
  assert.equal(await rows(page, 'events').count(), 0);
  assert.equal(await page.inputValue(`${C}application_date`), '2021-06-01');

  await addEvent(page, '2019-03-02', 'jstct', '３０');
  await addEvent(page, '2020-05-30', 'designated_seminar', '20', '2020_jstmct_68');
  await addEvent(page, '2015-01-01', 'jstmct_annual', '10');
  await addCase(page, '2019-01-10', 'C1', 'collection');
  await addCase(page, '2019-01-10', 'C1', 'processing');
  await addCase(page, '2019-02-01', 'C2', 'quality_control');

  assert.equal(await fig(page, 'qualifying_credits'), '50 / 50 単位');
  assert.equal(await fig(page, 'case_count'), '2 / 10 件');
  assert.equal(await fig(page, 'processing_case_count'), '1 / 5 件');
  const ev = (i) => rows(page, 'events').nth(i).locator('.row-status');
  assert.match(await ev(0).textContent(), /計上: 30単位/);
  assert.match(await ev(2).textContent(), /数えません.*2016-04-01/);
  const cs = (i) => rows(page, 'cases').nth(i).locator('.row-status');
  assert.match(await cs(0).textContent(), /1件目として計上（調製を含む）/);
  assert.match(await cs(1).textContent(), /1件目に含む/);
  assert.match(await verdict(page), /^✗ 未達/);
  assert.match(await req(page, 'case_count').textContent(), /2 \/ 10以上.*あと8不足.*A3/);
  assert.match(await req(page, 'qualifying_credits').textContent(), /50 \/ 50以上/);
  assert.match(await page.textContent('[data-key="application_window"]'), /2021-06-01〜2021-06-30.*期間内/);

  // A new row without a date: the message is on that row's date, the other rows keep their values.
  await page.click('#ct-events-add');
  const err = rows(page, 'events').nth(3).locator('.field[data-col="date"] .field-error');
  await err.waitFor({ state: 'visible' });
  assert.match(await err.textContent(), /日付/);
  assert.equal(await page.getAttribute(cell('events', 3, 'date'), 'aria-invalid'), 'true');
  assert.equal(await page.inputValue(cell('events', 0, 'credits')), '３０');
  await rows(page, 'events').nth(3).locator('.delete-row').click();
  assert.equal(await fig(page, 'qualifying_credits'), '50 / 50 単位');
  assert.deepEqual(h.problems, []);
});

test('cell therapy: records survive a reload; a malformed import changes nothing; an export restores deleted rows', async () => {
  const page = await h.open('/cell-therapy');
  assert.equal(await rows(page, 'events').count(), 3, 'restored from localStorage');
  assert.equal(await rows(page, 'cases').count(), 3);
  assert.equal(await page.inputValue(cell('events', 1, 'seminar')), '2020_jstmct_68');
  assert.equal(await fig(page, 'qualifying_credits'), '50 / 50 単位');
  const saved = await page.evaluate(() => localStorage.getItem('calc.records.cell_therapy_manager'));
  assert.match(saved, /"schema":1/);

  await page.setInputFiles(`${C}import`, { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{broken') });
  await page.locator('.import-notice').waitFor();
  assert.match(await page.textContent('.import-notice'), /JSON として読み取れません/);
  assert.equal(await rows(page, 'events').count(), 3);
  assert.equal(await rows(page, 'cases').count(), 3);
  assert.equal(await fig(page, 'qualifying_credits'), '50 / 50 単位');

  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    page.click('.records-actions button:has-text("JSONで書き出す")'),
  ]);
  const exported = fs.readFileSync(await dl.path(), 'utf8');
  const doc = JSON.parse(exported);
  assert.equal(doc.calculator, 'cell_therapy_manager');
  assert.equal(doc.input.events.length, 3);
  assert.equal(doc.input.cases.length, 3);
  assert.equal(doc.input.licence, 'physician');

  await deleteAll(page, 'events');
  await deleteAll(page, 'cases');
  await page.selectOption(`${C}licence`, 'nurse');
  assert.equal(await fig(page, 'qualifying_credits'), '0 / 50 単位');

  await page.setInputFiles(`${C}import`, { name: 'cell_therapy_manager.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await page.locator('.import-notice:has-text("読み込みました")').waitFor();
  assert.equal(await rows(page, 'events').count(), 3);
  assert.equal(await rows(page, 'cases').count(), 3);
  assert.equal(await page.inputValue(`${C}licence`), 'physician');
  assert.equal(await page.inputValue(cell('events', 0, 'credits')), '３０');
  assert.equal(await fig(page, 'qualifying_credits'), '50 / 50 単位');
  assert.equal(await fig(page, 'case_count'), '2 / 10 件');

  // The rows also travel in the URL: a fresh browser profile opening this link sees them.
  const url = page.url();
  assert.match(decodeURIComponent(url), /rows=.*2020_jstmct_68/);
  assert.deepEqual(h.problems, []);
  assert.deepEqual(h.foreignRequests(), []);
});

test('cell therapy: unreadable saved records are reported and kept aside; a garbage link still opens the page', async () => {
  const page = await h.open('/cell-therapy');
  await page.evaluate(() => localStorage.setItem('calc.records.cell_therapy_manager', '{not json'));
  await page.goto(page.url().split('?')[0] + '?rows=%7Bgarbage&licence=nurse');
  await mounted(page);
  await page.locator('.import-notice').waitFor();
  assert.match(await page.textContent('.import-notice'), /読み込めませんでした/);
  assert.equal(await page.evaluate(() => localStorage.getItem('calc.records.cell_therapy_manager.unreadable')), '{not json');
  assert.equal(await rows(page, 'events').count(), 0);
  assert.equal(await page.inputValue(`${C}licence`), 'nurse');
  assert.equal(await fig(page, 'qualifying_credits'), '0 / 50 単位');

  // English: the same figures and verdict words.
  await page.click('button[lang=en]');
  assert.equal(await fig(page, 'qualifying_credits'), '0 / 50 credits');
  assert.match(await verdict(page), /^✗ Not met/);
  await page.click('button[lang=ja]');
  await page.evaluate(() => localStorage.removeItem('calc.records.cell_therapy_manager.unreadable'));
  assert.deepEqual(h.problems, []);
});

test('hctc application review: nothing entered is "not checked", never a pass; the counts decide; no dues asked', async () => {
  const page = await h.open('/hctc?check=application_review');
  const v = page.locator('.verdict[data-verdict="not_checked"]');
  await v.waitFor();
  assert.match(await verdict(page), /^？ 未確認（入力されていない要件が2件/);
  assert.equal(await page.getAttribute('.verdict', 'data-eligible'), 'false');
  assert.equal(await page.locator('.req.unchecked').count(), 2);
  assert.match(await req(page, 'full_process_patient_cases').textContent(), /10件以上.*細則第26条第1項/s);
  // The dues are not the review's (規則第5条, outside the 細則): no checkbox, and a note says why.
  assert.ok(await page.locator(`${H}dues_paid`).isHidden());
  assert.match(await page.textContent('.cert-notes'), /規則第5条/);
  // One count typed: still not checked; both at the minimum: met.
  await typeInto(page, `${H}full_process_patient_cases`, '１０');
  assert.match(await verdict(page), /^？ 未確認（入力されていない要件が1件/);
  await typeInto(page, `${H}full_process_related_donor_cases`, '3');
  await page.locator('.verdict[data-verdict="met"]').waitFor();
  assert.match(await verdict(page), /^✓ 要件を満たしています/);
  // One short: not met, though the other is given.
  await typeInto(page, `${H}full_process_related_donor_cases`, '2');
  assert.match(await verdict(page), /^✗ 未達/);
  await typeInto(page, `${H}full_process_related_donor_cases`, '');
  await page.click('button[lang=en]');
  assert.match(await verdict(page), /^\? Not checked \(1 requirement not given/);
  await page.click('button[lang=ja]');
  assert.deepEqual(h.problems, []);
});

test('cell therapy: 12 cases with 5 processing — "half of the record" fails, "5 or more" passes; both shown', async () => {
  const page = await h.open('/cell-therapy');
  await page.evaluate(() => localStorage.clear());
  await reload(page);
  const cases = Array.from({ length: 12 }, (_, i) => ({
    date: `2019-${String(i + 1).padStart(2, '0')}-10`, case: `C${i + 1}`, kind: i < 5 ? 'processing' : 'storage',
  }));
  const doc = { schema: 1, calculator: 'cell_therapy_manager', input: {
    licence: 'nurse', application_date: '2021-06-01',
    events: [{ date: '2019-03-02', event: 'jstct', credits: '50' }], cases } };
  await page.setInputFiles(`${C}import`, { name: 'twelve.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
  await page.locator('.import-notice:has-text("読み込みました")').waitFor();
  assert.equal(await fig(page, 'case_count'), '12 / 10 件');
  assert.match(await verdict(page), /^✗ 未達（満たしていない要件が1件）/);
  const d = page.locator('.disagreements .disagreement[data-key="cell_therapy.processing_half"]');
  await d.waitFor();
  const used = await d.locator('.answers li[data-used="true"]').textContent();
  const other = await d.locator('.answers li[data-used="false"]').textContent();
  assert.match(used, /実績全体の半分.*満たしません（12件中5件、半分は6件）.*この計算で使用/s);
  assert.match(other, /5例以上.*満たします（5件 ≥ 5件）.*すべて満たします/s);
  const reading = page.locator('.readings li[data-key="reading.cell_therapy.processing_half"]');
  assert.equal(await reading.locator('.answers li').count(), 2);
  // A sixth processing case: the readings agree, and nothing more is said.
  await page.selectOption(cell('cases', 5, 'kind'), 'processing');
  await page.locator('.verdict[data-eligible="true"]').waitFor();
  assert.equal(await page.locator('.disagreements').count(), 0);
  assert.equal(await page.locator('.readings li[data-key="reading.cell_therapy.processing_half"] .answers').count(), 0);
  await page.evaluate(() => localStorage.clear());
  assert.deepEqual(h.problems, []);
});

test('axe: no WCAG 2.1 A/AA violation with the oral grid, an invalid field, and filled-in records', async () => {
  const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
  const found = [];
  const check = async (page, what) => {
    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    found.push(...violations.flatMap((v) => v.nodes.map((n) => `${what}: ${v.id} at ${n.target.join(' ')}`)));
  };
  let page = await h.open('/hctc?check=oral_exam&ratings=gpgggggggggggggggggp');
  await page.locator('.oral-grid').waitFor();
  await check(page, 'hctc oral');
  page = await h.open('/hctc?check=renewal_certified&donor_cases=3&related_donor_cases=9');
  await page.locator(`${H}related_donor_cases-err`).waitFor({ state: 'visible' });
  await check(page, 'hctc invalid');
  page = await h.open('/cell-therapy');
  await page.evaluate(() => localStorage.clear());
  await reload(page);
  await addEvent(page, '2020-05-30', 'designated_seminar', '20', '2020_jstmct_68');
  await addCase(page, '2019-01-10', 'C1', 'processing');
  await page.click('#ct-cases-add'); // a row with errors
  await rows(page, 'cases').nth(1).locator('.field-error:visible').first().waitFor();
  await check(page, 'cell therapy');
  assert.deepEqual(found, []);
  assert.deepEqual(h.problems, []);
});
