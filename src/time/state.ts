// The page's one time range, set from the URL at start and by the time filter control; share
// links and the embed code read it so a filtered view is shared as seen.
import { ALL_TIME, withTimeParams, type TimeRange } from './range.ts';

let current: TimeRange = ALL_TIME;
const listeners: ((r: TimeRange) => void)[] = [];

export function timeRange(): TimeRange {
  return current;
}

export function setTimeRange(r: TimeRange): void {
  current = r;
  for (const l of listeners) l(r);
}

export function onTimeRange(listener: (r: TimeRange) => void): void {
  listeners.push(listener);
}

/** The URL with the current range's from= and to= (used by share links and the embed code). */
export function withCurrentTime(url: URL): URL {
  return withTimeParams(url, current);
}
