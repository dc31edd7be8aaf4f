// Applies the time range to what the reader sees: the map's place layers (a MapLibre filter on
// each feature's day numbers, set at build in src/data/atlas.ts) and the list of places. Places
// without a date have no day numbers and always pass.
import type { ExpressionSpecification, FilterSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { dayBounds, inRange, isAllTime, type TimeRange } from './range.ts';
import type { PlaceDate } from '../data/dates.ts';

export function timeExpression(r: TimeRange): ExpressionSpecification {
  const [from, to] = dayBounds(r);
  return [
    'any',
    ['!', ['has', 'dayFrom']],
    ['all', ['<=', ['get', 'dayFrom'], to], ['>=', ['get', 'dayTo'], from]],
  ];
}

/** Keeps each place layer's own filter and adds the range to it. */
export class MapTimeFilter {
  private own = new Map<string, FilterSpecification | undefined>();
  private filtered = false;

  constructor(private map: MapLibreMap) {
    for (const layer of map.getStyle().layers)
      if ('source' in layer && layer.source === 'places') this.own.set(layer.id, layer.filter);
  }

  apply(r: TimeRange): void {
    // The style as built shows every date: no re-filtering (and re-layout) until a range is set.
    if (isAllTime(r) && !this.filtered) return;
    this.filtered = true;
    const time = timeExpression(r);
    for (const [id, own] of this.own)
      this.map.setFilter(id, (own ? ['all', own, time] : time) as FilterSpecification);
  }
}

/** Hides the list items of places outside the range; returns how many dated places are shown. */
export function filterList(
  root: HTMLElement,
  places: readonly { id: string; date?: Pick<PlaceDate, 'firstDay' | 'lastDay'> | null }[],
  r: TimeRange,
): { shown: number; dated: number } {
  let shown = 0;
  let dated = 0;
  for (const p of places) {
    const visible = inRange(p.date, r);
    if (p.date) {
      dated++;
      if (visible) shown++;
    }
    const li = root.querySelector<HTMLElement>(`li[data-place="${CSS.escape(p.id)}"]`);
    if (li) li.hidden = !visible;
  }
  return { shown, dated };
}
