// A static file server for the end-to-end tests, behaving like a static host: files from a
// directory mounted at a path prefix, and 404.html (the SPA fallback) for any unknown path.
// Records every request it serves.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.json': 'application/json', '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
};

/** Serves `dir` under `prefix` (e.g. "/" or "/sub/path/") on 127.0.0.1; resolves to {url, close, hits}. */
export function serve(dir, prefix = '/') {
  const root = path.resolve(dir);
  const hits = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    hits.push(url.pathname);
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
    }
    const type = TYPES[path.extname(file)] || 'application/octet-stream';
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-cache' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}${prefix}`, origin: `http://127.0.0.1:${port}`, hits,
        close: () => new Promise((r) => server.close(r)) });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'dist', prefix = '/', port] = process.argv.slice(2);
  serve(dir, prefix).then((s) => console.log(`serving ${dir} at ${s.url}`));
}
