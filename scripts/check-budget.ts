// Size budget, run after every build: what the site itself sends for first render (app code,
// data, CSS, fonts for the labels, the HTML; MapLibre is measured by `npm run bench` but is not
// ours to shrink), gzip -9. Fails the build when over. Budget chosen from the 2026-11-22
// measurement (~165 KB) with a little headroom; raise it only with a reason in the commit.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGET_KB = 180;
const dir = process.argv[2] ?? 'dist';
const assets = readdirSync(join(dir, 'assets'));
const html = readFileSync(join(dir, 'index.html'), 'utf8');
// First render = what index.html references directly (its first frame is inline) and the label
// fonts. The full data (atlas.json) and MapLibre load after the first frame; first-frame.json only
// for a deep link or a click before the engine is up.
const referenced = assets.filter((f) => html.includes(`assets/${f}`));
const files = [
  'index.html',
  ...referenced.filter((f) => !/^maplibre/.test(f) || f.endsWith('.css')).map((f) => `assets/${f}`),
  ...assets.filter((f) => f.endsWith('.woff2')).map((f) => `assets/${f}`),
];
let total = 0;
for (const f of [...new Set(files)]) {
  const size = gzipSync(readFileSync(join(dir, f)), { level: 9 }).length;
  total += size;
  process.stdout.write(`budget: ${f.padEnd(48)} ${(size / 1024).toFixed(1).padStart(7)} KB gzip\n`);
}
const kb = total / 1024;
process.stdout.write(`budget: first render (site's own files) ${kb.toFixed(1)} KB gzip of ${BUDGET_KB} KB\n`);
if (kb > BUDGET_KB) {
  process.stderr.write(`budget: over by ${(kb - BUDGET_KB).toFixed(1)} KB\n`);
  process.exit(1);
}
