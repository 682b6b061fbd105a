// Layout on a phone and on a desktop, in the release build: no page wider than a 360 px screen
// (every page the app lists, in Japanese and English, with their examples, every HCTC route and a
// pharmacist renewal verdict); nothing moves when a field gets the focus (a help shown on focus
// moved the button under the finger); /patient/year with its summary first on a 390 × 844 phone,
// at most 8 screens tall with the month cards folded, few Tabs to "＋ 月を追加", each month's
// figures without sideways scrolling at 360 px and the months table inside its box at 1,280 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, typeInto } from './harness.mjs';

let h;
before(async () => { h = await start(); });
after(async () => { await h?.close(); });

/** What sticks out of the screen: the document's own width, any box past either edge, any
 *  sideways-scrolling box, any text past the right edge, and text squeezed to a character or two
 *  a line (細則第4条第5項 in a 26 px column). Boxes clipped on purpose (visually hidden, the skip
 *  link) do not count. */
async function overflow(page) {
  return page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const out = [];
    const name = (el) => {
      let s = el.tagName.toLowerCase();
      if (el.id) s += `#${el.id}`;
      if (typeof el.className === 'string' && el.className.trim()) s += `.${el.className.trim().split(/\s+/).join('.')}`;
      for (const a of ['data-col', 'data-key', 'data-req', 'data-month']) if (el.hasAttribute(a)) s += `[${a}=${el.getAttribute(a)}]`;
      return s;
    };
    const offscreenOnPurpose = (el) => {
      for (let a = el; a && a !== document.body; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (s.clip === 'rect(0px, 0px, 0px, 0px)' || a.classList.contains('skip') || s.visibility === 'hidden') return true;
      }
      return false;
    };
    const width = document.documentElement.scrollWidth;
    if (width > vw) out.push(`the document is ${width}px wide`);
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (!r.width || !r.height || offscreenOnPurpose(el)) continue;
      if (r.right > vw + 0.5 || r.left < -0.5) out.push(`${name(el)} spans ${Math.round(r.left)}..${Math.round(r.right)}`);
      const s = getComputedStyle(el);
      if (/(auto|scroll)/.test(s.overflowX) && el.scrollWidth > el.clientWidth + 1) {
        out.push(`${name(el)} scrolls sideways (${el.scrollWidth} in ${el.clientWidth})`);
      }
    }
    const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let t = walk.nextNode(); t; t = walk.nextNode()) {
      const text = t.textContent.trim();
      if (!text || !t.parentElement || offscreenOnPurpose(t.parentElement)) continue;
      const range = document.createRange();
      range.selectNodeContents(t);
      const rects = [...range.getClientRects()].filter((q) => q.width > 0);
      if (!rects.length) continue;
      const right = Math.max(...rects.map((q) => q.right));
      if (right > vw + 0.5) out.push(`text «${text.slice(0, 30)}» in ${name(t.parentElement)} reaches ${Math.round(right)}`);
      const lines = new Set(rects.map((q) => Math.round(q.top))).size;
      if (text.length >= 5 && lines >= 3 && text.length / lines <= 2.5) {
        out.push(`text «${text.slice(0, 30)}» in ${name(t.parentElement)} is squeezed to ${lines} lines`);
      }
    }
    return [...new Set(out)];
  });
}

/** Every page the app lists (the home page's cards), the home page and an unknown path. */
async function sitePages() {
  const listed = await h.sitePages();
  assert.ok(listed.length >= 10, `the home page lists ${listed.length} pages`);
  return ['/', ...listed, '/no-such-page'];
}

async function setLang(page, lang) {
  await page.click(`.lang-switch button[lang="${lang}"]`);
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
  await page.waitForTimeout(50);
}

/** A fresh page at `path` (nothing saved). */
async function fresh(page, path) {
  await h.open(path);
  await page.evaluate(() => localStorage.clear());
  await h.open(path);
  await page.waitForTimeout(200);
}

// A fold draws what it holds on its `toggle` (crate-web components.rs `LazyDetails`): a task after the
// change, then a frame.
const openAll = (page) => page.evaluate(async () => {
  document.querySelectorAll('main details').forEach((d) => { d.open = true; });
  await new Promise((r) => setTimeout(r, 0));
  await new Promise((r) => requestAnimationFrame(() => r()));
});

test('360 px: no page is wider than the screen, in Japanese and English, with examples, every HCTC route and a renewal verdict', async () => {
  const page = h.page;
  await page.setViewportSize({ width: 360, height: 800 });
  const found = [];
  const check = async (label) => {
    for (const lang of ['ja', 'en']) {
      await setLang(page, lang);
      for (const o of await overflow(page)) found.push(`${label} (${lang}): ${o}`);
    }
    await setLang(page, 'ja');
  };
  const paths = await sitePages();
  for (const p of paths) {
    await fresh(page, p);
    await openAll(page);
    await check(p);
    // A page with an example to fill in is checked with it too.
    const example = page.locator('main button', { hasText: /^記入例を入れる$/ });
    if (await example.count()) {
      await example.first().click();
      await openAll(page);
      await check(`${p} with its example`);
    }
  }
  // Every HCTC route.
  await fresh(page, '/hctc');
  for (const route of await page.$$eval('#hctc-check option', (os) => os.map((o) => o.value))) {
    await page.selectOption('#hctc-check', route);
    await check(`/hctc ${route}`);
  }
  await typeInto(page, '#hctc-patient_cases', '3'); // a shortfall line under a requirement
  await check('/hctc with a shortfall');
  // The pharmacist renewal verdict with its application and expiry dates.
  await fresh(page, '/pharmacist');
  await page.click('text=記入例を入れる');
  await page.selectOption('#pharmacist_credits-mode', 'renewal');
  await page.fill('#pharmacist_credits-certified_date', '2023-04-01');
  await page.locator('.ph-reqs').waitFor();
  await check('/pharmacist renewal');
  await page.setViewportSize({ width: 1024, height: 800 });
  assert.deepEqual(found, []);
  assert.deepEqual(h.problems, []);
});

/** Document positions of every field and button (what a tap aims at). */
const boxes = (page) => page.evaluate(() => [...document.querySelectorAll('main .field, main button, main a')]
  .filter((e) => e.getClientRects().length)
  .map((e) => { const r = e.getBoundingClientRect(); return `${Math.round(r.left)},${Math.round(r.top + scrollY)},${Math.round(r.width)}x${Math.round(r.height)}`; }));

test('360 px: focusing a field moves nothing on any page (help text does not appear on focus)', async () => {
  const page = h.page;
  await page.setViewportSize({ width: 360, height: 800 });
  const moved = [];
  for (const p of await sitePages()) {
    await fresh(page, p);
    const example = page.locator('main button', { hasText: /^記入例を入れる$/ });
    if (await example.count()) await example.first().click();
    await openAll(page);
    await page.evaluate(() => document.activeElement?.blur());
    const still = await boxes(page);
    const ids = await page.$$eval('main .field :is(input, select)', (es) => es.filter((e) => e.id && e.getClientRects().length).map((e) => e.id));
    for (const id of ids) {
      await page.focus(`[id="${id}"]`);
      const now = await boxes(page);
      if (JSON.stringify(now) !== JSON.stringify(still)) moved.push(`${p}: focusing #${id} moved the page`);
      await page.evaluate(() => document.activeElement?.blur());
    }
  }
  await page.setViewportSize({ width: 1024, height: 800 });
  assert.deepEqual(moved, []);
  assert.deepEqual(h.problems, []);
});

test('pharmacist: a field with the focus does not move “＋ 記録を追加”; tapping it adds a record every time (12 of 12)', async () => {
  const page = h.page;
  await page.setViewportSize({ width: 360, height: 800 });
  await fresh(page, '/pharmacist');
  const add = page.locator('#ph-records-add');
  const count = () => page.locator('fieldset.row-card').count();
  // The last record's minutes (a field with help) has the focus, as when its time was just typed.
  const focusLast = (n) => page.evaluate((i) => document.querySelector(`fieldset.row-card[data-row="${i}"] [data-col="minutes"] input`)?.focus(), n - 1);
  const top = () => page.evaluate(() => document.querySelector('#ph-records-add').getBoundingClientRect().top + scrollY);
  for (let i = 0; i < 12; i++) {
    const before = await count();
    if (before > 0) {
      await focusLast(before);
      await page.keyboard.type('90');
    }
    await page.evaluate(() => document.activeElement?.blur());
    const still = await top();
    await focusLast(before);
    assert.equal(await top(), still, `add ${i + 1}: the button moved when the field got the focus`);
    await add.scrollIntoViewIfNeeded();
    const box = await add.boundingBox();
    // A tap where the button was while the field had the focus.
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForFunction((n) => document.querySelectorAll('fieldset.row-card').length === n, before + 1, { timeout: 2000 })
      .catch(() => {});
    assert.equal(await count(), before + 1, `tap ${i + 1} added a record`);
  }
  await page.setViewportSize({ width: 1024, height: 800 });
  assert.deepEqual(h.problems, []);
});

test('year at 390 × 844: the summary first (total on the first screen), at most 8 screens tall with the months folded, few Tabs to “＋ 月を追加”', async () => {
  const page = h.page;
  await page.setViewportSize({ width: 390, height: 844 });
  for (const lang of ['ja', 'en']) {
    await fresh(page, '/patient/year');
    await setLang(page, lang);
    await page.waitForSelector('.yr-summary .figure[data-key="total_out_of_pocket_yen"]');
    const m = await page.evaluate(() => ({
      height: document.documentElement.scrollHeight,
      total: document.querySelector('.figure[data-key="total_out_of_pocket_yen"]').getBoundingClientRect().bottom + scrollY,
      open: document.querySelectorAll('fieldset.row-card details[open]').length,
      cards: document.querySelectorAll('fieldset.row-card').length,
    }));
    assert.equal(m.cards, 3);
    assert.equal(m.open, 0, 'the example months start folded');
    assert.ok(m.height <= 8 * 844, `${lang}: the page is ${m.height}px tall (${(m.height / 844).toFixed(1)} screens)`);
    assert.ok(m.total <= 844, `${lang}: the total ends at ${m.total}px, below the first screen`);
    // The folded months say the month and what is finally borne.
    const line = await page.textContent('fieldset.row-card[data-row="2"] summary');
    assert.match(line, lang === 'ja' ? /2026年9月.*最終的な負担.*343,940円/ : /2026-09.*Finally borne.*343,940 yen/);
    // The insurer's part is named as the insurer's, not as money coming to the family.
    assert.match(await page.textContent('.figure[data-key="total_benefit_yen"] .figure-label'), lang === 'ja' ? /保険者/ : /insurer/);
  }
  await setLang(page, 'ja');
  // What comes back and when: the deduction after the year; without a certificate, each month's benefit.
  assert.match(await page.textContent('.yr-back'), /2026年分の医療費控除 581,310円.*2027年の確定申告/);
  await page.setChecked('#patient_year-ceiling_certificate', false);
  await page.waitForFunction(() => /7月分の高額療養費 647,570円/.test(document.querySelector('.yr-back')?.textContent || ''));
  assert.match(await page.textContent('.yr-when li[data-month="2026-07"]'), /病院の窓口 774,750円/);
  assert.match(await page.textContent('.figure[data-key="total_benefit_yen"] .figure-label'), /あとで戻る/);
  // The skip links reach the summary and the months.
  await page.click('.yr-skip a[href="#yr-rows"]');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'yr-rows');
  assert.match(page.url(), /\/patient\/year/);
  await page.click('.yr-skip a[href="#yr-summary"]');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'yr-summary');
  // Keyboard: from the top of the page to the add button (78 Tabs before the months folded).
  await fresh(page, '/patient/year');
  let tabs = 0;
  while (tabs < 100 && !(await page.evaluate(() => document.activeElement?.matches('.yr-months .add-row')))) {
    await page.keyboard.press('Tab');
    tabs++;
  }
  assert.ok(tabs <= 30, `${tabs} Tabs to “＋ 月を追加”`);
  await page.setViewportSize({ width: 1024, height: 800 });
  assert.deepEqual(h.problems, []);
});

test('year: each month’s figures at 360 px without sideways scrolling; the months table inside its box at 1,280 px (ja, en)', async () => {
  const page = h.page;
  await page.setViewportSize({ width: 360, height: 800 });
  await fresh(page, '/patient/year');
  for (const lang of ['ja', 'en']) {
    await setLang(page, lang);
    await openAll(page);
    assert.equal(await page.locator('.yr-month-result').count(), 3);
    assert.equal(await page.textContent('.yr-month-result[data-month="2026-07"] [data-col="benefit"] dd'), lang === 'ja' ? '647,570円' : '647,570 yen');
    assert.equal(await page.textContent('.yr-month-result[data-month="2026-09"] [data-col="out_of_pocket"] dd'), lang === 'ja' ? '343,940円' : '343,940 yen');
    assert.deepEqual(await overflow(page), [], lang);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const lang of ['ja', 'en']) {
    await setLang(page, lang);
    await page.locator('.yr-month-table').waitFor();
    const fit = await page.evaluate(() => {
      const box = document.querySelector('.yr-months-result .table-scroll');
      const last = [...document.querySelectorAll('.yr-month-table [data-col="out_of_pocket"]')].map((c) => c.getBoundingClientRect().right);
      return { scroll: box.scrollWidth, client: box.clientWidth, right: box.getBoundingClientRect().right, last: Math.max(...last) };
    });
    assert.ok(fit.scroll <= fit.client, `${lang}: the table is ${fit.scroll}px in a ${fit.client}px box`);
    assert.ok(fit.last <= fit.right + 0.5, `${lang}: 最終的な負担 ends at ${fit.last}, the box at ${fit.right}`);
  }
  await setLang(page, 'ja');
  await page.setViewportSize({ width: 1024, height: 800 });
  assert.deepEqual(h.problems, []);
});

test('hctc: a fresh page waits for the score (no red 不合格 before anything is typed); each note once in 内訳', async () => {
  const page = h.page;
  await fresh(page, '/hctc');
  const verdict = page.locator('.verdict');
  assert.match(await verdict.textContent(), /まだ判定していません/);
  assert.equal(await page.getAttribute('.verdict', 'class'), 'verdict pending');
  assert.doesNotMatch(await page.textContent('.verdict-panel'), /[✓✗]|不合格/);
  assert.match(await page.textContent('.req[data-req="written_correct"]'), /15以上/);
  await page.click('.lang-switch button[lang="en"]');
  assert.match(await verdict.textContent(), /Not checked yet/);
  await page.click('.lang-switch button[lang="ja"]');
  await page.locator('#hctc-correct').fill('');
  await page.locator('#hctc-correct').type('14');
  await page.waitForFunction(() => /不合格/.test(document.querySelector('.verdict').textContent));
  await page.locator('#hctc-correct').fill('0');
  assert.match(await verdict.textContent(), /^✗ 不合格/, 'a 0 typed is an answer');
  // 内訳: a note says its text once (the label column says it is a note).
  const notes = await page.$$eval('.trace tr[data-key^="note."]', (rs) => rs.map((r) => [...r.cells].map((c) => c.textContent)));
  assert.ok(notes.length >= 2);
  for (const [label, formula] of notes) {
    assert.equal(label, '注意事項');
    assert.notEqual(formula, label);
  }
  assert.deepEqual(h.problems, []);
});

test('English reads in English: amounts without 件・単位・円, “about 1 month”, bracket U (not U (ウ))', async () => {
  const page = h.page;
  const leaks = [];
  for (const p of await sitePages()) {
    await fresh(page, p);
    const example = page.locator('main button', { hasText: /^記入例を入れる$/ });
    if (await example.count()) await example.first().click();
    await setLang(page, 'en');
    await openAll(page);
    const texts = await page.evaluate(() => {
      const amounts = [...document.querySelectorAll('main :is(.trace td.num, .figure-value, .yr-month-result dd, .req-figures, .ph-req-figures)')]
        .map((e) => e.textContent.trim());
      // A rule used: "label: amount (from〜until) source" — the amount only.
      for (const li of document.querySelectorAll('main .rules-used li')) amounts.push(li.textContent.split(': ').slice(1).join(': ').split(' (')[0]);
      return amounts.filter((t) => /\d\s*(件|単位|円|人|回|か月|点)/.test(t));
    });
    for (const t of texts) leaks.push(`${p}: ${t}`);
    const main = await page.textContent('main');
    for (const bad of [/\(s\)/, /bracket [AIUEO] \([ア-オ]\)/i, /bracket [ア-オ]/i]) {
      if (bad.test(main)) leaks.push(`${p}: ${main.match(bad)[0]}`);
    }
    await setLang(page, 'ja');
  }
  assert.deepEqual(leaks, []);
  await fresh(page, '/jmdp/exemption');
  await setLang(page, 'en');
  assert.match(await page.textContent('main'), /about 1 month after the documents arrive/);
  await h.open('/hctc');
  assert.match(await page.textContent('.trace tr[data-key="questions"] td.num'), /^25$/);
  await setLang(page, 'ja');
  assert.deepEqual(h.problems, []);
});
