// Vite plugin: writes a .gz (gzip -9) and a .br (brotli q11) beside every built text file over
// 1 KB, for hosts that serve precompressed files (nginx gzip_static/brotli_static, Netlify,
// Cloudflare Pages, sirv…): the reader gets the smallest bytes with no compression at request time.
import { readFileSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { builtFiles } from './built-files.ts';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** The text files precompressed, by extension, with the type a server sends them as (serve-precompressed.ts). */
export const PRECOMPRESSED_TYPES: Record<string, string> = {
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

export function precompress(dir: string): { files: number; raw: number; gzip: number; brotli: number } {
  const total = { files: 0, raw: 0, gzip: 0, brotli: 0 };
  for (const path of builtFiles(dir)) {
    if (!(extname(path) in PRECOMPRESSED_TYPES)) continue;
    const body = readFileSync(path);
    if (body.length < 1024) continue;
    const gz = gzipSync(body, { level: 9 });
    const br = brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    });
    writeFileSync(`${path}.gz`, gz);
    writeFileSync(`${path}.br`, br);
    total.files++;
    total.raw += body.length;
    total.gzip += gz.length;
    total.brotli += br.length;
  }
  return total;
}

export function precompressPlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      const t = precompress(outDir);
      const kb = (b: number) => `${Math.round(b / 1024)} KB`;
      this.info(`precompressed ${t.files} files: ${kb(t.raw)} → gzip ${kb(t.gzip)}, brotli ${kb(t.brotli)}`);
    },
  };
}
