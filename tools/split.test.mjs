// Unit tests of tools/split.mjs's pure parts (node:test, no build): which pages share a chunk.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compileEarly, dropStreamClasses, shortImports, lazyRoutes, ownPreloads, packBytes, packOf, packParts, pageLoader, PACK_SRC, pagePreloads, readLeb, routeOfPage, sharedSets, writeLeb, writePacks } from './split.mjs';

const LIB_RS = `site_pages! {
    "/jmdp/fees" => fees_page: pages::jmdp_fees::JmdpFees, Patient,
        "骨髄バンク 患者負担金", "JMDP patient fees", "…", "…";
    "/pharmacist" => pharmacist_page: pages::pharmacist::Pharmacist, Professional,
        "研修認定薬剤師の単位", "Pharmacist training credits", "…", "…";
    "/rules" => rules_page: pages::rules::RulesPage, Billing,
        "規則と出典の一覧", "Rules and sources", "…", "…";
}
`;

test('lazyRoutes reads the lazily loaded pages from the site_pages! table', () => {
  assert.deepEqual(lazyRoutes(LIB_RS), { '/jmdp/fees': 'fees_page', '/pharmacist': 'pharmacist_page', '/rules': 'rules_page' });
});

test('the shared set is every lazy page but those apart, as split-module name prefixes', () => {
  const routes = lazyRoutes(LIB_RS);
  assert.equal(sharedSets(routes, ['rules_page'], []), 'fees_page_,pharmacist_page_');
  assert.equal(sharedSets(routes, ['rules_page'], [['pharmacist_page']]), 'fees_page_,pharmacist_page_;pharmacist_page_');
  assert.equal(sharedSets(routes, [], []), 'fees_page_,pharmacist_page_,rules_page_');
});

test('the real site keeps /rules apart from the calculators and lists every calculator', () => {
  const routes = lazyRoutes();
  const set = sharedSets(routes).split(';')[0].split(',');
  assert.ok(!set.includes('rules_page_'));
  assert.equal(set.length, Object.keys(routes).length - 1);
  assert.ok(set.includes('fees_page_') && set.includes('pharmacist_page_'));
});

test('a page set apart that is no lazy page is an error, not a silent no-op', () => {
  assert.throws(() => sharedSets(lazyRoutes(LIB_RS), ['rule_page']), /APART names rule_page/);
  assert.throws(() => sharedSets(lazyRoutes(LIB_RS), [], [['fee_page']]), /PAGE_SETS names fee_page/);
});

/** A splitter's loader (its shape: target/split/raw/__wasm_split.js) with these split points. */
const splitLoader = (points) => points.map(([name, file, deps]) => `export const __wasm_split_load_${name} = wrapAsyncCb(makeLoad(() => {
    const src = fetch(new URL("./${file}", import.meta.url));
    src.catch(() => {});
    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));
}
, [${deps.map((d) => `__${d}`).join(', ')}]));
`).join('');

test("each route preloads its page's module and chunks; the split points that are no page belong to none", () => {
  const routes = lazyRoutes(LIB_RS);
  const loader = splitLoader([
    ['fees_page_159', 'split_fees_page_159.wasm', ['chunk_1', 'chunk_2']],
    ['pharmacist_page_159', 'split_pharmacist_page_159.wasm', ['chunk_1', 'chunk_3']],
    ['rules_page_159', 'split_rules_page_159.wasm', ['chunk_2']],
    ['respond_242', 'split_respond_242.wasm', ['chunk_1', 'chunk_2', 'chunk_3']],
    ['records_import', 'split_records_import.wasm', ['chunk_3']],
  ]);
  assert.deepEqual(pagePreloads(loader, 'wasm-x', routes), {
    '/jmdp/fees': ['wasm-x/__wasm_split.js', 'wasm-x/split_fees_page_159.wasm', 'wasm-x/chunk_1.wasm', 'wasm-x/chunk_2.wasm'],
    '/pharmacist': ['wasm-x/__wasm_split.js', 'wasm-x/split_pharmacist_page_159.wasm', 'wasm-x/chunk_1.wasm', 'wasm-x/chunk_3.wasm'],
    '/rules': ['wasm-x/__wasm_split.js', 'wasm-x/split_rules_page_159.wasm', 'wasm-x/chunk_2.wasm'],
  });
  // A split point that is neither a page nor listed as no page is a page missing from the table.
  const stray = loader + splitLoader([['hctc_page_159', 'split_hctc_page_159.wasm', []]]);
  assert.throws(() => pagePreloads(stray, 'wasm-x', routes), /split point hctc_page has no page/);
  // Named without Leptos's hash too (`#[wasm_split(records_import)]`), as records_import is.
  const unnamed = loader + splitLoader([['records_export', 'split_records_export.wasm', []]]);
  assert.throws(() => pagePreloads(unnamed, 'wasm-x', routes), /split point records_export has no page/);
  assert.throws(() => pagePreloads(splitLoader([['fees_page_159', 'f.wasm', []]]), 'wasm-x', routes), /route \/pharmacist names pharmacist_page\(\), which is no split point/);
});

test('a prerendered page stands for its route, in either language; 404.html and other files for none', () => {
  assert.equal(routeOfPage('index.html'), '/');
  assert.equal(routeOfPage('en/index.html'), '/');
  assert.equal(routeOfPage('jmdp/fees/index.html'), '/jmdp/fees');
  assert.equal(routeOfPage('en/patient/year/index.html'), '/patient/year');
  assert.equal(routeOfPage('rules/jmdp-guide/index.html'), '/rules/jmdp-guide');
  assert.equal(routeOfPage('404.html'), null);
  assert.equal(routeOfPage('sw.js'), null);
});

test("each page's loader keeps only its own route's preloads; a rules document keeps /rules's; 404.html all", () => {
  const table = { '/jmdp/fees': ['w/__wasm_split.js', 'w/split_fees.wasm', 'w/chunk_1.wasm'],
    '/patient/year': ['w/__wasm_split.js', 'w/split_year.wasm', 'w/chunk_1.wasm', 'w/chunk_2.wasm'],
    '/rules': ['w/__wasm_split.js', 'w/split_rules.wasm'] };
  const html = `<head><script>${pageLoader(table, { js: 'w/calc-web.js', wasm: 'w/calc-web_bg.wasm' })}</script></head>`;
  const tableOf = (h) => JSON.parse(h.match(/const m=(\{.*?\}),M=/)[1]);
  assert.deepEqual(tableOf(ownPreloads(html, 'en/patient/year/index.html')), { '/patient/year': table['/patient/year'] });
  assert.deepEqual(tableOf(ownPreloads(html, 'rules/hctc-bylaws/index.html')), { '/rules': table['/rules'] });
  assert.deepEqual(tableOf(ownPreloads(html, 'index.html')), {}, 'home loads no page module');
  assert.equal(ownPreloads(html, '404.html'), html);
  const once = ownPreloads(html, 'jmdp/fees/index.html');
  assert.equal(ownPreloads(once, 'jmdp/fees/index.html'), once, 'a second postbuild changes nothing');
  // The rest of the loader is untouched: only the table is shorter.
  assert.equal(once.replace(/const m=\{.*?\},M=/, ''), html.replace(/const m=\{.*?\},M=/, ''));
  assert.equal(ownPreloads('<p>no loader</p>', 'jmdp/fees/index.html'), '<p>no loader</p>');
});

// Two chunk loaders as wasm-split-cli writes them (the import first, as in its output).
const SPLIT_JS = `import { initSync } from "./calc-web.js";

const __chunk_1 = makeLoad(() => {
    const src = fetch(new URL("./chunk_1.wasm", import.meta.url));
    src.catch(() => {});
    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));
}
, []);
const __chunk_2 = makeLoad(() => {
    const src = fetch(new URL("./chunk_2.wasm", import.meta.url));
    src.catch(() => {});
    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));
}
, [__chunk_1]);
`;

test('compileEarly writes the early-compile loader once and has every chunk call it with its own file', () => {
  const out = compileEarly(SPLIT_JS);
  assert.ok(out.startsWith('import { initSync } from "./calc-web.js";\nfunction __calcEarly(file) {'), 'the import stays first');
  assert.equal(out.match(/function __calcEarly\(/g).length, 1);
  assert.equal(out.match(/globalThis\.__wasmCompiled\[url\.href\]/g).length, 2, 'taken once, then deleted');
  assert.deepEqual([...out.matchAll(/return __calcEarly\("([^"]+)"\);/g)].map((m) => m[1]), ['./chunk_1.wasm', './chunk_2.wasm']);
  assert.ok(!out.includes('instantiateStreaming'), 'no loader left in the splitter\'s shape');
  assert.throws(() => compileEarly(SPLIT_JS.replace('src.catch(() => {});', 'src.catch(() => 0);')), /changed shape \(1 of 2/);
});

/** A wasm module importing `funcs` from the glue and a memory from the split loader. */
/** A wasm name (its length, then its bytes) and a section (its id, length and body), as bytes. */
const wasmName = (t) => [...writeLeb(Buffer.byteLength(t)), ...Buffer.from(t)];
const wasmSection = (id, body) => [id, ...writeLeb(body.length), ...body];

function moduleImporting(funcs) {
  const imports = [...funcs.flatMap((f) => [...wasmName('./calc-web_bg.js'), ...wasmName(f), 0, 0]), ...wasmName('./__wasm_split.js'), ...wasmName('memory'), 2, 0, 1];
  const types = [1, 0x60, 0, 0];
  return Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, ...wasmSection(1, types), ...wasmSection(2, [funcs.length + 1, ...imports])]);
}
const GLUE_JS = `function __wbg_get_imports() {
    const import0 = {
        __proto__: null,
        __wbg_alert_0123456789abcdef: function(arg0) {
            alert(arg0);
        },
        __wbg_now_fedcba9876543210: function() {
            return Date.now();
        },
    };
    return {
        __proto__: null,
        "./calc-web_bg.js": import0,
        "./__wasm_split.js": import1,
    };
}`;

test('shortImports renames the glue\'s imports short in the module and in the glue alike, and refuses a glue it cannot match', () => {
  const { js, wasm } = shortImports(GLUE_JS, moduleImporting(['__wbg_alert_0123456789abcdef', '__wbg_now_fedcba9876543210']));
  assert.deepEqual(WebAssembly.Module.imports(new WebAssembly.Module(wasm)).map((i) => `${i.module}.${i.name}`), ['w.a', 'w.b', './__wasm_split.js.memory']);
  assert.match(js, /^ {8}a: function\(arg0\) \{\n {12}alert\(arg0\);/m);
  assert.match(js, /^ {8}b: function\(\) \{\n {12}return Date\.now\(\);/m);
  assert.match(js, /"w": import0,\n {8}"\.\/__wasm_split\.js": import1,/);
  assert.doesNotMatch(js, /[0-9a-f]{16}|calc-web_bg/);
  // An import the glue does not answer by one key of its own stops the build.
  assert.throws(() => shortImports(GLUE_JS, moduleImporting(['__wbg_alert_0123456789abcdef', '__wbg_gone_0000000000000000'])), /no single key __wbg_gone_/);
  assert.throws(() => shortImports(GLUE_JS.replace('"./calc-web_bg.js"', '"./other.js"'), moduleImporting(['__wbg_now_fedcba9876543210'])), /changed shape/);
});

/** A module exporting one empty function under each name. */
function moduleExporting(names) {
  const n = names.length;
  return Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, ...wasmSection(1, [1, 0x60, 0, 0]), ...wasmSection(3, [n, ...names.map(() => 0)]),
    ...wasmSection(7, [n, ...names.flatMap((name, i) => [...wasmName(name), 0, i])]), ...wasmSection(10, [n, ...names.flatMap(() => [2, 0, 0x0b])])]);
}
/** The glue's shape for one of wasm-streams' classes (wasm-bindgen 0.2.130). */
const streamClass = (c) => `export class ${c} {
    free() {
        const ptr = this.__destroy_into_raw();
        wasm.__wbg_${c.toLowerCase()}_free(ptr, 0);
    }
    pull(controller) {
        return wasm.${c.toLowerCase()}_pull(this.__wbg_ptr, controller);
    }
}
if (Symbol.dispose) ${c}.prototype[Symbol.dispose] = ${c}.prototype.free;
`;
const streamFinalizer = (c) => `const ${c}Finalization = (typeof FinalizationRegistry === 'undefined')
    ? { register: () => {}, unregister: () => {} }
    : new FinalizationRegistry(ptr => wasm.__wbg_${c.toLowerCase()}_free(ptr, 1));
`;
const STREAMS = ['IntoUnderlyingByteSource', 'IntoUnderlyingSink', 'IntoUnderlyingSource'];
const streamGlue = (classes = STREAMS) => `export function evaluate(r) { return wasm.evaluate(r); }
${classes.map(streamClass).join('\n')}
const keep = 1;
${classes.map(streamFinalizer).join('')}
function rest() {}
`;

test("dropStreamClasses takes wasm-streams' classes out of the module's exports and the glue, and nothing else", () => {
  const names = ['evaluate', 'memory_like', ...STREAMS.flatMap((c) => [`__wbg_${c.toLowerCase()}_free`, `${c.toLowerCase()}_pull`])];
  const { js, wasm } = dropStreamClasses(streamGlue(), moduleExporting(names));
  assert.deepEqual(WebAssembly.Module.exports(new WebAssembly.Module(wasm)).map((e) => e.name), ['evaluate', 'memory_like']);
  assert.equal(js.replace(/\n+/g, '\n'), 'export function evaluate(r) { return wasm.evaluate(r); }\nconst keep = 1;\nfunction rest() {}\n');
  // Nothing of theirs: passed through.
  const plain = moduleExporting(['evaluate']);
  assert.deepEqual(dropStreamClasses('export const a = 1;\n', plain), { js: 'export const a = 1;\n', wasm: plain });
  // The glue could make one (a `__wrap`), lacks one, or has a class of another shape: the build stops.
  const wrapping = streamGlue().replace('const keep = 1;', 'const keep = IntoUnderlyingSink.__wrap(0);');
  assert.throws(() => dropStreamClasses(wrapping, moduleExporting(names)), /can make a IntoUnderlyingSink/);
  assert.throws(() => dropStreamClasses(streamGlue(STREAMS.slice(1)), moduleExporting(names)), /disagree/);
  assert.throws(() => dropStreamClasses(streamGlue(), moduleExporting(['evaluate'])), /disagree/);
  assert.throws(() => dropStreamClasses(streamGlue().replace('export class IntoUnderlyingSink {', 'class IntoUnderlyingSink {'), moduleExporting(names)), /class IntoUnderlyingSink changed shape/);
});

test('writeLeb writes what readLeb reads, in as few bytes as LEB128 allows', () => {
  assert.deepEqual([...writeLeb(0)], [0]);
  assert.deepEqual([...writeLeb(127)], [127]);
  assert.deepEqual([...writeLeb(300)], [0xac, 0x02]);
  for (const v of [0, 1, 127, 128, 16383, 16384, 2 ** 31, 2 ** 40 + 5]) {
    const bytes = Buffer.concat([Buffer.from([9]), writeLeb(v)]);
    assert.deepEqual(readLeb(bytes, 1), [v, bytes.length]);
  }
});


test("writePacks puts each route's modules, in the order of its list, in one pack beside its own module; no JS", () => {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'packs-'));
  try {
    fs.mkdirSync(path.join(dist, 'wasm-x'));
    const bytes = { 'split_fees_page_1.wasm': moduleExporting(['fees']), 'chunk_1.wasm': moduleExporting(['a', 'b']), 'chunk_2.wasm': moduleExporting([]) };
    for (const [f, b] of Object.entries(bytes)) fs.writeFileSync(path.join(dist, 'wasm-x', f), b);
    const packs = writePacks(dist, {
      '/jmdp/fees': ['wasm-x/__wasm_split.js', 'wasm-x/split_fees_page_1.wasm', 'wasm-x/chunk_2.wasm', 'wasm-x/chunk_1.wasm'],
      '/nothing': ['wasm-x/__wasm_split.js'],
    });
    assert.deepEqual(packs, { '/jmdp/fees': 'wasm-x/pack/split_fees_page_1.wasm' });
    assert.equal(packOf('wasm-x/split_fees_page_1.wasm'), packs['/jmdp/fees']);
    const parts = packParts(fs.readFileSync(path.join(dist, packs['/jmdp/fees'])));
    assert.deepEqual(parts.map((b) => Buffer.from(b)), ['split_fees_page_1.wasm', 'chunk_2.wasm', 'chunk_1.wasm'].map((f) => bytes[f]));
  } finally { fs.rmSync(dist, { recursive: true, force: true }); }
  const pack = packBytes([Buffer.from('abc'), Buffer.from('')]);
  assert.deepEqual([...pack], [2, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 97, 98, 99]);
  assert.throws(() => packParts(pack.subarray(0, pack.length - 1)), /a pack of 2 parts is 14 B, not 15/);
  assert.throws(() => packParts(Buffer.concat([pack, Buffer.from([0])])), /not 15/);
});

/** `pack` cut out of the loader as it ships (minified: its names are esbuild's). */
function shippedPack() {
  const found = pageLoader({}, {}).match(/[,;]\w+=(\(\w+,\w+\)=>\{const \w+=fetch\([\s\S]*?WebAssembly\.compile\(\w+\[\w+\]\)\)\)\})/);
  assert.ok(found, 'the shipped loader has its pack function');
  return found[1];
}

/** The page loader's `pack` (tools/split.mjs PACK_SRC, the source the loader embeds), run here
 *  with `fetch` answering `body` in pieces of `piece` bytes (a slow connection's reads), as written
 *  or minified as the loader ships it. */
async function loaderPack(body, n, piece, status = 200, minified = false) {
  const src = minified ? shippedPack() : PACK_SRC;
  const fetch = async () => new Response(new ReadableStream({
    start(c) { for (let i = 0; i < body.length; i += piece) c.enqueue(new Uint8Array(body.subarray(i, i + piece))); c.close(); },
  }), { status });
  const pack = new Function('fetch', `return ${src};`)(fetch);
  return Promise.allSettled(pack('https://x/pack/a.wasm', n));
}

for (const minified of [false, true]) test(`the page's loader compiles every module of a pack however its bytes arrive, and rejects them all for a wrong pack${minified ? ' (minified)' : ''}`, async () => {
  const modules = [moduleExporting(['fees']), moduleExporting(['a', 'b']), moduleExporting([])];
  const pack = packBytes(modules);
  for (const piece of [1, 3, 7, 16, pack.length]) {
    const got = await loaderPack(pack, 3, piece, 200, minified);
    assert.deepEqual(got.map((r) => r.status), ['fulfilled', 'fulfilled', 'fulfilled'], `pieces of ${piece} B`);
    assert.deepEqual(got.map((r) => WebAssembly.Module.exports(r.value).map((e) => e.name)), [['fees'], ['a', 'b'], []], `pieces of ${piece} B`);
  }
  // Cut short, one byte too many, a header cut short, or another count than the page lists: every
  // module rejected (the chunk loader then fetches each on its own).
  for (const [body, n] of [[pack.subarray(0, pack.length - 1), 3], [Buffer.concat([pack, Buffer.from([0])]), 3], [pack.subarray(0, 5), 3], [pack, 2], [pack, 4]]) {
    const got = await loaderPack(body, n, 4, 200, minified);
    assert.deepEqual(got.map((r) => r.status), Array(n).fill('rejected'), `${body.length} B as ${n} modules`);
  }
  // Not found (a host that lost it): every module rejected.
  assert.deepEqual((await loaderPack(pack, 3, pack.length, 404, minified)).map((r) => r.status), ['rejected', 'rejected', 'rejected']);
});
