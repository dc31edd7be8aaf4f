// Wires the time filter: the range from the URL (already checked by parseOptions) is applied to
// the map and the list; the control changes it, and the address bar follows without a new
// history entry (Back and Forward stay for places).
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AtlasPlace } from '../data/atlas-types.ts';
import { showNotice } from '../ui/notice.ts';
import { filterList, MapTimeFilter } from './apply.ts';
import { withTimeParams, type TimeRange } from './range.ts';
import { onTimeRange, setTimeRange } from './state.ts';
import { TimeFilterControl } from './time-control.ts';

/** With the map: the control, the layer filters and the list. Call once the style has loaded. */
export function startTimeFilter(
  map: MapLibreMap,
  places: AtlasPlace[],
  list: HTMLElement,
  initial: TimeRange,
  startOpen: boolean,
): void {
  const layers = new MapTimeFilter(map);
  const control = new TimeFilterControl(
    places,
    initial,
    (r, problem) => {
      if (problem) showNotice(problem);
      setTimeRange(r);
      history.replaceState(history.state, '', withTimeParams(new URL(location.href), r).href);
    },
    startOpen,
  );
  map.addControl(control, 'top-left');
  onTimeRange((r) => {
    layers.apply(r);
    const { shown, dated } = filterList(list, places, r);
    control.setCount(shown, dated);
  });
  setTimeRange(initial);
}

/** Without the map (no WebGL): the list alone is filtered by the link's range. */
export function filterListOnly(places: AtlasPlace[], list: HTMLElement, initial: TimeRange): void {
  onTimeRange((r) => filterList(list, places, r));
  setTimeRange(initial);
}
