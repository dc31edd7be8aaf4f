// Vite plugin: `vite preview` (what `npm start` serves) sends the build's brotli files
// (src/perf/precompress-plugin.ts) to browsers that accept them, as hosts with brotli_static or
// Netlify and Cloudflare Pages do. Without it the preview compresses on the fly with gzip, and
// every reader's first bytes here were a third larger than on such a host (index.html 31 → 22 KB).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Connect, Plugin } from 'vite';
import { PRECOMPRESSED_TYPES } from './precompress-plugin.ts';

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
    const type = file && PRECOMPRESSED_TYPES[extname(file)];
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
