// The URL contract, as pure functions: parse a location's hash into a camera and a place,
// rejecting anything malformed with a short reason the page can show; and format it back.
//   #place=<id>                      open that place
//   #map=<zoom>/<lat>/<lng>          the camera (MapLibre's hash form)
//   #map=8/34.4/70.9&place=nangarhar both
// Links are forgiven the damage they routinely take on their way to a reader: ids in any case,
// punctuation, slashes or spaces a sentence or a mailer stuck on the end, a mailer's tracking keys,
// a zoom or a position just past the map's limits (clamped). An in-page anchor (#place-list) is
// not a link to a place at all and is ignored.
import { distance } from 'fastest-levenshtein';

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
  /** A known place id close to an unknown one in the link, for a "Did you mean …" link. */
  suggestion: string | null;
  /** The hash names an element of the page (a skip link's target): not ours to read. */
  anchor: boolean;
}

export interface UrlLimits {
  placeIds: ReadonlySet<string>;
  bounds: [number, number, number, number];
  minZoom: number;
  maxZoom: number;
  /** True for the id of an element on the page (in-page anchors such as #place-list). */
  isAnchor?: (id: string) => boolean;
}

const HASH_KEYS = ['map', 'place'] as const;
const NUMBER = /^-?\d{1,3}(\.\d{1,12})?$/;
/** Keys that newsletters, social sites and ad networks append to links: ignored without a word. */
export const TRACKING_KEY = /^(utm_[a-z0-9_]*|fbclid|gclid|dclid|msclkid|mc_[a-z0-9_]*)$/i;
/** What a sentence, a bracket, a mailer or a copy-paste leaves around a value. */
const DAMAGE = /^[\s"'“”‘’«»<([{]+|[\s.,;:!?"'“”‘’«»>)\]}/\\*_|]+$/g;
/** Where a world camera is still a camera (MapLibre's own zoom range, the globe): beyond, it is garbage. */
const WORLD = { minZoom: 0, maxZoom: 24, lat: 90, lng: 180 };
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

/** A value with the damage around it removed (repeatedly: "nangarhar)." loses both). */
export function cleanValue(value: string): string {
  let v = value;
  for (let prev = ''; prev !== v;) {
    prev = v;
    v = v.replace(DAMAGE, '');
  }
  return v;
}

/** A place id as typed in a link: case, damage and spaces-for-hyphens forgiven. */
export function normalizeId(value: string): string {
  return cleanValue(value)
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

/**
 * The known id a mistyped one most likely meant: the one it starts (`nang` → nangarhar, `kabul` →
 * kabul-airport-2021), else the nearest by edit distance, allowing one edit in four letters.
 */
export function suggestPlace(value: string, ids: Iterable<string>): string | null {
  const typed = normalizeId(value);
  if (typed.length < 3) return null;
  const known = [...ids];
  const starts = known.filter((id) => id.startsWith(typed)).sort((a, b) => a.length - b.length);
  if (starts.length) return starts[0];
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const id of known) {
    // A typed word may be one part of a compound id (`charkhi` → pul-e-charkhi-prison).
    const candidates = [id, ...id.split('-').filter((part) => part.length >= 4)];
    const d = Math.min(...candidates.map((c) => distance(typed, c)));
    if (d < bestDistance) [best, bestDistance] = [id, d];
  }
  return bestDistance <= Math.max(1, Math.floor(typed.length / 4)) ? best : null;
}

/**
 * A camera within the world (else null); zoom and position are then clamped to the map's own
 * limits. `clamped` says the position (not the zoom) had to move into the map's area.
 */
export function parseCamera(value: string, limits: UrlLimits): (Camera & { clamped: boolean }) | null {
  const parts = cleanValue(value).split('/');
  if (parts.length !== 3 || !parts.every((p) => NUMBER.test(p))) return null;
  const [zoom, lat, lng] = parts.map(Number);
  if (zoom < WORLD.minZoom || zoom > WORLD.maxZoom) return null;
  if (Math.abs(lat) > WORLD.lat || Math.abs(lng) > WORLD.lng) return null;
  const [w, s, e, n] = limits.bounds;
  const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
  const camera = {
    zoom: clamp(zoom, limits.minZoom, limits.maxZoom),
    lat: clamp(lat, s, n),
    lng: clamp(lng, w, e),
  };
  return { ...camera, clamped: camera.lat !== lat || camera.lng !== lng };
}

export function parseHash(hash: string, limits: UrlLimits): UrlState {
  const state: UrlState = { camera: null, place: null, problems: [], suggestion: null, anchor: false };
  // A mailer that appends "?utm_source=…" to a link with a hash puts its query inside the hash.
  const raw = hash.replace(/^#/, '').replace('?', '&');
  if (!raw) return state;
  if (raw.length > 500)
    return { ...state, problems: ['The link is too long to be one of this map’s links.'] };
  if (!raw.includes('=') && limits.isAnchor) {
    const id = decode(raw);
    if (id !== null && limits.isAnchor(id)) return { ...state, anchor: true };
  }
  const values = new Map<string, string[]>();
  for (const pair of raw.split('&')) {
    // An empty part ("#place=kunar&") is a stray separator, not a problem.
    if (!pair.trim()) continue;
    const eq = pair.indexOf('=');
    const rawKey = decode(eq < 0 ? pair : pair.slice(0, eq));
    const value = eq < 0 ? '' : decode(pair.slice(eq + 1));
    if (rawKey === null || value === null) {
      state.problems.push('Part of the link could not be read.');
      continue;
    }
    const key = cleanValue(rawKey).toLowerCase();
    if (TRACKING_KEY.test(key)) continue;
    if (!(HASH_KEYS as readonly string[]).includes(key)) {
      state.problems.push(`The link option ${shown(rawKey)} is not one this map knows.`);
      continue;
    }
    values.set(key, [...(values.get(key) ?? []), value]);
  }
  for (const key of HASH_KEYS) {
    const given = values.get(key);
    if (!given) continue;
    const cleaned = [...new Set(given.map((v) => (key === 'place' ? normalizeId(v) : cleanValue(v))))];
    // The same value twice (a link pasted onto itself) is not a conflict.
    if (cleaned.length > 1) {
      state.problems.push(`The link gives “${key}” more than once.`);
      continue;
    }
    const value = cleaned[0];
    if (!value) {
      state.problems.push(`The link’s “${key}” is empty.`);
      continue;
    }
    if (key === 'map') {
      const camera = parseCamera(value, limits);
      if (!camera)
        state.problems.push(`The map position ${shown(given[0])} in the link is not valid for this map.`);
      else {
        state.camera = { zoom: camera.zoom, lat: camera.lat, lng: camera.lng };
        if (camera.clamped)
          state.problems.push(
            `The map position ${shown(given[0])} is outside this map’s area; it shows the nearest part.`,
          );
      }
    } else if (limits.placeIds.has(value)) state.place = value;
    else {
      state.suggestion = suggestPlace(value, limits.placeIds);
      state.problems.push(`There is no place ${shown(given[0])} on this map.`);
    }
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
