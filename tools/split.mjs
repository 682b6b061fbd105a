#!/usr/bin/env node
// Runs after `trunk build --release` when the app was compiled with `--cfg wasm_split` (Makefile:
// SPLIT_RUSTFLAGS): `node tools/split.mjs DIST`, then `node tools/postbuild.mjs DIST`.
//
// Why: one wasm module held every page, so a first visit downloaded all nine calculators (and the
// rules of all of them) before anything showed. Leptos 0.8 marks lazily loaded code (#[lazy]:
// each calculator page and the JS API's rules, see crate-web/src/lib.rs and api.rs), and
// wasm-split-cli (crates.io `wasm_split_cli_support`, the splitter cargo-leptos uses, built by
// tools/bootstrap.sh with tools/wasm-split.patch) cuts the module at those points. Trunk 0.21 has no step for it, so this script does what Trunk did for the
// wasm, on the split module:
//   1. wasm-split-cli on cargo's output (it needs the relocations `-C link-arg=--emit-relocs` keeps).
//      Code that COMMON_MIN or more pages use goes into one chunk every calculator page loads (the
//      patch); the split points that are no page (OFF_PAGE) do not count. Without it
//      the splitter writes one chunk per distinct set of users: 180 files, 60-100 per page. The
//      pages in APART (the rules list, which shows every figure but runs no calculator) do not
//      load that chunk: the shared code they use is a second chunk, which the calculators load too;
//   2. wasm-bindgen (the version Trunk uses) on the main module, keeping the function table export
//      the chunks link against (--keep-lld-exports); its imports from the JS glue renamed short in
//      both (shortImports);
//   3. wasm-opt -Oz on the main module and on every chunk (Trunk's data-wasm-opt="z"), no custom
//      section kept; the JS and the stylesheet minified (tools/minify.mjs);
//   4. everything into one directory named by a hash of its contents, `wasm-<hash>/`: the chunks
//      have fixed names, so the directory carries the version (no stale chunk from an HTTP cache);
//   5. index.html pointed at it, with fresh SRI hashes; Trunk's unsplit .js/.wasm removed;
//   6. an inline script that starts loading the opened page's chunks at once (see below).
// No dependencies beyond node itself and the tools bootstrap installs (esbuild, via tools/minify.mjs).
import crypto from 'node:crypto';
import { spawn, spawnSync } from 'node:child_process';
import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { minifyFile, minifyInline, minifyLinked } from './minify.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const NAME = 'calc-web';
const SPLITTER = path.join(ROOT, '.tools/bin/wasm-split-cli');
// Measured in the ship-quality issue (per-page split points): 2 puts two thirds of the site in the
// shared chunk (every page 270-350 KB gzip), 4 writes 100 files; 3 gives 200-310 KB in 13-23 files.
const COMMON_MIN = process.env.WASM_SPLIT_COMMON_MIN || '3';
// Measured on the ship-quality issue: with /rules apart, /rules loads 186.8 -> 117.0 KB gzip (it had
// carried every calculator's shared code) and each calculator page 1.9 KB more (the code both use
// is a chunk of its own). Setting a calculator apart too, or cutting the shared chunk along the
// patient / professional line, saved some pages 16 KB and cost the others 4 KB: not taken.
// A page apart is not counted among a function's users either (WASM_SPLIT_COMMON_UNCOUNTED): code
// /rules shares with exactly two calculators is a chunk of those three rather than part of the
// chunk every calculator loads. Measured on the issue "Every page readable at once" (on interaction,
// gzip): 8 of the 10 calculators 6.1-8.0 KB less (/jmdp/fees 119.0 -> 111.1, /hctc 157.2 -> 149.5)
// for 0-4 more files, /advanced/burden 0.5 KB less, /patient/year the same, /rules 1.8 KB more.
// COMMON_MIN 4 instead saved as much on most pages but doubled their files and cost the year 3.7 KB.
const APART = ['rules_page'];
// Split points that are no page: the JS API's rules (api.rs, reaching every calculator's code) and
// the reader of an imported records file (records.rs, reached from the pages with records).
// The splitter does not count them among a function's users (WASM_SPLIT_COMMON_IGNORE, prefixes):
// else code two pages and the reader share would count three users and go to the chunk every
// calculator loads. Measured with the reader apart (12 KB raw): /patient/year, /advanced/cost-basis,
// /pharmacist and /cell-therapy load 4.2-5.6 KB gzip less on their first key, the others 0.1-0.3
// KB less, /hctc 0.4 KB more (a 0.7 KB piece it shares with cost-basis and the reader).
const OFF_PAGE = ['respond', 'records_import'];
// Sets of pages whose code only they share goes into a chunk of its own rather than the one every
// calculator loads (the splitter widens a function's users to the smallest listed set holding them):
// the pages that edit lists of records (the row-list editor, its keyed rendering, the records bar),
// and those with any list kept in the link (the JSON reader and writer of the `rows` and `members`
// parameters). Measured on the issue "Declare each calculator once": without them every other page
// carried 10.8 KB (the lists) and 2 KB (the JSON) gzip of code it never runs.
const PAGE_SETS = [
  ['cost_basis_page', 'cell_therapy_page', 'pharmacist_page', 'year_page'],
  ['cost_basis_page', 'cell_therapy_page', 'pharmacist_page', 'year_page', 'exemption_page', 'patient_page'],
];
// The features rustc's wasm32 output uses; chunks carry no target_features section to detect them.
// Nothing a browser reads is left in custom sections: wasm-opt writes a target_features section
// into every file it is given features for (148 B, ≈ 120 B gzip each: 2.7 KB gzip of the year
// page's 23 files, 1.2 KB of /jmdp/fees' 11).
const WASM_OPT = ['-Oz', '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
  '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue', '--strip-debug', '--strip-producers',
  '--strip-target-features'];

// wasm-split-cli writes a name subsection wasm-opt does not know; it only says so, once per file.
const NOISE = /^warning: unknown name subsection with id \d+ at \d+$/;
function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8', env: { ...process.env, ...env } });
  const err = (r.stderr || '').split('\n').filter((l) => l && !NOISE.test(l)).join('\n');
  if (err) process.stderr.write(`${err}\n`);
  if (r.status !== 0) throw new Error(`split: ${cmd} ${args.join(' ')} failed (${r.status ?? r.error})`);
}
/** `run`, for many commands at once (one per core): the chunks are many and small. */
async function runAll(cmd, argLists) {
  const queue = [...argLists];
  const worker = async () => {
    for (let args; (args = queue.shift());) {
      await new Promise((resolve, reject) => {
        const child = spawn(cmd, args, { stdio: ['ignore', 'inherit', 'pipe'] });
        let stderr = '';
        child.stderr.on('data', (d) => { stderr += d; });
        child.on('error', reject);
        child.on('close', (status) => {
          const err = stderr.split('\n').filter((l) => l && !NOISE.test(l)).join('\n');
          if (err) process.stderr.write(`${err}\n`);
          if (status === 0) resolve();
          else reject(new Error(`split: ${cmd} ${args.join(' ')} failed (${status})`));
        });
      });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, os.cpus().length) }, worker));
}

const digest = (data, alg, enc) => crypto.createHash(alg).update(data).digest(enc);

export async function split(dist, { targetDir = process.env.CARGO_TARGET_DIR || path.join(ROOT, 'target') } = {}) {
  const input = path.join(targetDir, 'wasm32-unknown-unknown/release', `${NAME}.wasm`);
  if (!fs.existsSync(input)) throw new Error(`split: no ${input}; run trunk build --release first`);
  const work = path.join(targetDir, 'split');
  fs.rmSync(work, { recursive: true, force: true });
  const raw = path.join(work, 'raw');
  const out = path.join(work, 'out');
  fs.mkdirSync(raw, { recursive: true });

  if (!fs.existsSync(SPLITTER)) throw new Error(`split: no ${SPLITTER}; run tools/bootstrap.sh`);
  run(SPLITTER, ['--out-name', NAME, input, raw], { WASM_SPLIT_COMMON_MIN: COMMON_MIN, WASM_SPLIT_COMMON_IGNORE: OFF_PAGE.join(','),
    WASM_SPLIT_COMMON_UNCOUNTED: APART.map((f) => `${f}_`).join(','),
    WASM_SPLIT_SHARED_SETS: sharedSets() });
  const chunks = fs.readdirSync(raw).filter((f) => f.endsWith('.wasm') && f !== `${NAME}.wasm`);
  if (chunks.length === 0) throw new Error('split: no split points: was the app built with --cfg wasm_split?');
  run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--keep-lld-exports', '--out-dir', out, path.join(raw, `${NAME}.wasm`)]);
  const bound = dropStreamClasses(fs.readFileSync(path.join(out, `${NAME}.js`), 'utf8'), fs.readFileSync(path.join(out, `${NAME}_bg.wasm`)));
  const glue = shortImports(bound.js, bound.wasm);
  fs.writeFileSync(path.join(out, `${NAME}.js`), glue.js);
  fs.writeFileSync(path.join(out, `${NAME}_bg.wasm`), glue.wasm);
  await runAll('wasm-opt', [
    [...WASM_OPT, path.join(out, `${NAME}_bg.wasm`), '-o', path.join(out, `${NAME}_bg.wasm`)],
    ...chunks.map((c) => [...WASM_OPT, path.join(raw, c), '-o', path.join(out, c)]),
  ]);
  fs.writeFileSync(path.join(out, '__wasm_split.js'), compileEarly(fs.readFileSync(path.join(raw, '__wasm_split.js'), 'utf8')));
  for (const js of fs.readdirSync(out).filter((f) => f.endsWith('.js'))) minifyFile(path.join(out, js));

  const files = fs.readdirSync(out).sort();
  const h = crypto.createHash('sha256');
  for (const f of files) h.update(`${f}\0${digest(fs.readFileSync(path.join(out, f)), 'sha256', 'hex')}\n`);
  const dirName = `wasm-${h.digest('hex').slice(0, 16)}`;
  for (const old of fs.readdirSync(dist)) {
    if (/^wasm-[0-9a-f]{16}$/.test(old)) fs.rmSync(path.join(dist, old), { recursive: true });
  }
  const dest = path.join(dist, dirName);
  fs.mkdirSync(dest);
  for (const f of files) fs.copyFileSync(path.join(out, f), path.join(dest, f));

  // Trunk's unsplit module and its references in index.html.
  const indexPath = path.join(dist, 'index.html');
  let html = fs.readFileSync(indexPath, 'utf8');
  // Trunk writes its hash as hex without leading zeros: 15 digits in one build of 16.
  const trunkFiles = fs.readdirSync(dist).filter((f) => new RegExp(`^${NAME}-[0-9a-f]{8,16}(_bg\\.wasm|\\.js)$`).test(f));
  if (trunkFiles.length !== 2) throw new Error(`split: expected Trunk's .js and _bg.wasm in ${dist}, found ${trunkFiles}`);
  for (const f of trunkFiles) {
    const ours = f.endsWith('.js') ? `${NAME}.js` : `${NAME}_bg.wasm`;
    if (!html.includes(f)) throw new Error(`split: index.html does not name ${f}`);
    html = html.split(f).join(`${dirName}/${ours}`);
    fs.rmSync(path.join(dist, f));
  }
  // Trunk's stylesheet minified like the JS above; subresource integrity of every tag that has one,
  // from the file it names now.
  html = minifyLinked(html, dist);
  // 6. The wasm on demand (an inline script, hashed into the CSP by postbuild): Trunk's module
  //    script and its preloads are taken out, and the page's loader starts the app on the first
  //    use of its form, or at once where the prerendered page cannot stand for it (see pageLoader).
  //    When it starts, it fetches and compiles the opened page's chunks while the main module
  //    loads: without that they were requested only once the main module had run and asked for
  //    the page, 40-50 ms later on loopback, and compiled after that.
  const preload = pagePreloads(fs.readFileSync(path.join(raw, '__wasm_split.js'), 'utf8'), dirName);
  //    7. Each page's chunks again as one file (see writePacks), which the loader fetches on a
  //    first visit instead of them one by one.
  writePacks(dist, preload);
  const taken = takeTrunkLoader(html);
  html = taken.html;
  //    Right after <base> (which it needs) and before the stylesheet, which a script would wait for.
  const base = html.match(/<base href="[^"]*"\s*\/?>/);
  if (!base) throw new Error('split: no <base href> in index.html');
  html = html.replace(base[0], () => `${base[0]}\n  <script>${pageLoader(preload, taken.main)}</script>`);
  fs.writeFileSync(indexPath, html);
  return { dir: dirName, files, chunks: chunks.length, preload };
}

/** An unsigned LEB128 number in `bytes` at `at`: `[value, the offset after it]`. */
export function readLeb(bytes, at) {
  let v = 0;
  let shift = 0;
  let b;
  let p = at;
  do { b = bytes[p++]; v += (b & 127) * 2 ** shift; shift += 7; } while (b & 128);
  return [v, p];
}

/** `v` as an unsigned LEB128 number, the encoding of wasm's counts and sizes. */
export function writeLeb(v) {
  const out = [];
  let rest = v;
  do { let b = rest % 128; rest = Math.floor(rest / 128); if (rest > 0) b |= 128; out.push(b); } while (rest > 0);
  return Buffer.from(out);
}

/** The sections of a wasm module in order: `id`, where the section starts (its id byte), where
 *  its body starts and where it ends. */
export function wasmSections(bytes) {
  const out = [];
  for (let start = 8; start < bytes.length;) {
    const [size, body] = readLeb(bytes, start + 1);
    out.push({ id: bytes[start], start, body, end: body + size });
    start = body + size;
  }
  return out;
}

/** The module wasm-bindgen's glue answers the main module's imports as (`"./calc-web_bg.js"`), and
 *  the short name it gets. */
const GLUE_MODULE = `./${NAME}_bg.js`;
const SHORT_MODULE = 'w';

/** The main module's imports from the JS glue renamed short, in the wasm and in the glue alike.
 *  wasm-bindgen names each `__wbg_<what>_<16 hex digits>` (164 of them): the hex is a hash, which
 *  compresses hardly at all, and every page loads both files before its first key. Shortened, the
 *  glue went from 6.8 to 4.7 KB gzip and the main module from 76.9 to 73.6. Each import must be one
 *  key of the glue's import object (`    name: function…`) and the module one key
 *  (`"./calc-web_bg.js": import0`): anything else and the build stops rather than ship a module
 *  whose imports go unanswered. */
export function shortImports(js, wasm) {
  const bytes = Buffer.from(wasm);
  const leb = (at) => readLeb(bytes, at);
  const name = (s) => { const b = Buffer.from(s, 'utf8'); return Buffer.concat([writeLeb(b.length), b]); };
  const short = (i) => { const abc = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'; let s = ''; do { s = abc[i % 52] + s; i = Math.floor(i / 52) - 1; } while (i >= 0); return s; };
  const keyAt = (k) => new RegExp(`^( {8})${k.replace(/[.$]/g, '\\$&')}(: function)`, 'm');
  let outJs = js;
  const moduleKey = `"${GLUE_MODULE}": import0,`;
  if (outJs.split(moduleKey).length !== 2) throw new Error(`split: the glue's import object changed shape (${moduleKey})`);
  outJs = outJs.replace(moduleKey, `"${SHORT_MODULE}": import0,`);
  const parts = [bytes.subarray(0, 8)];
  let renamed = 0;
  for (const { id, start, body, end } of wasmSections(bytes)) {
    if (id !== 2) { parts.push(bytes.subarray(start, end)); continue; }
    let [count, q] = leb(body);
    const entries = [writeLeb(count)];
    while (count-- > 0) {
      const [ml, m0] = leb(q); const mod = bytes.toString('utf8', m0, m0 + ml);
      const [fl, f0] = leb(m0 + ml); const field = bytes.toString('utf8', f0, f0 + fl);
      let d = f0 + fl;
      const kind = bytes[d++];
      if (kind === 0 || kind === 4) d = leb(kind === 4 ? d + 1 : d)[1];
      else if (kind === 1 || kind === 2) { if (kind === 1) d++; const flags = bytes[d++]; d = leb(d)[1]; if (flags & 1) d = leb(d)[1]; }
      else if (kind === 3) d += 2;
      else throw new Error(`split: import ${mod}.${field} of an unknown kind ${kind}`);
      if (mod === GLUE_MODULE) {
        const to = short(renamed++);
        if (outJs.split(keyAt(field)).length !== 4) throw new Error(`split: the glue's import object has no single key ${field}`);
        outJs = outJs.replace(keyAt(field), `$1${to}$2`);
        entries.push(name(SHORT_MODULE), name(to), bytes.subarray(f0 + fl, d));
      } else entries.push(bytes.subarray(q, d));
      q = d;
    }
    if (q !== end) throw new Error('split: the import section did not read to its end');
    const section = Buffer.concat(entries);
    parts.push(Buffer.from([2]), writeLeb(section.length), section);
  }
  if (renamed === 0) throw new Error(`split: no import from ${GLUE_MODULE} in the main module`);
  return { js: outJs, wasm: Buffer.concat(parts) };
}

/** wasm-streams' adapters of Rust streams to JS streams, which the glue exports as classes for
 *  server functions' streamed bodies. Leptos links them in; this site has no server, and nothing
 *  hands one to JS (the glue has no `__wrap` for them). Their exports alone kept their code alive:
 *  3.9 KB raw, 1.3 KB gzip of the main module every page loads. */
const STREAM_CLASSES = ['IntoUnderlyingByteSource', 'IntoUnderlyingSink', 'IntoUnderlyingSource'];

/** The main module without wasm-streams' exports, and the glue without their classes: wasm-opt then
 *  drops their code. The build stops if the glue could make one of them (a `__wrap`), if a class
 *  or its finalizer is not where expected, or if the module and the glue disagree about them; a
 *  build whose Leptos no longer links them passes through unchanged. */
export function dropStreamClasses(js, wasm) {
  const bytes = Buffer.from(wasm);
  const dead = new RegExp(`^(?:__wbg_)?(?:${STREAM_CLASSES.map((c) => c.toLowerCase()).join('|')})_`);
  const parts = [bytes.subarray(0, 8)];
  let dropped = 0;
  for (const { id, start, body, end } of wasmSections(bytes)) {
    if (id !== 7) { parts.push(bytes.subarray(start, end)); continue; }
    let [count, q] = readLeb(bytes, body);
    const kept = [];
    while (count-- > 0) {
      const [nl, n0] = readLeb(bytes, q);
      const d = readLeb(bytes, n0 + nl + 1)[1];
      if (dead.test(bytes.toString('utf8', n0, n0 + nl))) dropped += 1;
      else kept.push(bytes.subarray(q, d));
      q = d;
    }
    if (q !== end) throw new Error('split: the export section did not read to its end');
    const section = Buffer.concat([writeLeb(kept.length), ...kept]);
    parts.push(Buffer.from([7]), writeLeb(section.length), section);
  }
  const named = STREAM_CLASSES.filter((c) => js.includes(c));
  if (dropped === 0 && named.length === 0) return { js, wasm: bytes };
  if (dropped === 0 || named.length !== STREAM_CLASSES.length) {
    throw new Error(`split: the module (${dropped} exports) and the glue (${named.join(', ') || 'none'}) disagree about wasm-streams' classes`);
  }
  let outJs = js;
  const once = (re, what) => {
    if (outJs.split(re).length !== 2) throw new Error(`split: the glue's ${what} changed shape`);
    outJs = outJs.replace(re, '');
  };
  for (const c of STREAM_CLASSES) {
    if (outJs.includes(`${c}.__wrap`)) throw new Error(`split: the glue can make a ${c}: its exports are needed`);
    once(new RegExp(`^export class ${c} \\{\\n[\\s\\S]*?\\n\\}\\n(?:if \\(Symbol\\.dispose\\) ${c}\\.prototype\\[Symbol\\.dispose\\] = ${c}\\.prototype\\.free;\\n)?`, 'm'), `class ${c}`);
    once(new RegExp(`^const ${c}Finalization = \\(typeof FinalizationRegistry === 'undefined'\\)\\n[^\\n]*\\n[^\\n]*\\n`, 'm'), `${c}Finalization`);
  }
  if (/intounderlying/i.test(outJs)) throw new Error("split: wasm-streams' classes are still named in the glue");
  return { js: outJs, wasm: Buffer.concat(parts) };
}

/** Trunk's module script (`import init … await init(…)`) and its two preload links taken out of
 *  `html`; `main` keeps what they named: the main module's JS and wasm, with their integrity. */
export function takeTrunkLoader(html) {
  const script = html.match(/<script type="module">\s*import init, \* as bindings from '([^']+)';\s*const wasm = await init\(\{ module_or_path: '([^']+)' \}\);[\s\S]*?<\/script>/);
  if (!script) throw new Error("split: Trunk's module script changed shape");
  const link = (re) => {
    const m = html.match(re);
    if (!m) throw new Error(`split: no ${re} in index.html`);
    return { tag: m[0], integrity: (m[0].match(/integrity="([^"]+)"/) || [])[1] || '' };
  };
  const js = link(/<link rel="modulepreload" href="[^"]+"[^>]*>/);
  const wasm = link(/<link rel="preload" href="[^"]+"[^>]*as="fetch"[^>]*>/);
  let out = html.replace(script[0], '').replace(js.tag, '').replace(wasm.tag, '');
  out = out.replace(/\n\s*\n(\s*\n)+/g, '\n');
  return { html: out, main: { js: script[1], wasm: script[2], jsIntegrity: js.integrity, wasmIntegrity: wasm.integrity } };
}

// One chunk loader as wasm-split-cli writes it: fetch, then compile and instantiate on first use.
const LOADER_RE = /const src = fetch\(new URL\("\.\/([^"]+)", import\.meta\.url\)\);\n {4}src\.catch\(\(\) => \{\}\);\n {4}return async \(imports\) => \(WebAssembly\.instantiateStreaming\(src, imports\)\);/g;

/** The splitter's loader, changed to use the module the inline script in index.html started
 *  compiling while the main module loaded (`globalThis.__wasmCompiled[url]`), and to compile it
 *  itself otherwise. Measured on /jmdp/fees: the page appeared about 40 ms sooner after the shell
 *  (compiling a dozen modules had waited until the page asked for them). A rejected early compile
 *  (offline, a wrong MIME type) is retried here, and each early module is taken once, so the
 *  loader's own retry after a failure starts afresh. Written once as `EARLY_FN` and called by each
 *  chunk's loader: spelled out in all 88 it was 27 of the file's 33 KB. */
export function compileEarly(loaderJs) {
  let n = 0;
  const outJs = loaderJs.replace(LOADER_RE, (_, file) => {
    n += 1;
    return `return ${EARLY_FN}("./${file}");`;
  });
  const expected = (loaderJs.match(/WebAssembly\.instantiateStreaming/g) || []).length;
  if (n === 0 || n !== expected) throw new Error(`split: the chunk loader changed shape (${n} of ${expected} loaders rewritten)`);
  const imports = outJs.match(/^(?:import [^\n]*\n)*/)[0];
  return `${imports}${EARLY_LOADER}\n${outJs.slice(imports.length)}`;
}

const EARLY_FN = '__calcEarly';
/** One chunk's loader (see compileEarly): `file` relative to the split module's directory. */
const EARLY_LOADER = `function ${EARLY_FN}(file) {
    const url = new URL(file, import.meta.url);
    const early = globalThis.__wasmCompiled && globalThis.__wasmCompiled[url.href];
    if (early) delete globalThis.__wasmCompiled[url.href];
    const compile = () => WebAssembly.compileStreaming(fetch(url));
    const mod = early ? early.catch(compile) : compile();
    mod.catch(() => {});
    return async (imports) => { const module = await mod; return { module, instance: await WebAssembly.instantiate(module, imports) }; };
}`;

/** The splitter's WASM_SPLIT_SHARED_SETS (see tools/wasm-split.patch): one set, every lazily loaded
 *  page but those APART. Code only calculators share becomes a chunk the pages apart do not load;
 *  code they share with the calculators, a chunk every page loads. Split modules are named
 *  `<function>_<hash>`, hence the trailing `_`. */
export function sharedSets(routes = lazyRoutes(), apart = APART, sets = PAGE_SETS) {
  const pages = Object.values(routes);
  for (const a of apart) if (!pages.includes(a)) throw new Error(`split: APART names ${a}, which is no lazy page`);
  for (const p of sets.flat()) if (!pages.includes(p)) throw new Error(`split: PAGE_SETS names ${p}, which is no lazy page`);
  const all = pages.filter((f) => !apart.includes(f));
  return [all, ...sets].map((set) => set.map((f) => `${f}_`).join(',')).join(';');
}

/** The routes with a lazily loaded page, from crate-web's page table (`site_pages!` in lib.rs):
 *  `"/jmdp/fees" => fees_page: pages::jmdp_fees::JmdpFees, …`. The router and the home page read
 *  the same table. */
export function lazyRoutes(libRs = fs.readFileSync(path.join(ROOT, 'crate-web/src/lib.rs'), 'utf8')) {
  const at = libRs.indexOf('site_pages! {');
  if (at < 0) throw new Error('split: no site_pages! table in crate-web/src/lib.rs');
  const body = libRs.slice(at, libRs.indexOf('\n}', at));
  const routes = {};
  for (const m of body.matchAll(/"(\/[^"]*)"\s*=>\s*(\w+)\s*:/g)) routes[m[1]] = m[2];
  if (Object.keys(routes).length === 0) throw new Error('split: no pages found in the site_pages! table of crate-web/src/lib.rs');
  return routes;
}

/** Route → the files its page loads (its own module first, then its chunks), from the loader the
 *  splitter wrote. Every split point but those OFF_PAGE must belong to a route, and every route to
 *  a split point, so the preload list cannot silently fall behind the code. */
export function pagePreloads(loaderJs, dirName, routes = lazyRoutes()) {
  const splits = {};
  const re = /export const __wasm_split_load_(\w+?)(?:_(\d+))? = [\s\S]*?fetch\(new URL\("\.\/([^"]+)"[\s\S]*?\n, \[([^\]]*)\]\)\);/g;
  for (const m of loaderJs.matchAll(re)) {
    const deps = m[4].split(',').map((d) => d.trim()).filter(Boolean).map((d) => `${d.replace(/^__/, '')}.wasm`);
    splits[m[1]] = [m[3], ...deps].map((f) => `${dirName}/${f}`);
  }
  const out = {};
  for (const [route, fn] of Object.entries(routes)) {
    if (!splits[fn]) throw new Error(`split: route ${route} names ${fn}(), which is no split point`);
    out[route] = [`${dirName}/__wasm_split.js`, ...splits[fn]];
  }
  const used = new Set(Object.values(routes));
  for (const fn of Object.keys(splits)) {
    if (!OFF_PAGE.includes(fn) && !used.has(fn)) throw new Error(`split: split point ${fn} has no page in lib.rs site_pages!`);
  }
  return out;
}

/** Where a page's pack is (see writePacks): beside its own module, in `pack/`, under its name.
 *  One rule for the build and the page's loader (which spells it in its own words). */
export const packOf = (file) => file.replace(/[^/]*$/, 'pack/$&');

/** A pack: `count` as a u32 (little-endian), each part's length as a u32, then the parts. */
export function packBytes(parts) {
  const head = Buffer.alloc(4 * (parts.length + 1));
  head.writeUInt32LE(parts.length, 0);
  parts.forEach((b, i) => head.writeUInt32LE(b.length, 4 * (i + 1)));
  return Buffer.concat([head, ...parts]);
}

/** The parts of a pack, as `packBytes` wrote them; throws on anything else. */
export function packParts(bytes) {
  const n = bytes.readUInt32LE(0);
  const out = [];
  let at = 4 * (n + 1);
  for (let i = 0; i < n; i++) {
    const len = bytes.readUInt32LE(4 * (i + 1));
    out.push(bytes.subarray(at, at + len));
    at += len;
  }
  if (at !== bytes.length) throw new Error(`split: a pack of ${n} parts is ${bytes.length} B, not ${at}`);
  return out;
}

/** For every route, its page's wasm modules (the preload list without the JS) concatenated into
 *  one file, `packOf(first module)`, in the order of the list. A first visit has no service worker
 *  yet, and a page's first key fetched its 9-28 modules one request each: over HTTP/1.1 (six
 *  connections to a host) each waited a round trip of its own, 150 ms on a throttled phone. The
 *  loader fetches the pack instead (see pageLoader). Measured with `make bench` on the issue "Every
 *  page readable at once": first key 163-562 ms sooner on every calculator page, and 2.6-7.8 KB
 *  gzip less on interaction (one file compresses better than many small ones). The service worker
 *  does not precache packs (postbuild): with it, the modules come from its cache one by one, as
 *  before. Returns route → pack (relative to `dist`). */
export function writePacks(dist, preload) {
  const out = {};
  for (const [route, files] of Object.entries(preload)) {
    const wasm = files.filter((f) => f.endsWith('.wasm'));
    if (wasm.length === 0) continue;
    const pack = packOf(wasm[0]);
    fs.mkdirSync(path.dirname(path.join(dist, pack)), { recursive: true });
    fs.writeFileSync(path.join(dist, pack), packBytes(wasm.map((f) => fs.readFileSync(path.join(dist, f)))));
    out[route] = pack;
  }
  return out;
}

/** A document's rules page (`/rules/<slug>`): it loads what `/rules` loads. One pattern for the
 *  loader's lookup (written into it) and for `ownPreloads`, so the two cannot disagree. */
const DOC_PAGE = /^\/rules\/.+/;

/** The route a prerendered page of the site stands for, from its file (relative to the site):
 *  `en/jmdp/fees/index.html` → `/jmdp/fees`, `index.html` → `/`; `null` for any other file
 *  (404.html stands for every address). */
export function routeOfPage(file) {
  const m = file.match(/^(?:en\/)?((?:[^/]+\/)*)index\.html$/);
  return m ? `/${m[1].replace(/\/$/, '')}` : null;
}

/** `html` (the page at `file`) with its loader's preload table (`m`) cut to the page's own route:
 *  the loader starts only the opened page's modules, and the table of every route cost each page
 *  0.4 KB gzip before anything was used (/patient/year 21,746 → 21,315 B). A document's rules page
 *  keeps `/rules`'s entry (the loader's own mapping); 404.html, which answers any address, keeps
 *  the whole table. A page without the loader is returned as it is. */
export function ownPreloads(html, file) {
  const found = html.match(/const m=(\{.*?\}),M=/);
  const route = routeOfPage(file);
  if (!found || route === null) return html;
  const key = route.replace(DOC_PAGE, '/rules');
  const table = JSON.parse(found[1]);
  const own = key in table ? { [key]: table[key] } : {};
  return html.replace(found[0], () => `const m=${JSON.stringify(own)},M=`);
}

/** The page's loader, an inline script in every page (tools/split.mjs step 6).
 *
 *  A prerendered page (`#app[data-prerendered]`, crate-web/src/bin/prerender.rs) reads completely
 *  without the wasm, so the app starts only when the person starts using the form: a pointer down,
 *  a key or focus on a field, button, label or summary (links just go to their page). It starts at
 *  once where the prerendered page cannot stand for the app: no prerendered page (404.html, the
 *  address of an unknown page), inputs in the address (a shared link), records saved in this
 *  browser for the page (`[data-records]`), a page that shows the day it was built (`data-today`) opened on another day, or one
 *  opened on a day some rule is not the version it was on the build's day (outside
 *  `data-rules-from`…`data-rules-until`; within, its 基準日 field is moved from the build's day,
 *  `data-built`, to today: the same rules, so the same result).
 *  `calcStart()` starts it too (the JS API, docs/api.md) and returns the bindings.
 *
 *  Each page is prerendered in Japanese at its route and in English below `/en/`. A Japanese
 *  address opened by someone who chose English earlier (`calc.lang`, crate-web/src/i18n.rs) is
 *  replaced at once by its English address, before anything is drawn; an English address is shown
 *  in English whatever was chosen (it was shared or bookmarked that way). `p` is the route without
 *  `/en`, the key of the preload table (a document's rules page, `/rules/<slug>`, is `/rules`'s).
 *
 *  While the app loads a line at the foot of the screen says so (after 0.3 s, style
 *  `.page-loading`); if it cannot load (offline before the service worker had the site, a network
 *  error) the line says that the result shown is not for what was typed, and the next use of the
 *  form tries again: the prerendered result never passes for the answer to the person's input.
 *
 *  On start it preloads the page's split modules (`m`, route → files, kept compiling in
 *  `globalThis.__wasmCompiled` for `compileEarly`; written for every route, then cut to the page's
 *  own by postbuild, see `ownPreloads`) and the main module, checked against the
 *  integrity Trunk gave them. Without a service worker in control (a first visit) the modules come
 *  in one request, the page's pack (`pack`, see `writePacks`), compiled once it is all in
 *  (measured against compiling each module as soon as its bytes were in: the same first key
 *  within the runs' spread, for 0.2 KB gzip more in every page); a pack that fails or is not what
 *  the list expects rejects every module, and `compileEarly`'s loader then fetches each on its own; the main module's wasm is requested with its JS, not after it (one
 *  round trip less: 150 ms on a throttled phone). When the app's page is ready it calls `__calcCarry(app, root)`
 *  (crate-web/src/lib.rs `take_over`): what the person typed, ticked, chose or opened on the
 *  prerendered page is set on the app's, field by field (matched by id, a help button by the hint
 *  it controls, anything else by its order among those with neither: a fold the app draws only
 *  when open has fewer fields), with the events the app listens to; `__calcTouched(details)` tells
 *  the app which of the prerendered page's folds the person opened, closed or typed in, so it
 *  draws their content. Only that: the app's own start may differ (a link, saved records), and a reload
 *  has the browser put the previous page's values back into fields the person never touched; after the swap the same field has the focus and the caret, and a button pressed while the
 *  app loaded is pressed on the app's page. The service worker is
 *  registered once the page has loaded, so a second visit and offline work without using a form.
 *  Its precache of the whole site (~1 MB brotli) would share a phone's downlink with the page's
 *  own wasm: while the page loads its modules it tells an installing worker 'hold' and, once they
 *  are in (or failed), 'go' (`tell`; the worker drops the files on its way, to fetch them again
 *  after, and starts no other, see postbuild's swSource); a page already loading at `load`
 *  registers the worker after 'go'. Measured with `make bench` (first_key_precaching, a tap a second after load while the
 *  worker precaches): see the issue "Every page readable at once". */
export function pageLoader(preload, main) {
  // The tables stay as written (postbuild's ownPreloads cuts `m` by its text); the code after
  // them is minified (minifyInline). m and M are free names there, so esbuild keeps them.
  return `(()=>{const m=${JSON.stringify(preload)},M=${JSON.stringify(main)};${LOADER_CODE}})();`;
}

/** The loader's `pack(url, n)`: the page's modules from its pack (see pageLoader, writePacks):
 *  one promise of a compiled module per part; every one rejects for a pack that does not load or
 *  is not n parts that fill it exactly. Its own source so that tests run it as the loader has it. */
export const PACK_SRC = String.raw`(url,n)=>{const a=fetch(url).then((s)=>{if(!s.ok)throw 0;return s.arrayBuffer();}).then((x)=>{const g=new DataView(x),e=[];let o=4*n+4;
if(g.getUint32(0,true)!==n)throw 0;for(let i=1;i<=n;i++){const l=g.getUint32(4*i,true);e.push(new Uint8Array(x,o,l));o+=l;}if(o!==x.byteLength)throw 0;return e;});
return[...Array(n)].map((_,i)=>a.then((e)=>WebAssembly.compile(e[i])));}`;

/** The loader's code after its tables (pageLoader's comment says what it does), minified once
 *  (esbuild, as the other JS): with the service worker's hold added, the loader is 48 B gzip
 *  smaller than it was without it, written by hand (2,979 -> 2,931 on /jmdp/fees); written by hand
 *  the hold cost 114 B, and /patient/year had 49 B left under its 30 KB. */
const LOADER_CODE = minifyInline(String.raw`const d=document,w=window,base=d.baseURI,b=new URL(base).pathname.replace(/\/$/,'');
let p=location.pathname;if(b&&p.startsWith(b))p=p.slice(b.length);p=p.replace(/index\.html$/,'');if(p.length>1)p=p.replace(/\/$/,'');if(!p)p='/';
const ea=p==='/en'||p.startsWith('/en/');if(ea)p=p.slice(3)||'/';
let chosen=null;try{chosen=w.localStorage.getItem('calc.lang');}catch(e){}
if(!ea&&chosen==='en'&&d.documentElement.lang!=='en'){location.replace(b+'/en'+(p==='/'?'/':p+'/')+location.search+location.hash);return;}
const u=(f)=>new URL(f,base).href,sw=navigator.serviceWorker;let started,busy=0,regd=0;
const reg=()=>{if(sw&&!regd++)sw.register(u('sw.js')).then((r)=>r.update()).catch(()=>{});};
const tell=(t)=>{busy=t==='hold';if(sw)sw.getRegistration().then((r)=>{const i=r&&r.installing;if(i)i.postMessage(t);},()=>{});if(!busy)reg();};
const pack=${PACK_SRC};
const link=(rel,href,integrity)=>{const l=d.createElement('link');l.rel=rel;l.href=href;l.crossOrigin='anonymous';if(integrity)l.integrity=integrity;d.head.appendChild(l);};
const en=()=>d.documentElement.lang==='en';
const note=(ja,eng,failed)=>{let n=d.getElementById('calc-load');if(!n){n=d.createElement('p');n.id='calc-load';d.body.appendChild(n);}
n.className='page-loading no-print'+(failed?' load-failed':'');n.setAttribute('role',failed?'alert':'status');n.textContent=en()?eng:ja;};
const unnote=()=>{const n=d.getElementById('calc-load');if(n)n.remove();};
const run=async()=>{for(const e of EV)removeEventListener(e,use,true);note('計算の準備をしています…','Preparing the calculator…');tell('hold');
const c=globalThis.__wasmCompiled={},L=m[p]||m[p.replace(${DOC_PAGE},'/rules')]||[],W=L.filter((f)=>!f.endsWith('.js'));
for(const f of L)if(f.endsWith('.js'))link('modulepreload',u(f));
const q=W.length&&!(sw&&sw.controller)?pack(u(W[0].replace(/[^/]*$/,'pack/$&')),W.length):W.map((f)=>WebAssembly.compileStreaming(fetch(u(f))));
W.forEach((f,i)=>{c[u(f)]=q[i];q[i].catch(()=>{});});
const main=fetch(u(M.wasm),M.wasmIntegrity?{integrity:M.wasmIntegrity}:{});main.catch(()=>{});
link('modulepreload',u(M.js),M.jsIntegrity);const mod=await import(u(M.js));
const wasm=await mod.default({module_or_path:main});unnote();Promise.allSettled(q).then(()=>tell('go'));
w.wasmBindings=mod;dispatchEvent(new CustomEvent('TrunkApplicationStarted',{detail:{wasm}}));return mod;};
const start=w.calcStart=()=>started||(started=run().catch((err)=>{started=null;tell('go');for(const e of EV)addEventListener(e,use,true);
note('計算を読み込めませんでした。表示中の結果は入力前のものです。接続を確かめて、もう一度入力してください。',
'The calculator could not be loaded: the result shown is not for what you typed. Check your connection and try again.',true);throw err;}));
const kick=()=>{start().catch(()=>{});};
const EV=['pointerdown','keydown','focusin'];
const use=(e)=>{const t=e.target;if(t&&t.closest&&t.closest('#app')&&t.closest('input,select,textarea,button,label,summary'))kick();};
for(const e of EV)addEventListener(e,use,true);
const toggled=new Set(),used=new Set();addEventListener('toggle',(e)=>toggled.add(e.target),true);
for(const e of['input','change'])addEventListener(e,(e)=>{if(e.isTrusted)used.add(e.target);},true);
let clicked=null;addEventListener('click',(e)=>{const t=e.target&&e.target.closest&&e.target.closest('#app[data-prerendered] button');if(t)clicked=t;},true);
const F='input,select,textarea,details';
const mine=(app,root,q)=>[...app.querySelectorAll(q)].filter((e)=>!root.contains(e));
w.__calcTouched=(e)=>toggled.has(e)||[...used].some((u)=>e.contains(u));
const key=(l)=>{let i=0;return l.map((e)=>e.id?'#'+e.id:e.getAttribute('aria-controls')||i++);};
const pair=(o,n)=>{const k=key(n),by=new Map(k.map((x,i)=>[x,n[i]]));return key(o).map((x,i)=>[o[i],by.get(x)]);};
w.__calcCarry=(app,root)=>{const b=pair(mine(app,root,'button'),[...root.querySelectorAll('button')]).find(([o])=>o===clicked),
press=b&&b[1]&&b[1].textContent===clicked.textContent?b[1]:null;
let focus=null;const a=d.activeElement;
pair(mine(app,root,F),[...root.querySelectorAll(F)]).forEach(([o,n])=>{if(!n||n.tagName!==o.tagName||n.type!==o.type||n.id!==o.id)return;
if(o===a)focus=[n,o.selectionStart,o.selectionEnd];
if(o.tagName==='DETAILS'){if(toggled.has(o))n.open=o.open;return;}
if(!used.has(o))return;if(o.type==='checkbox'||o.type==='radio'){if(o.checked!==n.checked)n.click();return;}
if(o.type==='file'||o.value===n.value)return;n.value=o.value;
n.dispatchEvent(new Event('input',{bubbles:true}));n.dispatchEvent(new Event('change',{bubbles:true}));});
return()=>{if(focus){focus[0].focus();try{if(focus[1]!=null)focus[0].setSelectionRange(focus[1],focus[2]);}catch(e){}}if(press)press.click();};};
const day=()=>new Date(Date.now()-new Date().getTimezoneOffset()*6e4).toISOString().slice(0,10);
const check=()=>{const app=d.getElementById('app');let s=null;try{s=w.localStorage;}catch(e){}
const r=d.querySelector('#app [data-records]');
if(!app||!app.hasAttribute('data-prerendered')||location.search.length>1||(r&&s&&s.getItem(r.getAttribute('data-records'))!==null)
)return kick();
const t=day(),a=app.dataset;if(a.today&&a.today!==t)return kick();
if(a.built&&a.built!==t){if(t<a.rulesFrom||t>a.rulesUntil)return kick();for(const i of app.querySelectorAll('input[id$="-as_of"]'))if(i.value===a.built){i.value=t;i.setAttribute('value',t);}}};
if(d.readyState==='loading')d.addEventListener('DOMContentLoaded',check);else check();
addEventListener('load',()=>{if(!busy)reg();});`);

if (import.meta.url === `file://${path.resolve(process.argv[1] || '')}`) {
  const dist = process.argv[2];
  if (!dist) {
    console.error('usage: node tools/split.mjs DIST_DIR');
    process.exit(2);
  }
  const r = await split(dist);
  console.log(`split: ${dist}/${r.dir}: main module and ${r.chunks} lazily loaded chunks`);
}
