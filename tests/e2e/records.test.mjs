// Nothing saved changes but by the person's own choice, on every page that saves records (found by
// opening every page the home page links to and looking for the records bar, so a new records page
// is covered without editing this file). On each: records are saved, then every way they could be
// lost is tried, reloading after each —
//   refused, nothing changes: the malformed imports {}, {"foo":1}, {"input":{}}, an export with a
//   damaged row, a value that is no value of its field, a JSON file and a CSV over the limit, a CSV
//   with a bad cell; a link that cannot be read (rows=%5Bbroken: it says what is wrong, offers no
//   replace); a link with another plan (shown as a preview of the link's own plan, not saved; 「保存
//   した記録に戻る」 brings the saved one back);
//   replaced by choice, with 元に戻す: taking the link's plan (保存する), the example, the empty plan,
//   deleting all — undo brings back exactly what was saved.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { start } from './harness.mjs';

let h;
before(async () => { h = await start(); });
after(async () => { await h?.close(); });


/** The saved input of the page's calculator, as text (null: nothing saved). */
const saved = (page) => page.evaluate(() => {
  const key = Object.keys(localStorage).find((k) => /^calc\.records\.[a-z_]+$/.test(k));
  const text = key && localStorage.getItem(key);
  return text ? JSON.stringify(JSON.parse(text).input) : null;
});
const rowCount = (page) => page.locator('main fieldset.row-card').count();
/** Lets the auto-save run (an effect after the change). */
const settle = (page) => page.waitForTimeout(250);

/** Fills every cell of a row card as a person would. */
async function fillCard(card) {
  for (const input of await card.locator('input').all()) {
    if (!(await input.isVisible())) continue;
    const type = await input.getAttribute('type');
    const mode = await input.getAttribute('inputmode');
    if (type === 'date') await input.fill('2021-06-01');
    else if (type === 'month') await input.fill('2026-08');
    else if (type === 'text' && mode === 'decimal') await input.fill('12');
    else if (type === 'text') await input.fill('テスト');
  }
}

/** Chooses a file in the page's import input and waits for the notice it leaves. */
async function importFile(page, name, text) {
  await page.evaluate(() => document.querySelectorAll('.import-notice').forEach((n) => n.setAttribute('data-seen', '1')));
  const mimeType = name.endsWith('.csv') ? 'text/csv' : 'application/json';
  await page.setInputFiles('main input[type="file"]', { name, mimeType, buffer: Buffer.from(text) });
  const notice = page.locator('.import-notice:not([data-seen])');
  await notice.waitFor();
  return (await notice.textContent()).trim();
}

/** Reloads the page at its bare address (the saved records, no link). */
async function reopen(route) {
  const page = await h.open(route);
  await settle(page);
  return page;
}

/** Asserts what is saved and shown is still `base` (after a reload too). */
async function unchanged(route, page, base, what) {
  await settle(page);
  assert.equal(await saved(page), base.saved, `${route}: ${what} changed the saved records`);
  page = await reopen(route);
  assert.equal(await saved(page), base.saved, `${route}: ${what} changed the saved records (after a reload)`);
  assert.equal(await rowCount(page), base.rows, `${route}: ${what}: the rows after a reload`);
  return page;
}

/** A replacing action by choice: the records change, 元に戻す brings them back, a reload keeps them. */
async function replacedThenUndone(route, page, action, what) {
  const before = await saved(page);
  await action(page);
  await page.waitForFunction((b) => {
    const key = Object.keys(localStorage).find((k) => /^calc\.records\.[a-z_]+$/.test(k));
    return JSON.stringify(JSON.parse(localStorage.getItem(key)).input) !== b;
  }, before, { timeout: 5000 });
  await page.locator('.undo-line button.undo').click();
  await page.waitForFunction((b) => {
    const key = Object.keys(localStorage).find((k) => /^calc\.records\.[a-z_]+$/.test(k));
    return JSON.stringify(JSON.parse(localStorage.getItem(key)).input) === b;
  }, before, { timeout: 5000 }).catch(() => {});
  assert.equal(await saved(page), before, `${route}: 元に戻す after ${what}`);
  page = await reopen(route);
  assert.equal(await saved(page), before, `${route}: after ${what} and 元に戻す, reloaded`);
  return page;
}

/** The rows parameter of a link with one row fewer than `url`'s (a plan of another person). */
function foreignLink(url) {
  const u = new URL(url);
  const rows = JSON.parse(u.searchParams.get('rows'));
  if (Array.isArray(rows)) rows.pop();
  else Object.values(rows).find((l) => l.length > 0).pop();
  u.searchParams.set('rows', JSON.stringify(rows));
  return u.pathname + u.search;
}

/** Opens a folded card (the year plan's months start folded to a line). */
async function unfold(card) {
  const details = card.locator('details').first();
  if ((await details.count()) > 0 && !(await details.evaluate((d) => d.open))) await details.locator('summary').first().click();
  return card;
}

async function download(page, label) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click(`main button:has-text("${label}")`)]);
  return fs.readFileSync(await dl.path(), 'utf8');
}

async function checkPage(route) {
  let page = await h.open(route);
  await page.evaluate(() => localStorage.clear());
  page = await h.open(route);
  // Records saved: the page's own (the example plan), else rows added and filled.
  if ((await rowCount(page)) === 0) {
    for (let n = 0; n < 2; n++) {
      for (const add of await page.locator('main button.add-row').all()) {
        await add.click();
        await fillCard(page.locator('main fieldset.row-card').last());
      }
    }
  }
  // The person's own value, so the records are theirs (not the page's example).
  const first = await unfold(page.locator('main fieldset.row-card').first());
  await first.locator('input[inputmode="decimal"]').first().fill('77');
  await settle(page);
  const base = { saved: await saved(page), rows: await rowCount(page) };
  assert.ok(base.saved && base.rows >= 2, `${route}: records saved (${base.rows} rows)`);
  page = await reopen(route);
  assert.equal(await saved(page), base.saved, `${route}: the saved records come back on reload`);
  const exported = JSON.parse(await download(page, 'JSONで書き出す'));
  const csv = await download(page, 'CSVで書き出す');
  const list = Object.keys(exported.input).find((k) => Array.isArray(exported.input[k]) && exported.input[k].length > 0);

  // Malformed imports: refused whole, naming what is wrong; nothing saved changes.
  const doc = (f) => { const d = structuredClone(exported); f(d.input[list]); return JSON.stringify(d); };
  const firstTyped = (row) => Object.keys(row).find((k) => /^[\d２-９]/.test(String(row[k])) || /^\d{4}-\d{2}/.test(String(row[k])));
  const bad = [
    ['empty.json', '{}', /記録が1件もありません/],
    ['foo.json', '{"foo":1}', /記録の形ではありません.*foo/],
    ['input.json', '{"input":{}}', /記録が1件もありません/],
    ['damaged-row.json', doc((l) => { l[1] = 42; }), /2(件目|か月目).*記録の形ではありません/],
    ['bad-value.json', doc((l) => { l[0][firstTyped(l[0])] = 'x%'; }), /1(件目|か月目)の/],
    ['unknown-column.json', doc((l) => { l[0].colour = 'red'; }), /colour/],
    ['too-many.json', doc((l) => { while (l.length < 5000) l.push(l[0]); }), /までです。このファイルには5,000件あります/],
    ['too-many.csv', csv + Array(5000).fill(csv.trim().split(/\r?\n/)[1]).join('\r\n') + '\r\n', /までです。このファイルには5,00\d件あります/],
    ['bad-cell.csv', csv.replace(/(\r?\n)[^,\r\n]*/, '$1not-a-date'), /2行目 1(件目|か月目)/],
  ];
  for (const [name, text, says] of bad) {
    const notice = await importFile(page, name, text);
    assert.match(notice, says, `${route}: ${name}`);
    assert.match(notice, /保存済みのデータは変更していません/, `${route}: ${name}`);
    assert.doesNotMatch(notice, /読み込みました|\w+\[\d+\]/, `${route}: ${name}: ${notice}`);
    page = await unchanged(route, page, base, name);
  }

  // A link that cannot be read: says so, offers no replace, shows the saved records.
  page = await h.open(`${route}?v=1&rows=%5Bbroken`);
  assert.match(await page.textContent('.link-notice'), /読み取れませんでした/);
  assert.equal(await page.locator('.link-preview').count(), 0);
  assert.equal(await page.locator('text=リンクの記録に置き換える').count(), 0);
  assert.equal(await rowCount(page), base.rows);
  page = await unchanged(route, page, base, 'a broken link');

  // Another person's plan in a link: its own plan as a preview, never saved on its own.
  const foreign = foreignLink(page.url());
  page = await h.open(foreign);
  await page.locator('.link-preview').waitFor();
  assert.match(await page.textContent('.link-preview'), /リンクの内容を表示中/);
  assert.equal(await rowCount(page), base.rows - 1, `${route}: the link's own rows`);
  await settle(page);
  assert.equal(await saved(page), base.saved, `${route}: a link's plan is not saved`);
  page = await h.open(foreign);
  assert.equal(await page.locator('.link-preview').count(), 1, `${route}: the same link again: a preview again`);
  await page.click('.link-preview .link-back');
  assert.equal(await rowCount(page), base.rows);
  page = await unchanged(route, page, base, 'a foreign link, then 保存した記録に戻る');
  // Taken by choice (保存する), and undone.
  page = await h.open(foreign);
  page = await replacedThenUndone(route, page, (p) => p.click('.link-preview .link-save'), '保存する (a link)');

  // The example, the empty plan, deleting all: by choice, each undone.
  const replacing = /^(例を使う|記入例を入れる|空から始める|すべての記録を削除)$/;
  const visible = () => page.$$eval('main button', (bs) => bs.filter((b) => b.offsetParent !== null).map((b) => b.textContent.trim()));
  const button = (label) => page.locator('main button', { hasText: new RegExp(`^${label}$`) }).first();
  const tried = new Set();
  const tryEach = async () => {
    for (let round = 0; round < 5; round++) {
      const label = (await visible()).find((l) => replacing.test(l) && !tried.has(l));
      if (!label) return;
      tried.add(label);
      page = await replacedThenUndone(route, page, () => button(label).click(), label);
    }
  };
  await tryEach();
  // A button shown only on an empty list (the pharmacist's example): from empty, undone to empty,
  // then the export brings the records back.
  const clear = (await visible()).find((l) => /^(すべての記録を削除|空から始める)$/.test(l));
  if (clear) {
    await button(clear).click();
    await settle(page);
    await tryEach();
    const notice = await importFile(page, 'export.json', JSON.stringify(exported));
    assert.match(notice, /読み込みました/);
    page = await unchanged(route, page, base, 'importing the export');
  }
  return tried;
}

test('records are never changed but by the person: imports, links, example, empty, delete all, undo', async () => {
  const found = {};
  for (const route of await h.sitePages()) {
    const page = await h.open(route);
    if ((await page.locator('.records-bar').count()) === 0) continue;
    found[route] = [...await checkPage(route)];
  }
  assert.deepEqual(Object.keys(found).sort(), ['/cell-therapy', '/patient/year', '/pharmacist']);
  assert.deepEqual(found['/patient/year'].sort(), ['例を使う', '空から始める'].sort());
  assert.ok(found['/pharmacist'].includes('すべての記録を削除') && found['/pharmacist'].includes('記入例を入れる'));
  assert.deepEqual(h.problems, []);
});

test('a deleted row can be undone; the undo line says what it brings back', async () => {
  const page = await h.open('/patient/year');
  await page.evaluate(() => localStorage.clear());
  await h.open('/patient/year');
  await settle(page);
  const before = await saved(page);
  const second = await unfold(page.locator('main fieldset.row-card').nth(1));
  await second.locator('button.delete-row').click();
  await page.locator('.undo-line').waitFor();
  assert.match(await page.textContent('.undo-line'), /記録を削除しました/);
  await page.click('.undo-line button.undo');
  await settle(page);
  assert.equal(await saved(page), before);
  assert.equal(await rowCount(page), 3);
  assert.deepEqual(h.problems, []);
});

test('English: the preview and the refusal read in English', async () => {
  const page = await h.open('/pharmacist');
  await page.evaluate(() => localStorage.clear());
  await h.open('/pharmacist');
  await page.click('.lang-switch button[lang="en"]');
  await page.click('main button:has-text("Fill in an example")');
  await settle(page);
  const notice = await importFile(page, 'foo.json', '{"foo":1}');
  assert.match(notice, /not a records file of this page \(unknown: foo\)\. Nothing saved was changed\./);
  const rows = JSON.stringify([['2023-07-01', 0, 360, null, 'x']]);
  await h.open(`/pharmacist?v=1&rows=${encodeURIComponent(rows)}`);
  assert.match(await page.textContent('.link-preview'), /Showing the link's plan/);
  assert.match(await page.textContent('.link-preview .link-save'), /Save/);
  await page.click('.lang-switch button[lang="ja"]');
  assert.deepEqual(h.problems, []);
});

test('an import whose reader does not load changes nothing and says so; choosing the file again imports it', async () => {
  // The reader of an imported file is its own wasm chunk (crate-web records.rs `read_file`), loaded
  // when a file is chosen. Without the service worker, so the chunk's request can be refused.
  const hb = await start({ serviceWorkers: 'block' });
  try {
    const route = '/patient/year';
    const reader = /\/split_records_import\.wasm$/;
    let page = await hb.open(route);
    await page.evaluate(() => localStorage.clear());
    page = await hb.open(route);
    await settle(page);
    const before = await saved(page);
    assert.ok(before, 'the example plan is saved');
    const exported = JSON.parse(await download(page, 'JSONで書き出す'));
    const list = Object.keys(exported.input).find((k) => Array.isArray(exported.input[k]) && exported.input[k].length > 1);
    exported.input[list].pop();
    assert.equal(hb.requests.filter((u) => reader.test(u)).length, 0, 'the reader is not loaded before a file is chosen');

    await page.route(reader, (r) => r.abort());
    const refused = await importFile(page, 'plan.json', JSON.stringify(exported));
    assert.match(refused, /ファイルを読み込む機能を読み込めませんでした.*保存済みのデータは変更していません/);
    await settle(page);
    assert.equal(await saved(page), before, 'nothing saved changed');
    assert.equal(await page.locator('.undo-line').count(), 0, 'nothing was replaced');

    // In the same page (the loader's retry, not a reload); the notice's text changes in place.
    await page.unroute(reader);
    await page.setInputFiles('main input[type="file"]', { name: 'plan.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
    await page.waitForFunction(() => /読み込みました/.test(document.querySelector('.import-notice')?.textContent || ''));
    await settle(page);
    const now = JSON.parse(await saved(page));
    assert.equal(now[list].length, exported.input[list].length, 'the second choice of the file is imported');
    // The refused request is logged by the browser and by the chunk loader; nothing else went wrong.
    const others = hb.problems.filter((p) => !/net::ERR_FAILED|Failed to fetch/.test(p));
    assert.deepEqual(others, []);
  } finally {
    await hb.close();
  }
});
