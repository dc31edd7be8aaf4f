// Page options given as query parameters, checked against a known list. Unknown keys (tracking
// parameters such as utm_source added by social sites) are ignored; a known key with a bad value
// is reported.
import { ALL_TIME, checkedRange, isPartialDate, TIME_RULE, type TimeRange } from '../time/range.ts';
export interface PageOptions {
  embed: boolean;
  /** Legend open or folded at start; embeds fold it by default. */
  legend: 'open' | 'closed' | null;
  /** 'online' adds OpenStreetMap's raster tiles; the built-in basemap stays as the fallback. */
  basemap: 'builtin' | 'online';
  /** The embed's id in its height messages (set by the embed code), so a page with several embeds can tell them apart. */
  frame: string;
  /** Embed chrome (src/embed/chrome.ts): a caption strip above and a credit strip below the map. Null: the default; '': none. */
  title: string | null;
  desc: string | null;
  source: string | null;
  byline: string | null;
  /** Forces light or dark; null follows the reader's prefers-color-scheme. */
  theme: 'light' | 'dark' | null;
  /** Story API (src/embed/story.ts): origins whose pages may command this embed. Empty: none. */
  story: string[];
  /** ?from=&to=: the time filter over events (bad or reversed: all dates, with a problem). */
  time: TimeRange;
  /** The claims lens (src/map/lens.ts): whose claims of where ISKP is based are shown. */
  lens: 'both' | 'kabul' | 'islamabad';
  problems: string[];
}

export const QUERY_KEYS = [
  'embed',
  'legend',
  'basemap',
  'frame',
  'title',
  'desc',
  'source',
  'byline',
  'theme',
  'story',
  'from',
  'to',
  'lens',
] as const;
/** ?story=: up to 5 comma-separated origins (scheme://host[:port], nothing more). */
const STORY_ORIGINS = (v: string): v is string => {
  const list = v.split(',');
  return (
    list.length <= 5 &&
    list.every((o) => {
      try {
        const u = new URL(o);
        return /^https?:$/.test(u.protocol) && u.origin === o.replace(/\/$/, '');
      } catch {
        return false;
      }
    })
  );
};
/** Longest caption texts, in characters (a headline, a one-line description, a credit line, a byline). */
export const CHROME_MAX = { title: 120, desc: 200, source: 200, byline: 100 } as const;
/** Caption text: any printable text within its length; no control characters (line breaks included). */
const chromeText =
  (max: number) =>
  (v: string): v is string =>
    v.length <= max && ![...v].some((c) => /\p{Cc}|\u2028|\u2029/u.test(c));
const FRAME_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Reads one option: absent gives undefined; given more than once, or with a value that `accept`
 * refuses, adds a problem (`rule` says what is allowed) and also gives undefined.
 */
function option<T extends string>(
  params: URLSearchParams,
  key: (typeof QUERY_KEYS)[number],
  accept: (value: string) => value is T,
  rule: string,
  problems: string[],
): T | undefined {
  const values = params.getAll(key);
  if (values.length === 0) return undefined;
  if (values.length > 1) problems.push(`The option “${key}” is given more than once.`);
  else if (accept(values[0])) return values[0];
  else problems.push(`The option “${key}” must be ${rule}.`);
  return undefined;
}

const oneOf =
  <T extends string>(...allowed: T[]) =>
  (v: string): v is T =>
    (allowed as string[]).includes(v);

export function parseOptions(search: string): PageOptions {
  const out: PageOptions = {
    embed: false,
    legend: null,
    basemap: 'builtin',
    frame: 'durand-map',
    time: ALL_TIME,
    title: null,
    desc: null,
    source: null,
    byline: null,
    theme: null,
    story: [],
    lens: 'both',
    problems: [],
  };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { ...out, problems: ['The page options could not be read.'] };
  }
  const p = out.problems;
  out.embed = option(params, 'embed', oneOf('1', '0'), '1 or 0', p) === '1';
  out.legend = option(params, 'legend', oneOf('open', 'closed'), 'open or closed', p) ?? null;
  out.basemap = option(params, 'basemap', oneOf('online', 'builtin'), 'online or builtin', p) ?? 'builtin';
  out.frame =
    option(params, 'frame', (v): v is string => FRAME_ID.test(v), 'letters, digits, - or _', p) ?? out.frame;
  const before = p.length;
  const from = option(params, 'from', isPartialDate, TIME_RULE, p) ?? null;
  const to = option(params, 'to', isPartialDate, TIME_RULE, p) ?? null;
  // A bad end would make the other one mean something else: the default view, all dates.
  if (p.length > before) p[p.length - 1] += ' The map shows all dates.';
  else out.time = checkedRange(from, to, p);
  out.theme = option(params, 'theme', oneOf<'light' | 'dark'>('light', 'dark'), 'light or dark', p) ?? null;
  out.story =
    option(params, 'story', STORY_ORIGINS, 'up to 5 origins such as https://news.example, comma-separated', p)
      ?.split(',')
      .map((o) => new URL(o).origin) ?? [];
  for (const key of ['title', 'desc', 'source', 'byline'] as const)
    out[key] =
      option(
        params,
        key,
        chromeText(CHROME_MAX[key]),
        `one line of at most ${CHROME_MAX[key]} characters`,
        p,
      )?.trim() ?? null;
  out.lens =
    option(params, 'lens', oneOf('kabul', 'islamabad', 'both'), 'kabul, islamabad or both', p) ?? 'both';
  return out;
}

/** The lens as a query string fragment for links and embeds: '' for the default view. */
export function lensQuery(search: string): string {
  const lens = parseOptions(search).lens;
  return lens === 'both' ? '' : `lens=${lens}`;
}
