// "Open full map" for embeds: a link to the full site that keeps the current place and camera.
import type { IControl, Map as MapLibreMap } from 'maplibre-gl';
import type { PlaceSelection } from '../map/selection.ts';
import { formatHash } from '../share/url-state.ts';
import { el } from '../ui/dom.ts';
import { onTimeRange, withCurrentTime } from '../time/state.ts';

export function fullMapHref(map: MapLibreMap, selection: PlaceSelection): string {
  const url = new URL(location.href);
  url.search = '';
  const c = map.getCenter();
  url.hash = formatHash({
    camera: { zoom: map.getZoom(), lat: c.lat, lng: c.lng },
    place: selection.selected?.id ?? null,
  });
  return withCurrentTime(url).href;
}

export class FullMapLinkControl implements IControl {
  private container?: HTMLElement;
  constructor(private selection: PlaceSelection) {}

  onAdd(map: MapLibreMap): HTMLElement {
    const link = el(
      'a',
      { class: 'full-map-link', target: '_blank', rel: 'noopener', href: '.' },
      'Open full map ↗',
    );
    const update = () => link.setAttribute('href', fullMapHref(map, this.selection));
    update();
    map.on('moveend', update);
    this.selection.onChange(update);
    onTimeRange(update);
    this.container = el('div', { class: 'maplibregl-ctrl maplibregl-ctrl-group full-map' }, link);
    return this.container;
  }

  onRemove(): void {
    this.container?.remove();
  }
}
