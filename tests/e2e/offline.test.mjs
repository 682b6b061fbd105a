// Installable and offline: the manifest and icon are served, the service worker (tools/postbuild.mjs)
// takes control, and with the network gone every page still loads, deep links included, at the
// root and under a sub-path.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { start, ROOT_DIR, SUB_DIR, SUB_PATH, mounted } from './harness.mjs';
import { postbuild } from '../../tools/postbuild.mjs';

const OFFLINE_ROUTES = ['/', '/patient/year', '/jmdp/fees?v=1&donors_screened=2', '/jmdp/exemption', '/advanced/burden', '/hctc', '/rules'];

let h;
before(async () => { h = await start(); });
after(async () => { await h?.close(); });

/** Waits until the service worker is active for the base and controls the page. */
async function controlled(s) {
  const page = await s.open('/');
  const active = () => page.evaluate(() => Promise.race([
    navigator.serviceWorker.ready.then(() => true),
    new Promise((resolve) => setTimeout(() => resolve(false), 30000)),
  ]));
  // A registration whose page was navigated away mid-way (the previous test's page) can be
  // dropped by the browser; the page's loader registers again on every load, so one reload retries it.
  if (!(await active())) {
    await page.reload();
    await mounted(page);
    assert.ok(await active(), 'the service worker installs and activates');
  }
  // clients.claim() normally takes over this page; a load under an active worker always is.
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
    await page.reload();
    await mounted(page);
  }
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
  return page;
}

test('the web app manifest: Japanese name, start_url and scope at the base, an SVG icon', async () => {
  const page = await h.open('/');
  const href = await page.evaluate(() => document.querySelector('link[rel="manifest"]').href);
  assert.equal(href, `${h.server.url}manifest.webmanifest`);
  const m = await page.evaluate(async (u) => (await fetch(u)).json(), href);
  assert.match(m.name, /移植・細胞治療の計算ツール/);
  assert.ok(m.short_name);
  assert.equal(new URL(m.start_url, href).href, h.server.url);
  assert.equal(new URL(m.scope, href).href, h.server.url);
  assert.match(m.theme_color, /^#[0-9a-f]{6}$/i);
  const icon = m.icons.find((i) => i.type === 'image/svg+xml');
  const svg = await page.evaluate(async (u) => (await fetch(u)).text(), new URL(icon.src, href).href);
  assert.match(svg, /^<svg/);
});

async function offlineWorks(s, prefix) {
  const page = await controlled(s);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  assert.equal(scope, s.server.url, 'the worker is scoped to the base');
  const caches = await page.evaluate(() => caches.keys());
  assert.equal(caches.length, 1);
  assert.match(caches[0], /^calc-[0-9a-f]{16}$/);
  await s.context.setOffline(true);
  try {
    // The network really is gone: a file the worker has not cached cannot be fetched.
    const reachable = await page.evaluate(() => fetch(`not-cached-${Date.now()}.txt`).then(() => true, () => false));
    assert.equal(reachable, false, 'offline');
    await page.reload();
    await mounted(page);
    const from = s.requests.length;
    for (const r of OFFLINE_ROUTES) {
      await s.open(r);
      const h1 = (await page.textContent('main h1')).trim();
      assert.ok(h1.length > 0, `${prefix}${r} renders offline`);
      assert.doesNotMatch(h1, /見つかりません/, `${r} is its own page offline`);
    }
    // A computed result offline, from the URL's inputs.
    await s.open('/jmdp/fees?v=1&donors_screened=2');
    await page.waitForSelector('.figure[data-key="payable_yen"] .figure-value');
    assert.match(await page.textContent('.figure[data-key="payable_yen"] .figure-value'), /\d/);
    // With the worker in control a page takes its modules from its cache one by one: it never
    // asks for a pack (tools/split.mjs writePacks), which the worker does not hold.
    assert.deepEqual(s.requests.slice(from).filter((u) => /\/wasm-[0-9a-f]{16}\/pack\//.test(u)), []);
    assert.ok(s.requests.slice(from).some((u) => /\/wasm-[0-9a-f]{16}\/split_year_page_\d+\.wasm$/.test(u)), 'the year page\'s module came from the worker');
  } finally {
    await s.context.setOffline(false);
  }
}

test('once the worker controls the page, every page loads offline (deep links too)', async () => {
  await offlineWorks(h, '/');
  assert.deepEqual(h.foreignRequests(), []);
});

test('under a sub-path the worker is scoped to it and works offline', async () => {
  const s = await start({ dir: SUB_DIR, prefix: SUB_PATH });
  try {
    await offlineWorks(s, SUB_PATH);
  } finally {
    await s.close();
  }
});

test('a new deployment is picked up on the next visit: new page, new cache, the old one gone', async () => {
  // A copy of the build is "deployed" and then changed in place, as a static host would be.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-update-'));
  fs.cpSync(ROOT_DIR, dir, { recursive: true });
  const s = await start({ dir });
  try {
    const page = await controlled(s);
    const before = await page.evaluate(() => caches.keys());
    assert.equal(before.length, 1);
    const build = () => page.evaluate(() => document.querySelector('meta[name="x-build"]')?.content ?? null);
    assert.equal(await build(), null);

    // The next build: a changed index.html (any changed file gives a new cache name).
    const index = path.join(dir, 'index.html');
    fs.writeFileSync(index, fs.readFileSync(index, 'utf8').replace('</head>', '<meta name="x-build" content="B">\n</head>'));
    const { cache } = postbuild(dir);
    assert.notEqual(cache, before[0], 'the new build has its own cache name');

    // Next visit: page loads go to the network first, so the new page is what opens.
    await s.open('/');
    assert.equal(await build(), 'B', 'the next visit shows the new build');
    // The new worker installs, takes over and deletes the previous build's cache.
    // (The app asks for an update check on every start; the browser's own check may come later.)
    const deadline = Date.now() + 30000;
    let keys;
    while (Date.now() < deadline) {
      keys = await page.evaluate(() => caches.keys());
      if (keys.length === 1 && keys[0] === cache) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    assert.deepEqual(keys, [cache], "only the new build's cache is left");

    // Offline, the new build is what the cache holds.
    await s.context.setOffline(true);
    try {
      await page.reload();
      await mounted(page);
      assert.equal(await build(), 'B', 'offline, the cached page is the new build');
    } finally {
      await s.context.setOffline(false);
    }
    assert.deepEqual(s.problems, []);
  } finally {
    await s.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
