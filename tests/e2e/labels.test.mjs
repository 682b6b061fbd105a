// Sources a reader can follow, in the release build: nothing in the built site names the team's
// files (no "seed 003" label, no source file name, no RULES.md or FACTS-2026 — in any file, the
// wasm read as bytes); the rules page lists the documents, each with a page of its figures (its
// citation, currency and users), filters every figure as one types, and a result's "rules used"
// link lands on its row on its document's page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { start, ROOT_DIR, typeInto } from './harness.mjs';

let h;
before(async () => { h = await start(); });
after(async () => { await h?.close(); });

function files(dir) {
  return fs.readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

const TEAM_WORDS = [
  [/seed ?0\d\d/i, 'a "seed" label'],
  [/\b00[0-4]_[0-9a-f]{16}\b/, 'a source file name'],
  [/RULES\.md/, 'RULES.md'],
  [/FACTS-2026/, 'FACTS-2026'],
];

test('no file of the built site names the team\'s files (every file, the wasm as bytes)', () => {
  const all = files(ROOT_DIR);
  assert.ok(all.some((f) => f.endsWith('.wasm')) && all.some((f) => f.endsWith('index.html')), `built site at ${ROOT_DIR}`);
  const found = [];
  for (const f of all) {
    // latin1 keeps every byte as one character: the patterns are ASCII, found wherever they are.
    const text = fs.readFileSync(f).toString('latin1');
    for (const [re, what] of TEAM_WORDS) {
      const m = text.match(re);
      if (m) found.push(`${path.relative(ROOT_DIR, f)}: ${what} (${JSON.stringify(m[0])})`);
    }
  }
  assert.deepEqual(found, []);
  // The check sees what it looks for: the citations are in the wasm.
  const wasm = all.filter((f) => f.endsWith('.wasm')).map((f) => fs.readFileSync(f).toString('utf8')).join('');
  assert.ok(wasm.includes('参考資料2-13 4.') && wasm.includes('最終同意等調整料'), 'the citations are in the built wasm');
});

const FINAL = 'jmdp.fees.final_consent_coordination@2022-12-01';
const row = (page, anchor) => page.locator(`tr[id="${anchor}"]`);

const JMDP = '/rules/jmdp-guide';

test('rules: the documents listed, each with a page of its figures — citation, currency note, calculators, each figure with its version and place', async () => {
  const page = await h.open('/rules');
  // The index: each document a link to its page, with how many figures and who uses them; no rows.
  const docs = await page.locator('.rules-docs li a[href^="/rules/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.ok(docs.length >= 10 && docs.includes(JMDP) && docs.includes('/rules/health-insurance-order'), docs.join(' '));
  assert.match(await page.locator('.rules-docs li', { has: page.locator(`a[href="${JMDP}"]`) }).textContent(),
    /日本骨髄バンク 医事課向け説明書（第5版） — \d+件。使う計算: 骨髄バンク 患者負担金, /);
  assert.equal(await page.locator('.rules-doc').count(), 0);
  // A document's page, reached by its link.
  await page.click(`.rules-docs a[href="${JMDP}"]`);
  await page.waitForURL((u) => u.pathname === JMDP);
  await page.waitForSelector('.rules-doc');
  assert.match(await page.textContent('main h1'), /^日本骨髄バンク 医事課向け説明書（第5版）$/);
  assert.match(await page.textContent('.rules-doc h2'), /非血縁者間骨髄移植・採取.*〜医事課の方へ〜（第5版）/);
  const jmdp = page.locator('.rules-doc');
  assert.match(await jmdp.locator('.doc-cite').textContent(), /^公益財団法人日本骨髄バンク『.*（第5版）』（2023年8月）/);
  assert.match(await jmdp.locator('.doc-currency').textContent(), /2026-12に確認: .*変更は見つかっていません/);
  const users = await jmdp.locator('.doc-users a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(users, ['/jmdp/fees', '/jmdp/exemption', '/jmdp/split', '/patient', '/patient/year']);
  const fee = row(page, FINAL);
  assert.match(await fee.textContent(), /最終同意等調整料.*41,000円.*2022-12-01〜.*参考資料2-13 4\. p\.31.*「最終同意等調整料」/);
  assert.equal(await fee.locator('.confidence').count(), 0);
  // English.
  await page.click('.lang-switch button[lang="en"]');
  await page.waitForURL((u) => u.pathname === `/en${JMDP}`);
  await page.waitForFunction(() => /^JMDP billing guide/.test(document.querySelector('main h1').textContent));
  assert.match(await jmdp.locator('.doc-cite').textContent(), /^Japan Marrow Donor Program \(JMDP\), .*\(5th ed\.\) \(Aug 2023\)/);
  assert.match(await jmdp.locator('.doc-currency').textContent(), /^Checked 2026-12: /);
  assert.match(await fee.textContent(), /Final-consent coordination fee.*41,000 yen/);
  await page.click('.lang-switch button[lang="ja"]');
  // Every figure is on one document's page, once, with a unique anchor; a figure from outside the
  // documents says how sure it is where that is below high.
  const anchors = [];
  for (const doc of docs) {
    await h.open(doc);
    await page.waitForSelector('.rules-doc tbody tr');
    anchors.push(...await page.locator('.rules-doc tbody tr').evaluateAll((trs) => trs.map((t) => t.id)));
    if (doc === '/rules/mhlw-high-cost-2026' || doc === '/rules/health-insurance-order') {
      const r = row(page, 'advanced.high_cost.over70.genekinami3.pay_from@2018-08-01');
      if (await r.count()) assert.match(await r.textContent(), /確度: 中/);
    }
  }
  assert.ok(anchors.length > 200, `${anchors.length} rows`);
  assert.equal(new Set(anchors).size, anchors.length);
  assert.ok(anchors.every((a) => /^[a-z0-9_.]+@\d{4}-\d{2}-\d{2}$/.test(a)), anchors.find((a) => !/@/.test(a)));
  assert.ok(anchors.includes('advanced.high_cost.over70.genekinami3.pay_from@2018-08-01'));
  assert.deepEqual(h.problems, []);
});

test('rules: the filter lists the figures of every document that match as one types (label, id, value, section) and says how many', async () => {
  const page = await h.open('/rules');
  const count = page.locator('#rules-count');
  assert.equal(await count.getAttribute('role'), 'status');
  assert.equal(await page.getAttribute('#rules-filter', 'placeholder'), '例: 最終同意、41000、第9条');
  const total = Number((await count.textContent()).match(/^(\d+)件中(\d+)件を表示$/)[1]);
  assert.ok(total > 200, `${total}`);
  const visible = () => page.locator('.rules-doc tbody tr:visible').evaluateAll((trs) => trs.map((t) => t.id));
  assert.equal((await visible()).length, 0);
  await typeInto(page, '#rules-filter', '最終同意');
  await page.waitForFunction(() => !/^(\d+)件中\1件/.test(document.querySelector('#rules-count').textContent));
  let shown = await visible();
  assert.ok(shown.includes(FINAL) && shown.length < 10, shown.join(' '));
  assert.equal(await count.textContent(), `${total}件中${shown.length}件を表示`);
  // By value (digits as typed, full-width too), by id, by section; words narrow together; across documents.
  for (const [q, expected] of [['41000', FINAL], ['４１，０００', FINAL], ['final_consent', FINAL], ['参考資料2-13 4.', FINAL],
    ['細則第9条第1項(1)', 'hctc.renewal.certified.patient_cases@2019-04-01']]) {
    await typeInto(page, '#rules-filter', q);
    await page.waitForFunction((a) => document.getElementById(a) && !document.getElementById(a).hidden, expected);
    shown = await visible();
    assert.ok(shown.includes(expected) && shown.length < 20, `${q}: ${shown.join(' ')}`);
  }
  // Nothing matches: every document is hidden and the count says 0.
  await typeInto(page, '#rules-filter', 'zzzz-no-such-rule');
  await page.waitForFunction(() => /中0件を表示/.test(document.querySelector('#rules-count').textContent));
  assert.equal(await page.locator('.rules-doc:visible').count(), 0);
  await typeInto(page, '#rules-filter', '');
  await page.waitForFunction((n) => document.querySelector('#rules-count').textContent === `${n}件中${n}件を表示`, total);
  assert.equal((await visible()).length, 0);
  // On a document's page the filter narrows that document's figures.
  await h.open(JMDP);
  const own = Number((await count.textContent()).match(/^(\d+)件中/)[1]);
  assert.ok(own < total && own > 10, `${own} of ${total}`);
  await typeInto(page, '#rules-filter', '41000');
  await page.waitForFunction((n) => document.querySelector('#rules-count').textContent === `${n}件中1件を表示`, own);
  assert.ok(await row(page, FINAL).isVisible());
  assert.deepEqual(h.problems, []);
});

test('rules: a result\'s "rules used" links each version to its row on its document\'s page, and the link lands on it', async () => {
  const page = await h.open('/jmdp/fees');
  await page.click('.rules-used summary');
  const link = page.locator('.rules-used a', { hasText: '最終同意等調整料' });
  assert.equal(await link.getAttribute('href'), `${JMDP}#${FINAL}`);
  const hrefs = await page.locator('.rules-used li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.ok(hrefs.length > 3 && hrefs.every((x) => /^\/rules\/jmdp-guide#jmdp\.[a-z_.]+@\d{4}-\d{2}-\d{2}$/.test(x)), hrefs.join(' '));
  // The citation shown with it is the document's short name, section, quote and page.
  assert.match(await page.locator('.rules-used li').filter({ has: page.locator('a', { hasText: '最終同意等調整料' }) }).locator('.source').textContent(),
    /^日本骨髄バンク 医事課向け説明書（第5版） 参考資料2-13 4\.「最終同意等調整料」 p\.31$/);
  await link.click();
  await page.waitForURL((u) => u.pathname === JMDP && decodeURIComponent(u.hash) === `#${FINAL}`);
  await page.waitForFunction((a) => document.activeElement && document.activeElement.id === a, FINAL);
  const target = row(page, FINAL);
  assert.equal(await target.getAttribute('data-target'), '');
  const box = await target.boundingBox();
  const viewport = page.viewportSize();
  // Scrolled into view: within the viewport, give or take the sub-pixel a scroll may leave (y −0.34).
  assert.ok(box && box.y >= -1 && box.y + box.height <= viewport.height + 1, `row at ${JSON.stringify(box)}`);
  // Opened directly (a shared link), the page lands on the row too.
  await page.goto(`${h.server.url}rules/hctc-bylaws#hctc.renewal.certified.patient_cases@2019-04-01`);
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'hctc.renewal.certified.patient_cases@2019-04-01');
  assert.deepEqual(h.problems, []);
});

test('rules: 360 px wide without sideways scrolling, and the filter reached by keyboard', async () => {
  const page = await h.open('/rules');
  await page.setViewportSize({ width: 360, height: 800 });
  for (const at of ['/rules', JMDP]) {
    await h.open(at);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 360, `${at} is ${width}px wide`);
  }
  await h.open('/rules');
  // From the skip link, Tab reaches the filter box; typing filters.
  await page.keyboard.press('Tab');
  let steps = 0;
  while (steps++ < 10 && !(await page.evaluate(() => document.activeElement?.id === 'rules-filter'))) {
    await page.keyboard.press('Tab');
  }
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'rules-filter');
  await page.keyboard.type('41000');
  await page.waitForFunction(() => !/^(\d+)件中\1件/.test(document.querySelector('#rules-count').textContent));
  assert.ok(await row(page, FINAL).isVisible());
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `the filtered index is ${width}px wide`);
  await page.setViewportSize({ width: 1024, height: 800 });
  assert.deepEqual(h.problems, []);
  assert.deepEqual(h.foreignRequests(), []);
});

// The currency line (components.rs currency): beside every result, one line per document it used,
// with its short name, edition or date and when it was checked, and what changed since where that
// is known (from core's sources.rs).
test('currency: each result names its documents, their date and "checked 2026-12", and a later revision where there is one', async () => {
  const lines = (page) => page.locator('.currency-lines .currency').allTextContents();
  for (const [route, ja, en] of [
    ['/jmdp/split', /^日本骨髄バンク 医事課向け説明書（第5版）（2023年8月）: 2026-12に確認。/, /^JMDP billing guide \(5th ed\.\) \(Aug 2023\): checked 2026-12\./],
    ['/pharmacist', /^研修認定薬剤師制度 実施要領（平成29年4月1日施行版）: 2026-12に確認。.*オンラインシステム（PECS）/, /^Certified pharmacist guidelines \(.*\): checked 2026-12\..*online system \(PECS\)/],
  ]) {
    const page = await h.open(route);
    await page.locator('.currency-lines .currency').first().waitFor();
    let all = await lines(page);
    assert.ok(all.some((t) => ja.test(t)), `${route}: ${all.join(' | ')}`);
    assert.ok(await page.locator('.currency-lines').isVisible(), `${route}: shown without opening anything`);
    // Each document once.
    assert.equal(new Set(all.map((t) => t.split(':')[0])).size, all.length, all.join(' | '));
    await page.click('.lang-switch button[lang="en"]');
    await page.waitForFunction(() => /checked 2026-12/.test(document.querySelector('.currency-lines')?.textContent || ''));
    all = await lines(page);
    assert.ok(all.some((t) => en.test(t)), `${route} en: ${all.join(' | ')}`);
    await page.click('.lang-switch button[lang="ja"]');
  }
  // HCTC, on a day after the training of 2020-12-01 began: the line tells of the later revision.
  const page = await h.open('/hctc');
  await typeInto(page, '#hctc-as_of', '2021-04-01');
  await page.waitForFunction(() => /HCTC認定制度細則/.test(document.querySelector('.currency-lines')?.textContent || ''));
  const hctc = (await lines(page)).find((t) => t.startsWith('HCTC認定制度細則'));
  assert.match(hctc, /^HCTC認定制度細則（2017年4月28日施行, 第一回改定 2019年4月1日）: 2026-12に確認。2020年9月23日、学会は規則の第三回改定・細則の第二回改定と、2020年12月1日からのHCTC認定研修/);
  await page.click('.lang-switch button[lang="en"]');
  await page.waitForFunction(() => /HCTC bylaws/.test(document.querySelector('.currency-lines')?.textContent || ''));
  const hctcEn = (await lines(page)).find((t) => t.startsWith('HCTC bylaws'));
  assert.match(hctcEn, /^HCTC bylaws \(.*\): checked 2026-12\. On 23 Sep 2020 the society announced the third revision .* from 1 Dec 2020/);
  await page.click('.lang-switch button[lang="ja"]');
  assert.deepEqual(h.problems, []);
});
