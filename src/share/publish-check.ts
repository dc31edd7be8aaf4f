// The publishing check: a site shared on social networks and embedded through oEmbed needs
// absolute URLs in its previews, canonical links and oEmbed answers (a relative og:image unfurls
// with no picture; a relative oEmbed src is a broken frame on the consumer's page). This reads the
// built files and lists every URL that would be relative, or missing where a page needs it.
export interface BuiltFile {
  /** Path inside the build, e.g. "place/kunar/index.html" or "oembed/kunar.json". */
  path: string;
  text: string;
}

/** SITE_URL as a directory URL (a trailing slash, so relative paths resolve under it). */
export function siteUrlFrom(value: string | undefined): string | null {
  if (!value?.trim()) return null;
  const url = new URL(value.trim());
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  url.search = '';
  url.hash = '';
  return url.href;
}

const ABSOLUTE = /^https?:\/\/[^/\s]+/i;
const attr = (html: string, re: RegExp) => [...html.matchAll(re)].map((m) => m[1].replace(/&amp;/g, '&'));

function checkHtml(f: BuiltFile, siteUrl: string | null, out: string[]): void {
  const urls: [string, string[]][] = [
    ['og:image', attr(f.text, /<meta property="og:image" content="([^"]*)"/g)],
    ['twitter:image', attr(f.text, /<meta name="twitter:image" content="([^"]*)"/g)],
    ['og:url', attr(f.text, /<meta property="og:url" content="([^"]*)"/g)],
    ['canonical', attr(f.text, /<link rel="canonical" href="([^"]*)"/g)],
    ['oEmbed link', attr(f.text, /<link rel="alternate" type="application\/json\+oembed" href="([^"]*)"/g)],
  ];
  for (const [what, found] of urls) {
    if (found.length === 0) out.push(`${f.path}: no ${what}`);
    for (const url of found) if (!ABSOLUTE.test(url)) out.push(`${f.path}: ${what} "${url}" is relative`);
  }
  // A place page's og:url and canonical are that page itself.
  const place = f.path.match(/^place\/([^/]+)\/index\.html$/)?.[1];
  if (place && siteUrl) {
    const self = new URL(`place/${place}/`, siteUrl).href;
    for (const [what, found] of urls.slice(2, 4))
      for (const url of found) if (url !== self) out.push(`${f.path}: ${what} "${url}" is not ${self}`);
  }
}

function checkOembed(f: BuiltFile, out: string[]): void {
  let json: { html?: string; thumbnail_url?: string; provider_url?: string };
  try {
    json = JSON.parse(f.text);
  } catch {
    out.push(`${f.path}: not JSON`);
    return;
  }
  const src = json.html?.match(/<iframe src="([^"]*)"/)?.[1]?.replace(/&amp;/g, '&');
  const urls: [string, string | undefined][] = [
    ['iframe src', src],
    ['thumbnail_url', json.thumbnail_url],
    ['provider_url', json.provider_url],
  ];
  for (const [what, url] of urls)
    if (!url) out.push(`${f.path}: no ${what}`);
    else if (!ABSOLUTE.test(url)) out.push(`${f.path}: ${what} "${url}" is relative`);
}

/** Problems that would break previews or oEmbed once published; empty when it is safe to publish. */
export function publishProblems(files: BuiltFile[], siteUrl: string | null): string[] {
  const out: string[] = [];
  if (!siteUrl) out.push('SITE_URL is not set: previews, canonical links and oEmbed would be relative.');
  else if (!ABSOLUTE.test(siteUrl)) out.push(`SITE_URL "${siteUrl}" is not an absolute http(s) URL.`);
  const pages = files.filter((f) => f.path === 'index.html' || /^place\/[^/]+\/index\.html$/.test(f.path));
  const oembeds = files.filter((f) => f.path === 'oembed.json' || /^oembed\/[^/]+\.json$/.test(f.path));
  if (!pages.some((f) => f.path.startsWith('place/'))) out.push('no place pages in the build');
  if (oembeds.length === 0) out.push('no oEmbed answers in the build');
  for (const f of pages) checkHtml(f, siteUrl, out);
  for (const f of oembeds) checkOembed(f, out);
  return out;
}
