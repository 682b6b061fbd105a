// 研修認定薬剤師の単位 in the release build: records added through the UI and by import, the
// verdict, the per-year chart and the plan; records kept across reloads; a malformed import
// changes nothing; export → delete all → import brings everything back; a bad value is reported
// at its row while the other rows keep theirs; long lists leave the URL; nothing from another host.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { start, figure, mounted } from './harness.mjs';

let h;
before(async () => { h = await start(); });
after(async () => { await h?.close(); });

const CALC = 'pharmacist_credits';
const IMPORT = `#${CALC}-import`;
const ROW = (i) => `fieldset.row-card[data-row="${i}"]`;
const cell = (i, col) => `${ROW(i)} [data-col="${col}"] :is(input, select)`;
// The online version (from 2022-04-01): the 4 years before 2024-06-01 are 2020-06-02 .. 2024-06-01,
// years starting 06-02 of 2020, 2021, 2022, 2023.
const START = '/pharmacist?as_of=2024-06-01&application_date=2024-06-01';
const DATES_Y1_Y3 = ['2020-07-01', '2020-09-01', '2020-11-01', '2021-07-01', '2021-09-01', '2021-11-01', '2022-07-01', '2022-09-01'];

const doc = (records, extra = {}) => JSON.stringify({
  schema: 1, calculator: CALC,
  input: { mode: 'initial', application_date: '2024-06-01', records, ...extra },
});
const collective = (date) => ({ date, kind: 'collective', minutes: '360', title: `研修会 ${date}` });

async function importFile(page, name, text, mimeType = 'application/json') {
  await page.setInputFiles(IMPORT, { name, mimeType, buffer: Buffer.from(text) });
  await page.locator('.import-notice').waitFor();
}
const rowCount = (page) => page.locator('fieldset.row-card').count();
async function reload(page) {
  await page.reload();
  await mounted(page);
  await page.waitForSelector('.ph-verdict .ph-headline');
}
async function fresh() {
  const page = await h.open('/pharmacist');
  await page.evaluate(() => localStorage.clear());
  await h.open(START);
  return page;
}

test('pharmacist: starts empty with an example button; the application date picks the rule version', async () => {
  const page = await fresh();
  assert.match(await page.textContent('main h1'), /研修認定薬剤師/);
  assert.equal(await rowCount(page), 0);
  assert.match(await page.textContent('.ph-version'), /申請日 2024-06-01 に有効な版.*2022年4月1日以降/s);
  await page.click('text=記入例を入れる');
  assert.ok(await rowCount(page) >= 5);
  assert.match(await figure(page, 'total_credits'), /^\d+単位$/);
  // The example is short of 40 on purpose: the plan says what is missing.
  assert.match(await page.textContent('.ph-headline'), /まだ要件を満たしていません/);
  // The reference date does not change it (a 2024 application keeps the online rules)…
  await page.fill(`#${CALC}-as_of`, '2021-06-01');
  await page.locator('.ph-version strong[data-version="online2022"]').waitFor();
  // …the application date does: the seed's version before 2022-04-01, named with its date.
  await page.fill(`#${CALC}-as_of`, '2026-12-01');
  await page.fill(`#${CALC}-application_date`, '2022-03-31');
  await page.locator('.ph-version strong[data-version="guidelines2017"]').waitFor();
  assert.match(await page.textContent('.ph-version'), /申請日 2022-03-31 に有効な版.*実施要領/s);
  await page.fill(`#${CALC}-application_date`, '2022-04-01');
  await page.locator('.ph-version strong[data-version="online2022"]').waitFor();
  await page.fill(`#${CALC}-application_date`, '2024-06-01');
  await page.fill(`#${CALC}-as_of`, '2024-06-01');
  // A kind shows only its fields.
  await page.selectOption(cell(0, 'kind'), 'special_course');
  assert.ok(await page.locator(cell(0, 'minutes')).isHidden());
  assert.ok(await page.locator(cell(0, 'credits')).isVisible());
  assert.ok(await page.locator(cell(0, 'special_practical')).isVisible());
  await page.selectOption(cell(0, 'kind'), 'collective');
  assert.ok(await page.locator(cell(0, 'lecturer')).isVisible());
  assert.ok(await page.locator(cell(0, 'credits')).isHidden());
  // Renewal asks for the certification date.
  await page.selectOption(`#${CALC}-mode`, 'renewal');
  await page.locator(`#${CALC}-certified_date`).waitFor();
  assert.match(await page.textContent(`#${CALC}-certified_date-err`), /認定日/);
  assert.deepEqual(h.problems, []);
});

test('pharmacist: 8 imported + 2 typed records (full-width ３６０) → 40 credits, eligible; chart, plan; kept on reload', async () => {
  const page = await fresh();
  await importFile(page, 'records.json', doc(DATES_Y1_Y3.map(collective)));
  assert.match(await page.textContent('.import-notice'), /読み込みました/);
  assert.equal(await rowCount(page), 8);
  assert.equal(await figure(page, 'total_credits'), '32単位');
  assert.match(await page.textContent('.ph-headline'), /まだ要件を満たしていません ✗/);
  assert.equal(await page.getAttribute('.ph-reqs li[data-req="year_4"]', 'class'), 'unmet');

  for (const [i, date] of [[8, '2023-07-01'], [9, '2023-09-01']]) {
    await page.click('#ph-records-add');
    await page.locator(ROW(i)).waitFor();
    // The new row has the focus on its date, and the kind of the row above.
    assert.equal(await page.evaluate(() => document.activeElement?.closest('[data-col]')?.dataset.col), 'date');
    assert.equal(await page.inputValue(cell(i, 'kind')), 'collective');
    await page.fill(cell(i, 'date'), date);
    await page.locator(cell(i, 'minutes')).pressSequentially('３６０');
    await page.fill(cell(i, 'title'), '学会 2日目');
  }
  assert.equal(await page.inputValue(cell(9, 'minutes')), '３６０');
  assert.equal(await figure(page, 'total_credits'), '40単位');
  assert.match(await page.textContent('.ph-headline'), /申請できます ✓/);
  assert.match(await page.textContent(`${ROW(9)} .ph-row-credits`), /算入: 4単位/);
  assert.match(await page.textContent(`${ROW(9)} .ph-row-notes`), /90分=1単位/);
  assert.equal(await page.locator('.ph-reqs li.unmet').count(), 0);
  assert.match(await page.textContent('.ph-reqs li[data-req="total_credits"]'), /40 \/ 40 単位/);
  assert.match(await page.textContent('.ph-facts [data-key="window"]'), /2020年6月2日 〜 2024年6月1日/);

  // Chart: one bar per year, all met; the total against the target.
  const svg = page.locator('.ph-chart svg[role="img"]');
  assert.equal(await page.locator('.ph-chart rect.ph-bar').count(), 4);
  assert.equal(await page.locator('.ph-chart rect.ph-bar.met').count(), 4);
  assert.deepEqual(await page.locator('.ph-chart rect.ph-bar').evaluateAll((rs) => rs.map((r) => r.dataset.credits)), ['12', '12', '8', '8']);
  assert.match(await svg.getAttribute('aria-label'), /1年目 12単位/);
  assert.equal(await page.textContent('[data-key="cumulative"]'), '40 / 40');
  assert.equal(await page.locator('table.ph-years tbody tr').count(), 4);

  // Plan: the earliest date that works with these records.
  assert.match(await page.getAttribute('.ph-earliest', 'data-date'), /^\d{4}-\d{2}-\d{2}$/);

  // Reload: the records come back (browser storage, and the URL).
  assert.ok(new URL(page.url()).searchParams.get('rows'));
  await reload(page);
  assert.equal(await rowCount(page), 10);
  assert.equal(await page.inputValue(cell(9, 'minutes')), '３６０');
  assert.equal(await figure(page, 'total_credits'), '40単位');
  // Without the URL (a new visit): still there, from storage.
  await h.open('/pharmacist?as_of=2024-06-01&application_date=2024-06-01');
  assert.equal(await rowCount(page), 10);
  assert.equal(await figure(page, 'total_credits'), '40単位');
  assert.deepEqual(h.problems, []);
});

test('pharmacist: the plan names the missing credits per year and their deadline', async () => {
  const page = await fresh();
  // Year 4 empty: 32 credits, 8 short, year 4 needs 5 by the application date.
  await importFile(page, 'records.json', doc(DATES_Y1_Y3.map(collective)));
  assert.match(await page.textContent('.ph-plan'), /4年目: あと5単位を 2024年6月1日 までに/);
  assert.match(await page.textContent('[data-key="min_additional"]'), /あと最低 8単位/);
  assert.match(await page.textContent('.ph-facts [data-key="latest"]'), /2024年6月1日/);
  assert.match(await page.getAttribute('.ph-earliest', 'data-date'), /^(\d{4}-\d{2}-\d{2})?$/);
  assert.equal(await page.locator('.ph-chart rect.ph-bar.unmet').count(), 1);
  assert.deepEqual(h.problems, []);
});

test('pharmacist: a shared link carries the rows; a garbled one leaves an empty, working page', async () => {
  const page = await fresh();
  const rows = JSON.stringify([['2023-07-01', 0, 360, null, '研修会'], ['2023-08-01', 5, null, 2]]);
  await h.open(`${START}&rows=${encodeURIComponent(rows)}`);
  assert.equal(await rowCount(page), 2);
  assert.equal(await page.inputValue(cell(1, 'kind')), 'internet');
  assert.equal(await page.inputValue(cell(1, 'credits')), '2');
  assert.equal(await page.inputValue(cell(0, 'title')), '研修会');
  assert.equal(await figure(page, 'total_credits'), '6単位');
  await page.evaluate(() => localStorage.clear());
  await h.open(`${START}&rows=%5B%5Bgarbage`);
  assert.equal(await rowCount(page), 0);
  assert.equal(await figure(page, 'total_credits'), '0単位');
  assert.deepEqual(h.problems, []);
});

test('pharmacist: malformed imports change nothing, and the records stay saved', async () => {
  const page = await fresh();
  await importFile(page, 'records.json', doc([...DATES_Y1_Y3, '2023-07-01', '2023-09-01'].map(collective)));
  assert.equal(await rowCount(page), 10);

  await importFile(page, 'bad.json', '{broken');
  assert.match(await page.textContent('.import-notice'), /JSON/);
  assert.equal(await rowCount(page), 10);

  await page.setInputFiles(IMPORT, { name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from('date,colour\n2024-01-01,red\n') });
  await page.waitForFunction(() => /colour/.test(document.querySelector('.import-notice')?.textContent || ''));
  assert.equal(await rowCount(page), 10);
  assert.equal(await figure(page, 'total_credits'), '40単位');

  await reload(page);
  assert.equal(await rowCount(page), 10);
  assert.equal(await figure(page, 'total_credits'), '40単位');
  assert.deepEqual(h.problems, []);
});

test('pharmacist: export JSON → delete all → import the file → rows back; CSV import works too', async () => {
  const page = await fresh();
  await importFile(page, 'records.json', doc([...DATES_Y1_Y3, '2023-07-01', '2023-09-01'].map(collective)));
  await page.fill(cell(3, 'title'), 'タイトル, "引用" 付き');
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('text=JSONで書き出す')]);
  const exported = fs.readFileSync(await dl.path(), 'utf8');
  assert.equal(JSON.parse(exported).input.records.length, 10);

  await page.click('.ph-clear');
  assert.equal(await rowCount(page), 0);
  assert.equal(await figure(page, 'total_credits'), '0単位');
  await page.locator('.undo-line .undo').waitFor();

  await page.setInputFiles(IMPORT, { name: dl.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(exported) });
  await page.locator(ROW(9)).waitFor();
  assert.equal(await rowCount(page), 10);
  assert.equal(await page.inputValue(cell(3, 'title')), 'タイトル, "引用" 付き');
  assert.equal(await figure(page, 'total_credits'), '40単位');

  // CSV round trip through the same columns.
  const [csvDl] = await Promise.all([page.waitForEvent('download'), page.click('text=CSVで書き出す')]);
  const csv = fs.readFileSync(await csvDl.path(), 'utf8');
  assert.match(csv, /^\uFEFF?date,kind,minutes/);
  await page.click('.ph-clear');
  await page.click('.undo-line .undo');
  assert.equal(await rowCount(page), 10);
  await page.click('.ph-clear');
  await page.setInputFiles(IMPORT, { name: 'records.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.locator(ROW(9)).waitFor();
  assert.equal(await figure(page, 'total_credits'), '40単位');
  assert.equal(await page.inputValue(cell(3, 'title')), 'タイトル, "引用" 付き');
  assert.deepEqual(h.problems, []);
});

test('pharmacist: a bad value shows its message at its row; the other rows keep their values', async () => {
  const page = await fresh();
  await importFile(page, 'records.json', doc(DATES_Y1_Y3.slice(0, 3).map(collective)));
  await page.fill(cell(1, 'minutes'), 'abc');
  const err = page.locator(`${ROW(1)} [data-col="minutes"] .field-error`);
  await err.waitFor({ state: 'visible' });
  assert.ok((await err.textContent()).length > 0);
  assert.equal(await page.getAttribute(cell(1, 'minutes'), 'aria-invalid'), 'true');
  assert.equal(await page.getAttribute(cell(1, 'minutes'), 'name'), 'records[1].minutes');
  assert.ok(await page.locator(`${ROW(0)} [data-col="minutes"] .field-error`).isHidden());
  assert.ok(await page.locator(`${ROW(2)} [data-col="minutes"] .field-error`).isHidden());
  assert.equal(await page.inputValue(cell(0, 'minutes')), '360');
  assert.equal(await page.inputValue(cell(2, 'date')), '2020-11-01');
  assert.equal(await page.inputValue(cell(1, 'date')), '2020-09-01');
  assert.match(await page.textContent('.ph-headline'), /入力に誤り/);
  // Credits entered for a kind whose credits the center sets: required, reported at the row.
  await page.fill(cell(1, 'minutes'), '180');
  await page.selectOption(cell(2, 'kind'), 'correspondence');
  await page.locator(`${ROW(2)} [data-col="credits"] .field-error`).waitFor({ state: 'visible' });
  await page.fill(cell(2, 'credits'), '１２');
  assert.ok(await page.locator(`${ROW(2)} [data-col="credits"] .field-error`).isHidden());
  // 4 + 2 + 12
  assert.equal(await figure(page, 'total_credits'), '18単位');
  assert.deepEqual(h.problems, []);
});

test('pharmacist: a long list is kept out of the URL (storage and files instead)', async () => {
  const page = await fresh();
  const many = Array.from({ length: 80 }, (_, i) => ({
    date: `2021-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    kind: 'self_study', minutes: '60', title: `文献 ${i + 1}`,
  }));
  await importFile(page, 'many.json', doc(many));
  assert.equal(await rowCount(page), 80);
  await page.locator('.url-note').waitFor();
  assert.ok(!new URL(page.url()).searchParams.get('rows'));
  assert.ok(page.url().length < 1800);
  await reload(page);
  assert.equal(await rowCount(page), 80);
  assert.deepEqual(h.problems, []);
});

test('pharmacist: 360 px wide without sideways scrolling; English; nothing from another host', async () => {
  const page = await fresh();
  await page.setViewportSize({ width: 360, height: 800 });
  await page.click('text=記入例を入れる');
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `page is ${width}px wide`);
  await page.click('.lang-switch button[lang="en"]');
  await page.waitForFunction(() => /credits/.test(document.querySelector('.ph-verdict')?.textContent || ''));
  assert.match(await page.textContent('.ph-records h2'), /Training records/);
  await page.click('.lang-switch button[lang="ja"]');
  await page.setViewportSize({ width: 1024, height: 800 });
  assert.deepEqual(h.problems, []);
  assert.deepEqual(h.foreignRequests(), []);
});
