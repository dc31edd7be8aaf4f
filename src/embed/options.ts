// Page options given as query parameters, checked against a known list. Unknown keys (tracking
// parameters such as utm_source added by social sites) are ignored; a known key with a bad value
// is reported.
export interface PageOptions {
  embed: boolean;
  /** Legend open or folded at start; embeds fold it by default. */
  legend: 'open' | 'closed' | null;
  /** 'online' adds OpenStreetMap's raster tiles; the built-in basemap stays as the fallback. */
  basemap: 'builtin' | 'online';
  /** The embed's id in its height messages (set by the embed code), so a page with several embeds can tell them apart. */
  frame: string;
  /** The claims lens (src/map/lens.ts): whose claims of where ISKP is based are shown. */
  lens: 'both' | 'kabul' | 'islamabad';
  problems: string[];
}

export const QUERY_KEYS = ['embed', 'legend', 'basemap', 'frame', 'lens'] as const;
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
  out.lens =
    option(params, 'lens', oneOf('kabul', 'islamabad', 'both'), 'kabul, islamabad or both', p) ?? 'both';
  return out;
}

/** The lens as a query string fragment for links and embeds: '' for the default view. */
export function lensQuery(search: string): string {
  const lens = parseOptions(search).lens;
  return lens === 'both' ? '' : `lens=${lens}`;
}
