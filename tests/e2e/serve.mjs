// A static file server for the end-to-end tests, behaving like a static host: files from a
// directory mounted at a path prefix, and 404.html (the SPA fallback) for any unknown path.
// Compresses text and wasm (brotli or gzip, as the browser accepts) like GitHub Pages, Netlify or
// nginx with gzip on do, so Lighthouse in `make bench` sees the bytes a real visit transfers.
// Records every request it serves.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.json': 'application/json', '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
};

const COMPRESSED = new Set(['.html', '.js', '.wasm', '.css', '.json', '.webmanifest', '.svg']);

/** The encoding to answer with for this request and file type (null: send as it is). */
function encodingFor(req, file) {
  if (!COMPRESSED.has(path.extname(file))) return null;
  const accept = String(req.headers['accept-encoding'] || '');
  if (/\bbr\b/.test(accept)) return 'br';
  if (/\bgzip\b/.test(accept)) return 'gzip';
  return null;
}

/** One downlink shared by every response in flight, as a phone's is (`make bench`): each response
 *  starts `latencyMs` after its request, then the link's `bytesPerSecond` is shared equally
 *  between the responses still sending, 100 times a second. Chromium's own network throttling
 *  cannot stand for this: it throttles each page or worker on its own, so a service worker
 *  precaching the site would not slow the page's downloads as it does on a phone.
 *  Returns send(res, status, headers, body). */
function sharedLink({ bytesPerSecond, latencyMs }) {
  const sending = new Set();
  let timer = null;
  let spare = 0;
  const tick = () => {
    spare += bytesPerSecond / 100;
    while (spare >= 1 && sending.size > 0) {
      const share = Math.max(1, Math.floor(spare / sending.size));
      for (const s of [...sending]) {
        // A request the browser gave up on (an aborted fetch) no longer shares the link.
        if (s.res.destroyed) {
          sending.delete(s);
          continue;
        }
        const n = Math.min(share, s.body.length - s.sent, Math.floor(spare));
        if (n <= 0) break;
        s.res.write(s.body.subarray(s.sent, s.sent + n));
        s.sent += n;
        spare -= n;
        if (s.sent >= s.body.length) {
          s.res.end();
          sending.delete(s);
        }
      }
    }
    if (sending.size === 0) {
      clearInterval(timer);
      timer = null;
      spare = 0;
    }
  };
  return (res, status, headers, body) => {
    setTimeout(() => {
      if (res.destroyed) return;
      res.writeHead(status, headers);
      if (body.length === 0) {
        res.end();
        return;
      }
      sending.add({ res, body, sent: 0 });
      if (!timer) timer = setInterval(tick, 10);
    }, latencyMs);
  };
}

/** Serves `dir` under `prefix` (e.g. "/" or "/sub/path/") on 127.0.0.1 at `port` (0: any free
 *  one); resolves to {url, origin, close, arrivals}. `link` ({bytesPerSecond, latencyMs}): every
 *  response goes through one shared, throttled downlink (see sharedLink). */
export function serve(dir, prefix = '/', port = 0, { link = null } = {}) {
  const root = path.resolve(dir);
  const arrivals = [];
  const compressed = new Map();
  const send = link ? sharedLink(link) : (res, status, headers, body) => {
    res.writeHead(status, headers);
    res.end(body);
  };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    // When each request reached the server, and whether it asked past every cache (a service
    // worker's precache does, `cache: 'reload'`; a page's own fetch does not).
    arrivals.push({ path: url.pathname, at: Date.now(), reload: /no-cache/.test(String(req.headers['cache-control'] || '')) });
    let rel = null;
    if (url.pathname.startsWith(prefix)) rel = decodeURIComponent(url.pathname.slice(prefix.length));
    let file = rel !== null ? path.join(root, rel || 'index.html') : null;
    if (file && !file.startsWith(root)) file = null;
    if (file && fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    let status = 200;
    if (!file || !fs.existsSync(file)) {
      // What GitHub Pages / Netlify do: 404.html with status 404 for deep links.
      file = path.join(root, '404.html');
      status = 404;
      if (!fs.existsSync(file)) {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('not found');
        return;
      }
    }
    const type = TYPES[path.extname(file)] || 'application/octet-stream';
    const headers = { 'content-type': type, 'cache-control': 'no-cache', vary: 'accept-encoding' };
    const encoding = encodingFor(req, file);
    if (!encoding) {
      send(res, status, headers, fs.readFileSync(file));
      return;
    }
    // Compressed once per file version (hosts precompress or cache too, so timings exclude it);
    // keyed by mtime and size because the redeploy test rewrites files while serving.
    const st = fs.statSync(file);
    const key = `${encoding}|${file}|${st.mtimeMs}|${st.size}`;
    let out = compressed.get(key);
    if (!out) {
      const body = fs.readFileSync(file);
      out = encoding === 'br'
        ? zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9 } })
        : zlib.gzipSync(body, { level: 9 });
      compressed.set(key, out);
    }
    send(res, status, { ...headers, 'content-encoding': encoding, 'content-length': out.length }, out);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}${prefix}`, origin: `http://127.0.0.1:${port}`, arrivals,
        close: () => new Promise((r) => server.close(r)) });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'dist', prefix = '/', port] = process.argv.slice(2);
  serve(dir, prefix, Number(port || 0)).then((s) => console.log(`serving ${dir} at ${s.url}`));
}
