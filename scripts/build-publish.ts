// npm run build:publish — the build for publication: refuses to start without SITE_URL, builds,
// then checks that every preview image, og:url, canonical link and oEmbed URL in dist/ is absolute
// (src/share/publish-check.ts). `npm start` and `npm run build` do not need SITE_URL.
import { execSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { publishProblems, siteUrlFrom, type BuiltFile } from '../src/share/publish-check.ts';

const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'dist';
const raw = process.env.SITE_URL?.trim() || null;
let siteUrl: string | null;
try {
  siteUrl = siteUrlFrom(raw ?? undefined);
} catch {
  siteUrl = raw; // not a URL at all: reported below
}

function fail(problems: string[]): never {
  console.error(`build:publish: not safe to publish (${problems.length} problem(s)):`);
  for (const p of problems.slice(0, 30)) console.error(`  - ${p}`);
  console.error('Set SITE_URL to the address the site will live at, e.g.');
  console.error('  SITE_URL=https://example.org/map/ npm run build:publish');
  process.exit(1);
}

if (!siteUrl || !/^https?:\/\//i.test(siteUrl)) fail(publishProblems([], siteUrl));
if (!process.argv.includes('--check-only')) {
  try {
    execSync('npm run build', { stdio: 'inherit', env: process.env });
  } catch {
    console.error('build:publish: the build itself failed (see above).');
    process.exit(1);
  }
}

const files: BuiltFile[] = [];
const walk = (d: string): void => {
  for (const e of readdirSync(d, { withFileTypes: true })) {
    const p = join(d, e.name);
    if (e.isDirectory()) walk(p);
    else if (/\.(html|json)$/.test(e.name))
      files.push({ path: relative(dir, p), text: readFileSync(p, 'utf8') });
  }
};
walk(dir);
const problems = publishProblems(files, siteUrl);
if (problems.length) fail(problems);
console.log(
  `build:publish: ${files.length} pages and oEmbed answers checked; every URL is absolute (${siteUrl}).`,
);
