// The test server's shared, throttled link (serve.mjs `link`), which `make bench` uses to measure
// the first key while the service worker precaches: every byte arrives, in order, for responses
// sharing the link, compressed or not, and a request the browser gives up on does not stall the
// others. No timing is asserted here (timing belongs in `make bench`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import zlib from 'node:zlib';
import { serve } from './serve.mjs';

/** A site of three files: a wasm module (not compressible), a page and an icon (not compressed). */
function site() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-link-'));
  const files = {
    'a.wasm': crypto.randomBytes(150_000),
    'index.html': Buffer.from('<!doctype html><p>料金</p>'.repeat(4000)),
    'icon.png': crypto.randomBytes(3_000),
  };
  for (const [f, b] of Object.entries(files)) fs.writeFileSync(path.join(dir, f), b);
  return { dir, files };
}

/** GET `url` with this Accept-Encoding; resolves to {status, encoding, body} decoded. */
function get(url, accept) {
  return new Promise((resolve, reject) => {
    http.get(url, { headers: { 'accept-encoding': accept } }, (res) => {
      const parts = [];
      res.on('data', (c) => parts.push(c));
      res.on('end', () => {
        const raw = Buffer.concat(parts);
        const encoding = res.headers['content-encoding'] || null;
        const body = encoding === 'br' ? zlib.brotliDecompressSync(raw) : encoding === 'gzip' ? zlib.gunzipSync(raw) : raw;
        resolve({ status: res.statusCode, encoding, body });
      });
      res.on('error', reject);
    }).on('error', reject);
  });
}

test('a shared link delivers every response whole, side by side and in any encoding', async () => {
  const { dir, files } = site();
  const server = await serve(dir, '/', 0, { link: { bytesPerSecond: 4_000_000, latencyMs: 5 } });
  try {
    const [wasm, page, icon, gz, missing] = await Promise.all([
      get(`${server.url}a.wasm`, 'gzip, deflate, br'),
      get(`${server.url}`, 'gzip, deflate, br'),
      get(`${server.url}icon.png`, 'gzip, deflate, br'),
      get(`${server.url}index.html`, 'gzip'),
      get(`${server.url}nothing-here`, 'br'),
    ]);
    assert.equal(wasm.encoding, 'br');
    assert.ok(wasm.body.equals(files['a.wasm']));
    assert.equal(page.encoding, 'br');
    assert.ok(page.body.equals(files['index.html']));
    assert.equal(icon.encoding, null);
    assert.ok(icon.body.equals(files['icon.png']));
    assert.equal(gz.encoding, 'gzip');
    assert.ok(gz.body.equals(files['index.html']));
    // No 404.html in this site: the plain answer, as without a link.
    assert.equal(missing.status, 404);
  } finally {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a response given up on mid-way leaves the link to the others', async () => {
  const { dir, files } = site();
  // Slow enough that the module is still sending when its request is dropped.
  const server = await serve(dir, '/', 0, { link: { bytesPerSecond: 200_000, latencyMs: 5 } });
  try {
    await new Promise((resolve, reject) => {
      const req = http.get(`${server.url}a.wasm`, { headers: { 'accept-encoding': 'identity' } }, (res) => {
        res.once('data', () => {
          req.destroy();
          resolve();
        });
      });
      req.on('error', (e) => (e.code === 'ECONNRESET' ? resolve() : reject(e)));
    });
    const icon = await get(`${server.url}icon.png`, 'br');
    assert.ok(icon.body.equals(files['icon.png']));
    const wasm = await get(`${server.url}a.wasm`, 'identity');
    assert.ok(wasm.body.equals(files['a.wasm']));
  } finally {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
