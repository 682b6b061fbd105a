// Content-Security-Policy: the built pages carry the policy tools/postbuild.mjs injects (only the
// site's own files, wasm, and the hash of Trunk's inline loader), the browser enforces it, and no
// page in either language trips it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, SUB_DIR, SUB_PATH } from './harness.mjs';

const ROUTES = ['/', '/patient', '/jmdp/fees', '/jmdp/exemption', '/jmdp/split', '/advanced/burden',
  '/advanced/cost-basis', '/pharmacist', '/hctc', '/cell-therapy', '/rules', '/no/such/page'];

// Runs in every document before its own scripts.
function recordViolations() {
  window.__csp = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__csp.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile || ''}:${e.lineNumber}` +
      (e.sample ? ` sample: ${e.sample}` : ''));
  });
}

let h;
before(async () => {
  h = await start();
  await h.context.addInitScript(recordViolations);
});
after(async () => { await h?.close(); });

async function cspMeta(page) {
  return page.evaluate(() => {
    const first = document.head.firstElementChild;
    return first && first.getAttribute('http-equiv') === 'Content-Security-Policy' ? first.getAttribute('content') : null;
  });
}

test('the CSP meta is the first element of <head>, on index.html and on the 404.html fallback', async () => {
  for (const p of ['/', '/jmdp/fees']) { // '/' is index.html, a deep link is answered with 404.html
    const page = await h.open(p);
    const csp = await cspMeta(page);
    assert.ok(csp, `${p}: CSP meta present and first in <head>`);
    assert.match(csp, /default-src 'self'/);
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/]+=*'/);
    assert.match(csp, /style-src 'self';/);
    assert.match(csp, /object-src 'none'/);
    assert.doesNotMatch(csp, /unsafe-inline/);
  }
});

test('the browser enforces it: an injected inline script is blocked and reported', async () => {
  const page = await h.open('/');
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true;';
    document.body.append(s);
  });
  await page.waitForFunction(() => window.__csp.length > 0);
  assert.equal(await page.evaluate(() => window.__injected), undefined);
  assert.match((await page.evaluate(() => window.__csp)).join('\n'), /script-src/);
  // The browser's console report of that block was provoked here: not a problem of the site.
  for (let i = h.problems.length - 1; i >= 0; i--) if (/Content Security Policy/.test(h.problems[i])) h.problems.splice(i, 1);
});

async function everyRouteClean(s, lang) {
  const found = [];
  for (const r of ROUTES) {
    const page = await s.open(r);
    assert.equal(await page.getAttribute('html', 'lang'), lang, `${r} in ${lang}`);
    // Let the page compute and render its result before reading the record.
    await page.waitForTimeout(150);
    for (const v of await page.evaluate(() => window.__csp)) found.push(`${lang} ${r}: ${v}`);
  }
  return found;
}

test('no page, in Japanese or English, triggers a CSP violation', async () => {
  const found = await everyRouteClean(h, 'ja');
  await h.page.click('button[lang="en"]');
  found.push(...await everyRouteClean(h, 'en'));
  await h.page.click('button[lang="ja"]');
  assert.deepEqual(found, []);
  assert.deepEqual(h.problems, []);
});

test('under a sub-path too', async () => {
  const s = await start({ dir: SUB_DIR, prefix: SUB_PATH });
  try {
    await s.context.addInitScript(recordViolations);
    const page = await s.open('/');
    assert.ok(await cspMeta(page));
    assert.deepEqual(await everyRouteClean(s, 'ja'), []);
    assert.deepEqual(s.problems, []);
  } finally {
    await s.close();
  }
});
