// Unit tests of tools/postbuild.mjs on a fake Trunk output in a temp dir (node:test, no browser).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { postbuild, inlineScripts, cspFor, buildFiles, swSource, HOLD_MS } from './postbuild.mjs';

const LOADER = "\nimport init from '/app-0123456789abcdef.js';\nawait init('/app-0123456789abcdef_bg.wasm');\n";
const INDEX = `<!doctype html><html><head>\n  <meta charset="utf-8">\n  <base href="/" />
<script type="module">${LOADER}</script><script src="/x.js"></script></head><body></body></html>`;

function fakeDist(files) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'postbuild-'));
  for (const [f, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.writeFileSync(path.join(dir, f), text);
  }
  return dir;
}

const BASE = { 'index.html': INDEX, 'app-0123456789abcdef.js': 'js', 'app-0123456789abcdef_bg.wasm': 'wasm',
  'main-00112233445566ff.css': 'css', 'manifest.webmanifest': '{}', 'icon.svg': '<svg/>' };

test('the CSP carries the sha256 of each inline script, exactly as written, and nothing for src scripts', () => {
  assert.deepEqual(inlineScripts(INDEX), [LOADER]);
  const hash = crypto.createHash('sha256').update(LOADER).digest('base64');
  const csp = cspFor(INDEX);
  assert.ok(csp.includes(`script-src 'self' 'wasm-unsafe-eval' 'sha256-${hash}';`), csp);
  assert.ok(!csp.includes('unsafe-inline'));
});

test('postbuild injects the CSP first in <head>, once, and copies index.html to 404.html', () => {
  const dir = fakeDist(BASE);
  try {
    postbuild(dir);
    postbuild(dir); // idempotent: a second run replaces, never duplicates
    const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
    assert.match(html, /<head>\n {2}<meta http-equiv="Content-Security-Policy" content="default-src 'self';/);
    assert.equal(html.match(/Content-Security-Policy/g).length, 1);
    assert.equal(fs.readFileSync(path.join(dir, '404.html'), 'utf8'), html);
  } finally { fs.rmSync(dir, { recursive: true, force: true }); }
});

test('sw.js precaches the build files listed from the directory, 404.html (the offline shell) but not itself', () => {
  const dir = fakeDist(BASE);
  try {
    const { files, cache } = postbuild(dir);
    assert.deepEqual(files, buildFiles(dir));
    assert.deepEqual(files, ['404.html', 'app-0123456789abcdef.js', 'app-0123456789abcdef_bg.wasm', 'icon.svg', 'index.html',
      'main-00112233445566ff.css', 'manifest.webmanifest']);
    const sw = fs.readFileSync(path.join(dir, 'sw.js'), 'utf8');
    assert.ok(sw.includes(`const CACHE = ${JSON.stringify(cache)};`));
    assert.ok(sw.includes(JSON.stringify(files)));
    assert.ok(sw.includes('"app-0123456789abcdef_bg.wasm"'));
    assert.ok(sw.includes('"404.html"') && !sw.includes('"sw.js"'));
    new Function(sw); // it parses
  } finally { fs.rmSync(dir, { recursive: true, force: true }); }
});

test("sw.js precaches a split build's modules but not the pages' packs (a first visit's alone)", () => {
  const dir = fakeDist({ ...BASE, 'wasm-0123456789abcdef/chunk_1.wasm': 'a', 'wasm-0123456789abcdef/pack/split_fees_page_1.wasm': 'ab' });
  try {
    const { files } = postbuild(dir);
    assert.ok(files.includes('wasm-0123456789abcdef/chunk_1.wasm'));
    assert.deepEqual(files.filter((f) => f.includes('/pack/')), []);
    assert.ok(!fs.readFileSync(path.join(dir, 'sw.js'), 'utf8').includes('/pack/'));
  } finally { fs.rmSync(dir, { recursive: true, force: true }); }
});

/** sw.js run with a fake worker scope: its handlers, a `fetch` whose answers the test gives one
 *  by one (`pending`, in the order they started; a dropped one rejects as aborted), a cache that
 *  records what is put in it, and timers the test fires (`timers`). */
function fakeWorker(files) {
  const handlers = {};
  const started = [];
  const pending = [];
  const put = [];
  const timers = [];
  let skipped = false;
  const self = { location: 'https://host/sub/sw.js', addEventListener: (t, f) => { handlers[t] = f; },
    skipWaiting: async () => { skipped = true; }, clients: { claim: async () => {} } };
  const cache = { put: async (url, res) => { put.push(url); assert.ok(res.ok); } };
  const caches = { open: async () => cache };
  class Request { constructor(url, init) { this.url = url; this.init = init; } }
  const fetch = (req) => new Promise((resolve, reject) => {
    started.push(req.url);
    const p = { url: req.url, answer: (ok = true) => {
      if (pending.includes(p)) pending.splice(pending.indexOf(p), 1);
      resolve({ ok, status: ok ? 200 : 404 });
    } };
    pending.push(p);
    req.init.signal.addEventListener('abort', () => {
      if (pending.includes(p)) pending.splice(pending.indexOf(p), 1);
      reject(new Error('aborted'));
    });
  });
  const setTimeout = (f, ms) => { timers.push({ f, ms }); };
  new Function('self', 'caches', 'Request', 'fetch', 'setTimeout', swSource(files, 'calc-test'))(self, caches, Request, fetch, setTimeout);
  let done = null;
  const install = () => {
    handlers.install({ waitUntil: (p) => { done = p; } });
    return done;
  };
  const say = (data) => handlers.message({ data });
  const tick = () => new Promise((r) => setImmediate(r));
  const answerAll = async () => {
    while (pending.length) {
      for (const p of [...pending]) p.answer();
      await tick();
    }
  };
  return { install, say, tick, answerAll, started, pending, put, timers, skipped: () => skipped };
}

const at = (f) => `https://host/sub/${f}`;

test("the precache fetches six files at a time; 'hold' drops those on their way and starts none until 'go'", async () => {
  const files = Array.from({ length: 14 }, (_, i) => `f${i}.wasm`);
  const w = fakeWorker(files);
  const done = w.install();
  await w.tick();
  assert.deepEqual(w.started, files.slice(0, 6).map(at));
  w.pending[0].answer(); // one is in before the page says 'hold'
  await w.tick();
  assert.equal(w.started.length, 7);
  w.say('hold');
  await w.tick();
  assert.equal(w.pending.length, 0, 'the six on their way are dropped');
  assert.equal(w.started.length, 7, 'and no other starts');
  w.say('hold'); // a second page, or the same one again: still one hold
  await w.tick();
  assert.equal(w.started.length, 7);
  w.say('go');
  await w.tick();
  // The dropped ones first, again.
  assert.deepEqual([...w.started.slice(7)].sort(), ['f1', 'f2', 'f3', 'f4', 'f5', 'f6'].map((f) => at(`${f}.wasm`)));
  await w.answerAll();
  await done;
  assert.deepEqual([...w.put].sort(), files.map(at).sort(), 'every file cached once');
  assert.ok(w.skipped());
});

test("a hold nobody releases ends after HOLD_MS; an older hold's timer does not end a newer one", async () => {
  const w = fakeWorker(Array.from({ length: 8 }, (_, i) => `p${i}.html`));
  const done = w.install();
  await w.tick();
  w.say('hold');
  await w.tick();
  assert.equal(w.started.length, 6);
  assert.deepEqual(w.timers.map((t) => t.ms), [HOLD_MS]);
  w.say('go');
  w.say('hold'); // a new hold before the old one's time is up
  await w.tick();
  const before = w.started.length;
  w.timers[0].f(); // the old hold's time: the new one stays
  await w.tick();
  assert.equal(w.started.length, before);
  w.timers[1].f(); // the new hold's time
  await w.tick();
  assert.ok(w.started.length > before);
  await w.answerAll();
  await done;
  assert.equal(new Set(w.put).size, 8);
});

test('a file that cannot be fetched fails the install, as cache.addAll did', async () => {
  const w = fakeWorker(['a.html', 'b.html']);
  const done = w.install();
  await w.tick();
  const [a, b] = w.pending;
  a.answer(false);
  b.answer();
  await assert.rejects(done, /a\.html: 404/);
  assert.ok(!w.skipped());
});

test('the cache name changes when the file list or a file changes, and only then', () => {
  const names = (files) => {
    const dir = fakeDist(files);
    try { return postbuild(dir).cache; } finally { fs.rmSync(dir, { recursive: true, force: true }); }
  };
  const a = names(BASE);
  assert.equal(names(BASE), a, 'same build, same cache');
  const renamed = { ...BASE };
  delete renamed['app-0123456789abcdef_bg.wasm'];
  renamed['app-fedcba9876543210_bg.wasm'] = 'wasm';
  assert.notEqual(names(renamed), a, 'a new hashed file name gives a new cache');
  assert.notEqual(names({ ...BASE, 'extra-0000000000000000.css': 'x' }), a, 'an added file gives a new cache');
  assert.notEqual(names({ ...BASE, 'icon.svg': '<svg></svg>' }), a, 'a changed unhashed file gives a new cache');
});

test('every page gets the CSP of its own inline scripts; a kept 404.html shell is not overwritten', () => {
  const page = INDEX.replace(LOADER, '\nconsole.log(1);\n');
  const dir = fakeDist({ ...BASE, 'jmdp/fees/index.html': page, '404.html': INDEX.replace('<body>', '<body><p>shell</p>') });
  try {
    const { files, pages } = postbuild(dir);
    assert.deepEqual(pages, ['404.html', 'index.html', 'jmdp/fees/index.html']);
    assert.ok(files.includes('jmdp/fees/index.html'));
    const fees = fs.readFileSync(path.join(dir, 'jmdp/fees/index.html'), 'utf8');
    const hash = crypto.createHash('sha256').update('\nconsole.log(1);\n').digest('base64');
    assert.ok(fees.includes(`'sha256-${hash}'`), fees);
    assert.ok(!fees.includes(crypto.createHash('sha256').update(LOADER).digest('base64')));
    assert.match(fs.readFileSync(path.join(dir, '404.html'), 'utf8'), /<p>shell<\/p>/);
    assert.match(fs.readFileSync(path.join(dir, '404.html'), 'utf8'), /Content-Security-Policy/);
  } finally { fs.rmSync(dir, { recursive: true, force: true }); }
});
