// The service worker's precache gives way to the page's own wasm (tools/split.mjs pageLoader's
// `tell`, tools/postbuild.mjs swSource's hold): on a phone the two share one downlink, and a person
// who taps a field while the site is being precached waited for both. Served over one slow shared
// link (serve.mjs `link`) so that the precache is still running when the form is used.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { start, MOUNTED } from './harness.mjs';

// Slow enough that the site's precache (about 1 MB compressed) takes several seconds.
const LINK = { bytesPerSecond: 250_000, latencyMs: 20 };

/** A fresh browser (no worker, no cache) and server on the slow link, whose requests are logged
 *  with the time they started and ended, and whether the service worker made them. */
async function browser() {
  const h = await start({ link: LINK });
  const log = [];
  h.context.on('request', (r) => log.push({ r, url: r.url(), worker: !!r.serviceWorker(), start: Date.now(), end: null }));
  const ended = (r) => { const e = log.find((x) => x.r === r); if (e) e.end = Date.now(); };
  h.context.on('requestfinished', ended);
  h.context.on('requestfailed', ended);
  return { page: h.page, server: h.server, log, close: h.close };
}

/** Until the page's worker is active and controls it (the precache went on to the end). */
async function precached(page) {
  await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration())?.active != null, null, { timeout: 120000 });
}

test('a tap while the site is precached: the worker starts no file until the page has its modules', async () => {
  const b = await browser();
  try {
    await b.page.goto(`${b.server.url}jmdp/fees`);
    // The worker registers at load and starts precaching: wait until it is on its way.
    await b.page.waitForFunction(() => document.readyState === 'complete');
    const precaching = () => b.log.filter((x) => x.worker).length;
    for (let i = 0; i < 200 && precaching() < 6; i++) await b.page.waitForTimeout(50);
    assert.ok(precaching() >= 6, 'the worker is precaching');
    const field = b.page.locator('#app main input[type=text]:visible').first();
    await field.click();
    await b.page.keyboard.press('End');
    await b.page.keyboard.type('1');
    await b.page.waitForSelector(MOUNTED, { timeout: 60000 });
    const pack = b.log.find((x) => !x.worker && x.url.includes('/pack/'));
    assert.ok(pack && pack.end, "the page's modules came in one pack");
    // What reached the server (a browser queues a worker's requests long before it sends them):
    // the hold reaches the worker a moment after the pack was asked for (the registration is looked
    // up first), so a file may go out in that moment; after it, none until the pack is in.
    const asked = b.server.arrivals.find((a) => a.path.includes('/pack/'));
    assert.ok(asked, 'the server saw the pack asked for');
    const during = b.server.arrivals.filter((a) => a.reload && a.at > asked.at + 250 && a.at < pack.end);
    assert.ok(pack.end - asked.at > 500, `the pack took ${pack.end - asked.at} ms: slow enough to see`);
    assert.deepEqual(during.map((a) => a.path), [], 'no precache file goes out while the page loads its modules');
    assert.ok(String(await field.inputValue()).endsWith('1'), 'the typed digit is kept');
    // Then the worker goes on and finishes: offline and second visits as before.
    await precached(b.page);
  } finally {
    await b.close();
  }
});

test('a page that loads its modules at once (a shared link) registers the worker only once they are in', async () => {
  const b = await browser();
  try {
    await b.page.goto(`${b.server.url}jmdp/fees?donors_screened=2`);
    await b.page.waitForSelector(MOUNTED, { timeout: 60000 });
    const pack = b.log.find((x) => !x.worker && x.url.includes('/pack/'));
    assert.ok(pack && pack.end, "the page's modules came in one pack");
    await precached(b.page);
    const first = Math.min(...b.server.arrivals.filter((a) => a.reload).map((a) => a.at));
    assert.ok(first >= pack.end, `the precache started ${first - pack.end} ms after the pack was in`);
    // The worker's script itself is fetched by the page's registration, not by the worker.
    const sw = b.log.find((x) => x.url.endsWith('/sw.js'));
    assert.ok(sw && sw.start >= pack.end, 'the worker is registered after the pack was in');
  } finally {
    await b.close();
  }
});
