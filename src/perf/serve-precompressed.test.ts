import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtFileFor, servePrecompressed } from './serve-precompressed.ts';

const root = mkdtempSync(join(tmpdir(), 'br-'));
mkdirSync(join(root, 'assets'));
writeFileSync(join(root, 'index.html'), '<p>page</p>');
writeFileSync(join(root, 'index.html.br'), 'BR-PAGE');
writeFileSync(join(root, 'assets', 'a.js'), 'js');
writeFileSync(join(root, 'assets', 'a.js.br'), 'BR-JS');
writeFileSync(join(root, 'small.css'), 'css'); // under 1 KB: precompress writes no .br

/** What the middleware does with one request: the response it sends, or 'next' when it passes. */
function serve(url: string, accept = 'gzip, deflate, br, zstd', method = 'GET') {
  const headers: Record<string, unknown> = {};
  let body: unknown = null;
  let passed = false;
  servePrecompressed(root)(
    { url, method, headers: { 'accept-encoding': accept } } as never,
    { setHeader: (k: string, v: unknown) => (headers[k] = v), end: (b: unknown) => (body = b) } as never,
    () => (passed = true),
  );
  return passed ? 'next' : { headers, body: body ? String(body) : body };
}

describe('the preview serves the build’s brotli files', () => {
  it('sends a page’s and a script’s .br with their types when the browser accepts brotli', () => {
    expect(serve('/?embed=1#place=kunar')).toEqual({
      headers: expect.objectContaining({
        'Content-Encoding': 'br',
        'Content-Type': 'text/html; charset=utf-8',
      }),
      body: 'BR-PAGE',
    });
    const js = serve('/assets/a.js') as { headers: Record<string, unknown>; body: string };
    expect(js.body).toBe('BR-JS');
    expect(js.headers['Content-Type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['Vary']).toBe('Accept-Encoding');
  });

  it('leaves everything else to the preview: no brotli accepted, no .br, POST, outside the build', () => {
    expect(serve('/', 'gzip, deflate')).toBe('next');
    expect(serve('/small.css')).toBe('next');
    expect(serve('/missing.js')).toBe('next');
    expect(serve('/', undefined, 'POST')).toBe('next');
    expect(serve('/../etc/passwd')).toBe('next');
    // URL parsing resolves dot segments first: an escape attempt names a file inside the build.
    expect(builtFileFor(root, '/%2e%2e/%2e%2e/etc/passwd')).toBe(join(root, 'etc', 'passwd'));
    expect(builtFileFor(root, '/a%2F..%2F..%2Fetc%2Fpasswd')).toBeNull();
    expect(builtFileFor(root, '/%E0%A4%A')).toBeNull();
  });
});
