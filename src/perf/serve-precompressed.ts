// Vite plugin: `vite preview` (what `npm start` serves) sends the build's brotli files
// (src/perf/precompress-plugin.ts) to browsers that accept them, as hosts with brotli_static or
// Netlify and Cloudflare Pages do. Without it the preview compresses on the fly with gzip, and
// every reader's first bytes here were a third larger than on such a host (index.html 31 → 22 KB).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Connect, Plugin } from 'vite';

/** The types of the files precompress writes a .br for (its TEXT pattern). */
export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** The built file a request path names (a folder's index.html), or null outside `root`. */
export function builtFileFor(root: string, url: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url, 'http://x').pathname);
  } catch {
    return null;
  }
  if (path.endsWith('/')) path += 'index.html';
  const file = normalize(join(root, path));
  return file.startsWith(normalize(root) + sep) ? file : null;
}

export function servePrecompressed(root: string): Connect.NextHandleFunction {
  return (req, res, next) => {
    if (
      (req.method !== 'GET' && req.method !== 'HEAD') ||
      !/\bbr\b/.test(String(req.headers['accept-encoding']))
    )
      return next();
    const file = builtFileFor(root, req.url ?? '/');
    const type = file && CONTENT_TYPES[extname(file)];
    if (!file || !type || !existsSync(`${file}.br`) || !statSync(file).isFile()) return next();
    const body = readFileSync(`${file}.br`);
    res.setHeader('Content-Type', type);
    res.setHeader('Content-Encoding', 'br');
    res.setHeader('Content-Length', body.length);
    res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader('Cache-Control', 'no-cache');
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}

export function servePrecompressedPlugin(): Plugin {
  return {
    name: 'serve-precompressed',
    configurePreviewServer(server) {
      server.middlewares.use(servePrecompressed(resolve(server.config.root, server.config.build.outDir)));
    },
  };
}
