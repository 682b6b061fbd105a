// Minifies a release site's JS and CSS in place (esbuild, from npm; tools/bootstrap.sh installs it),
// renames content-hashed files by their new contents, and refreshes the subresource-integrity
// hashes in index.html.
//
// Why not Trunk's `minify`: it would rewrite index.html too, which tools/split.mjs edits by
// pattern. Measured on the ship-quality issue's build: wasm-bindgen's JS 8.97 -> 6.73 KB gzip, the
// splitter's loader 2.21 -> 1.45, the stylesheet 8.73 -> 7.02: 4.7 KB off every first visit.
// Only whitespace, comments and local names change (no syntax lowering, no bundling), so
// `import.meta.url`, the exports and every property name the wasm imports stay as they are.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { transformSync } from 'esbuild';

/** `file` (.js as an ES module, or .css) minified in place; returns what it holds now. */
export function minifyFile(file) {
  const src = fs.readFileSync(file, 'utf8');
  const loader = file.endsWith('.css') ? 'css' : 'js';
  const { code } = transformSync(src, { loader, minify: true, ...(loader === 'js' ? { format: 'esm' } : {}), logLevel: 'error' });
  fs.writeFileSync(file, code);
  return code;
}

/** The body of an inline script (top-level `return` allowed), minified: its local names are
 *  renamed, its free names (globals, and names the code around it declares) kept. Japanese text
 *  stays as it is (UTF-8, as the page is), not \u-escaped: smaller in the page's gzip. */
export function minifyInline(body) {
  const { code } = transformSync(`(()=>{${body}\n})();`, { minify: true, charset: 'utf8', target: 'es2020', logLevel: 'error' });
  const inner = code.trim().match(/^\(\(\)=>\{([\s\S]*)\}\)\(\);$/);
  if (!inner) throw new Error(`minifyInline: unexpected output ${code.slice(0, 40)}`);
  return inner[1];
}

/** An address in index.html, relative to the site's top (it may start with the public URL). */
const siteRelative = (href) => href.replace(/^.*?(?=wasm-[0-9a-f]{16}\/|[^/]+$)/, '');
const sri = (file) => `sha384-${crypto.createHash('sha384').update(fs.readFileSync(file)).digest('base64')}`;

/** Every `<link>`/`<script>` in `html` that carries an integrity hash gets the hash of the file it
 *  names now (under `dist`; the address may start with the public URL). Throws for a missing file. */
export function refreshIntegrity(html, dist) {
  return html.replace(/<(link|script)\b[^>]*>/g, (tag) => {
    const integrity = tag.match(/\bintegrity="sha384-[^"]*"/);
    const ref = tag.match(/\b(?:href|src)="([^"]+)"/);
    if (!integrity || !ref) return tag;
    const file = path.join(dist, siteRelative(ref[1]));
    if (!fs.existsSync(file)) throw new Error(`minify: ${ref[1]} has an integrity hash but no file`);
    return tag.replace(integrity[0], `integrity="${sri(file)}"`);
  });
}

/** `html` (a site's index.html) after minifying the stylesheets and scripts it links to at the top
 *  of `dist` (Trunk's own files; not tools/split.mjs's wasm-<hash>/ directory, whose name is the
 *  hash of its contents, minified before), with its integrity hashes refreshed. A file named by
 *  Trunk's content hash (`main-0123456789abcdef.css`) is renamed by the hash of what it holds now:
 *  the same name must never carry two contents, or an HTTP cache could serve the old one, which
 *  the new integrity hash would then refuse. */
export function minifyLinked(html, dist) {
  const names = new Set([...html.matchAll(/\b(?:href|src)="([^"]+\.(?:css|js))"/g)]
    .map((m) => siteRelative(m[1]))
    .filter((rel) => !rel.includes('/') && fs.existsSync(path.join(dist, rel))));
  for (const name of names) {
    const file = path.join(dist, name);
    const code = minifyFile(file);
    const hashed = name.match(/^(.+)-[0-9a-f]{8,16}(\.(?:css|js))$/);
    if (!hashed) continue;
    const hash = crypto.createHash('sha256').update(code).digest('hex').slice(0, 16);
    const renamed = `${hashed[1]}-${hash}${hashed[2]}`;
    fs.renameSync(file, path.join(dist, renamed));
    html = html.split(name).join(renamed);
  }
  return refreshIntegrity(html, dist);
}
