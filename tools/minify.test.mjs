// Unit tests of tools/minify.mjs on a fake release site in a temp dir (node:test, no browser).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { minifyFile, minifyInline, minifyLinked, refreshIntegrity } from './minify.mjs';

const sri = (text) => `sha384-${crypto.createHash('sha384').update(text).digest('base64')}`;
const CSS = '/* a comment */\n.field  {\n  color : #0b5cad;\n}\n';
const JS = "// loader\nexport function load(longName) {\n  return fetch(new URL('./chunk_1.wasm', import.meta.url), longName);\n}\n";
const SPLIT_JS = 'export const kept   =   1;\n';

function site(publicUrl) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minify-'));
  fs.mkdirSync(path.join(dir, 'wasm-0123456789abcdef'));
  fs.writeFileSync(path.join(dir, 'main-00112233445566ff.css'), CSS);
  fs.writeFileSync(path.join(dir, 'wasm-0123456789abcdef/calc-web.js'), SPLIT_JS);
  const html = `<head><link rel="stylesheet" href="${publicUrl}main-00112233445566ff.css" integrity="sha384-old" crossorigin="anonymous">
<link rel="modulepreload" href="${publicUrl}wasm-0123456789abcdef/calc-web.js" integrity="sha384-old"></head>`;
  return { dir, html };
}

test('minifyFile keeps what the code means: exports, import.meta.url, strings', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minify-'));
  const file = path.join(dir, 'a.js');
  fs.writeFileSync(file, JS);
  const out = minifyFile(file);
  assert.equal(fs.readFileSync(file, 'utf8'), out);
  assert.ok(out.length < JS.length, out);
  assert.match(out, /export\s*\{?\s*\w*\s*(as\s+)?load/);
  assert.ok(out.includes('import.meta.url') && out.includes('./chunk_1.wasm'), out);
  assert.ok(!out.includes('// loader') && !out.includes('longName'), out);
  fs.rmSync(dir, { recursive: true });
});

for (const publicUrl of ['/', '/sub/path/']) {
  test(`minifyLinked minifies Trunk's top-level files only and refreshes every integrity hash (${publicUrl})`, () => {
    const { dir, html } = site(publicUrl);
    const out = minifyLinked(html, dir);
    // Renamed by the hash of its new contents, and index.html follows.
    assert.ok(!fs.existsSync(path.join(dir, 'main-00112233445566ff.css')) && !out.includes('main-00112233445566ff'));
    const name = fs.readdirSync(dir).find((f) => f.endsWith('.css'));
    const css = fs.readFileSync(path.join(dir, name), 'utf8');
    assert.equal(css.trim(), '.field{color:#0b5cad}');
    assert.equal(name, `main-${crypto.createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`);
    assert.ok(out.includes(`href="${publicUrl}${name}"`), out);
    // The wasm-<hash>/ directory is named by the hash of its contents: left as it is.
    assert.equal(fs.readFileSync(path.join(dir, 'wasm-0123456789abcdef/calc-web.js'), 'utf8'), SPLIT_JS);
    assert.ok(out.includes(`integrity="${sri(css)}"`), out);
    assert.ok(out.includes(`integrity="${sri(SPLIT_JS)}"`), out);
    assert.ok(!out.includes('sha384-old'), out);
    fs.rmSync(dir, { recursive: true });
  });
}

test('minifyInline renames the locals of a script body, keeps its free names and Japanese text, and may return early', () => {
  const body = "const longName=tables.length;if(!longName)return;window.__out=longName+'計算'+M.js;";
  const out = minifyInline(body);
  assert.ok(!out.includes('longName'), out);
  assert.match(out, /tables\.length/);
  assert.match(out, /M\.js/);
  assert.match(out, /計算/);
  const run = (tables) => {
    const window = {};
    new Function('tables', 'M', 'window', out)(tables, { js: '/a.js' }, window);
    return window.__out;
  };
  assert.equal(run([1, 2]), '2計算/a.js');
  assert.equal(run([]), undefined);
});

test('refreshIntegrity fails on a hashed tag whose file is missing', () => {
  const { dir } = site('/');
  assert.throws(() => refreshIntegrity('<script src="/gone.js" integrity="sha384-x"></script>', dir), /gone\.js/);
  fs.rmSync(dir, { recursive: true });
});
