// Page options given as query parameters, checked against a known list. Unknown keys (tracking
// parameters such as utm_source added by social sites) are ignored; a known key with a bad value
// is reported.
export interface PageOptions {
  embed: boolean;
  /** Legend open or folded at start; embeds fold it by default. */
  legend: 'open' | 'closed' | null;
  /** 'online' adds OpenStreetMap's raster tiles; the built-in basemap stays as the fallback. */
  basemap: 'builtin' | 'online';
  problems: string[];
}

export const QUERY_KEYS = ['embed', 'legend', 'basemap'] as const;

export function parseOptions(search: string): PageOptions {
  const out: PageOptions = { embed: false, legend: null, basemap: 'builtin', problems: [] };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { ...out, problems: ['The page options could not be read.'] };
  }
  const embed = params.getAll('embed');
  if (embed.length > 1) out.problems.push('The option “embed” is given more than once.');
  else if (embed.length === 1) {
    if (embed[0] === '1') out.embed = true;
    else if (embed[0] !== '0') out.problems.push('The option “embed” must be 1 or 0.');
  }
  const legend = params.getAll('legend');
  if (legend.length > 1) out.problems.push('The option “legend” is given more than once.');
  else if (legend.length === 1) {
    if (legend[0] === 'open' || legend[0] === 'closed') out.legend = legend[0];
    else out.problems.push('The option “legend” must be open or closed.');
  }
  const basemap = params.getAll('basemap');
  if (basemap.length > 1) out.problems.push('The option “basemap” is given more than once.');
  else if (basemap.length === 1) {
    if (basemap[0] === 'online' || basemap[0] === 'builtin') out.basemap = basemap[0];
    else out.problems.push('The option “basemap” must be online or builtin.');
  }
  return out;
}
