// A panic in the app never leaves a blank or dead page: a banner in Japanese and English says so
// and offers a plain link (no wasm needed) to the same page without the query, i.e. a reset form.
// Uses the test hook in crate-web/src/panic.rs: `__panic=1` in the query panics after mounting.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, SUB_DIR, SUB_PATH, mounted } from './harness.mjs';

let h;
before(async () => { h = await start(); });
after(async () => { await h?.close(); });

async function panicAndReset(s, prefix) {
  const page = s.page;
  const consoleErrors = [];
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  await page.goto(`${s.server.url}jmdp/fees?v=1&donors_screened=3&__panic=1`);
  const banner = page.locator('#panic-banner');
  await banner.waitFor({ timeout: 20000 });
  assert.equal(await banner.getAttribute('role'), 'alert');
  const ja = await banner.locator('[lang="ja"]').allTextContents();
  const en = await banner.locator('[lang="en"]').allTextContents();
  assert.match(ja.join(' '), /エラーが発生しました/);
  assert.match(ja.join(' '), /保存した記録は消えません/);
  assert.match(en.join(' '), /Something went wrong/);
  assert.match(en.join(' '), /saved records are kept/);
  assert.ok(await banner.isVisible());
  assert.ok(consoleErrors.some((t) => /panicked/.test(t) && /__panic=1/.test(t)), 'the panic is logged to the console');
  // Something saved before the crash survives the reset.
  await page.evaluate(() => localStorage.setItem('panic-test-kept', 'yes'));
  const link = banner.locator('a.panic-reset');
  assert.equal(await link.getAttribute('href'), `${prefix}jmdp/fees`);
  assert.match(await link.textContent(), /リセット.*Reset/);
  // Listen before clicking, and wait for the navigation to commit rather than for `load` (a
  // service worker installing in the background can hold `load` back); the app rendering its
  // heading below is what shows the reset page works.
  await Promise.all([
    page.waitForURL((u) => u.pathname === `${prefix}jmdp/fees` && u.search === '', { waitUntil: 'commit' }),
    link.click(),
  ]);
  await mounted(page, { timeout: 30000 });
  assert.equal(await page.locator('#panic-banner').count(), 0, 'the reloaded page has no banner');
  assert.equal(await page.inputValue('input[name="donors_screened"]'), '1', 'the form is back to its defaults');
  assert.equal(await page.evaluate(() => localStorage.getItem('panic-test-kept')), 'yes');
}

test('a panic shows a bilingual banner whose link resets the form', async () => {
  await panicAndReset(h, '/');
});

test('under a sub-path the reset link stays under it', async () => {
  const s = await start({ dir: SUB_DIR, prefix: SUB_PATH });
  try {
    await panicAndReset(s, SUB_PATH);
  } finally {
    await s.close();
  }
});

test('without the test hook the app does not show the banner', async () => {
  const page = await h.open('/jmdp/fees?donors_screened=3');
  assert.equal(await page.locator('#panic-banner').count(), 0);
});
