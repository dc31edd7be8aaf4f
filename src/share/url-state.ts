// The URL contract, as pure functions: parse a location's hash into a camera and a place,
// rejecting anything malformed with a short reason the page can show; and format it back.
//   #place=<id>                      open that place
//   #map=<zoom>/<lat>/<lng>          the camera (MapLibre's hash form)
//   #map=8/34.4/70.9&place=nangarhar both
export interface Camera {
  zoom: number;
  lat: number;
  lng: number;
}

export interface UrlState {
  camera: Camera | null;
  place: string | null;
  /** Why part of the link was ignored; empty when the link was clean. */
  problems: string[];
}

export interface UrlLimits {
  placeIds: ReadonlySet<string>;
  bounds: [number, number, number, number];
  minZoom: number;
  maxZoom: number;
}

const HASH_KEYS = ['map', 'place'] as const;
const NUMBER = /^-?\d{1,3}(\.\d{1,8})?$/;
const MAX_SHOWN = 40;

/** Quotes untrusted text for a notice: shortened, and only ever inserted as text. */
export function shown(value: string): string {
  const flat = value.replace(/\s+/g, ' ');
  return `“${flat.length > MAX_SHOWN ? `${flat.slice(0, MAX_SHOWN)}…` : flat}”`;
}

function decode(part: string): string | null {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

export function parseCamera(value: string, limits: UrlLimits): Camera | null {
  const parts = value.split('/');
  if (parts.length !== 3 || !parts.every((p) => NUMBER.test(p))) return null;
  const [zoom, lat, lng] = parts.map(Number);
  const [w, s, e, n] = limits.bounds;
  if (zoom < limits.minZoom || zoom > limits.maxZoom) return null;
  if (lat < s || lat > n || lng < w || lng > e) return null;
  return { zoom, lat, lng };
}

export function parseHash(hash: string, limits: UrlLimits): UrlState {
  const state: UrlState = { camera: null, place: null, problems: [] };
  const raw = hash.replace(/^#/, '');
  if (!raw) return state;
  if (raw.length > 500)
    return { ...state, problems: ['The link is too long to be one of this map’s links.'] };
  const seen = new Map<string, number>();
  const values = new Map<string, string>();
  let emptyPart = false;
  for (const pair of raw.split('&')) {
    if (!pair) {
      if (!emptyPart) state.problems.push('The link has an empty part.');
      emptyPart = true;
      continue;
    }
    const eq = pair.indexOf('=');
    const key = decode(eq < 0 ? pair : pair.slice(0, eq));
    const value = eq < 0 ? '' : decode(pair.slice(eq + 1));
    if (key === null || value === null) {
      state.problems.push('Part of the link could not be read.');
      continue;
    }
    if (!(HASH_KEYS as readonly string[]).includes(key)) {
      state.problems.push(`The link option ${shown(key)} is not one this map knows.`);
      continue;
    }
    seen.set(key, (seen.get(key) ?? 0) + 1);
    values.set(key, value);
  }
  for (const key of HASH_KEYS) {
    const count = seen.get(key) ?? 0;
    if (!count) continue;
    const value = values.get(key)!;
    if (count > 1) {
      state.problems.push(`The link gives “${key}” more than once.`);
      continue;
    }
    if (!value) {
      state.problems.push(`The link’s “${key}” is empty.`);
      continue;
    }
    if (key === 'map') {
      state.camera = parseCamera(value, limits);
      if (!state.camera)
        state.problems.push(`The map position ${shown(value)} in the link is not valid for this map.`);
    } else if (limits.placeIds.has(value)) state.place = value;
    else state.problems.push(`There is no place ${shown(value)} on this map.`);
  }
  return state;
}

const round = (v: number, d: number) => String(Math.round(v * 10 ** d) / 10 ** d);

export function formatCamera(c: Camera): string {
  return `${round(c.zoom, 2)}/${round(c.lat, 4)}/${round(c.lng, 4)}`;
}

export function formatHash(state: { camera: Camera | null; place: string | null }): string {
  const parts: string[] = [];
  if (state.camera) parts.push(`map=${formatCamera(state.camera)}`);
  if (state.place) parts.push(`place=${encodeURIComponent(state.place)}`);
  return parts.length ? `#${parts.join('&')}` : '';
}
