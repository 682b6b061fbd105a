// Keyboard only: on every calculator page, reach a control with Tab alone, change it with the
// keyboard, and find the computed result updated — no mouse anywhere.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start } from './harness.mjs';

// What to reach on each page and which keys complete a calculation there.
const PAGES = [
  { route: '/jmdp/fees', target: 'input[name="donors_screened"]', keys: ['Control+A', '3'], expect: /139,000円/ },
  { route: '/jmdp/exemption', target: 'main input[type="text"]', keys: ['Control+A', '5', '0', '0', '0', '0'] },
  { route: '/jmdp/split', target: 'main input[type="text"]', keys: ['Control+A', '7', '0', '0', '0', '0'] },
  { route: '/patient', target: 'main input[type="text"]', keys: ['Control+A', '2'] },
  { route: '/patient/year', target: 'main input[type="text"]', keys: ['Control+A', '5', '0'], expect: /73,500円/ },
  { route: '/advanced/burden', target: 'main input[type="text"]', keys: ['Control+A', '6', '0', '0', '0', '0', '0'] },
  { route: '/advanced/cost-basis', target: 'main input[type="text"]', keys: ['Control+A', '9', '9'] },
  { route: '/hctc', target: 'main input[type="text"]', keys: ['Control+A', '1', '5'] },
  { route: '/pharmacist', target: 'main button.add-row', keys: ['Enter'] },
  { route: '/cell-therapy', target: 'main select', keys: ['ArrowDown'] },
];

let h;
before(async () => { h = await start(); });
after(async () => { await h?.close(); });

for (const p of PAGES) {
  test(`keyboard only: ${p.route} computes after Tab and typing`, async () => {
    const page = await h.open(p.route);
    const before = await page.innerText('main');
    let reached = false;
    for (let i = 0; i < 120 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate((sel) => {
        const el = document.activeElement;
        if (!el || !el.matches(sel)) return false;
        // The first matching control in document order is the one meant.
        return document.querySelector(sel) === el;
      }, p.target);
    }
    assert.ok(reached, `${p.route}: Tab reaches ${p.target}`);
    for (const k of p.keys) await page.keyboard.press(k);
    await page.waitForFunction((b) => document.querySelector('main').innerText !== b, before, { timeout: 5000 });
    const after = await page.innerText('main');
    assert.notEqual(after, before, `${p.route}: the page changed`);
    if (p.expect) assert.match(after, p.expect);
    assert.doesNotMatch(after, /入力を確認してください/, `${p.route}: no input error after typing`);
  });
}

test('keyboard only: no console errors', () => {
  assert.deepEqual(h.problems, []);
});
