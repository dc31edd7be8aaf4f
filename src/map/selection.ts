// Selection of one place: highlights it, moves the camera to it and tells listeners
// (popup, list, announcer). Hover shows a pointer and the place's name.
import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import type { AtlasPlace } from '../data/atlas-types.ts';
import { INTERACTIVE_LAYERS } from './style.ts';
import { motionMs } from './motion.ts';
import { focusCamera, SMALL_MAP } from './camera.ts';

export { SMALL_MAP };

export type SelectionListener = (place: AtlasPlace | null, how: { source: 'map' | 'list' | 'url' }) => void;

export class PlaceSelection {
  private current: AtlasPlace | null = null;
  private listeners: SelectionListener[] = [];
  private tooltip: HTMLDivElement;

  constructor(
    private map: MapLibreMap,
    private places: AtlasPlace[],
  ) {
    this.tooltip = document.createElement('div');
    this.tooltip.className = 'map-tooltip';
    this.tooltip.setAttribute('aria-hidden', 'true');
    this.tooltip.hidden = true;
    map.getContainer().appendChild(this.tooltip);
    map.on('mousemove', (e) => this.hover(e));
    map.on('mouseout', () => this.hideTooltip());
    map.on('click', (e) => {
      // A touch has no "mouse out": the name shown by hover would stay up after a tap.
      this.hideTooltip();
      const place = this.placeAt(e);
      if (place) this.select(place.id, { source: 'map' });
      else if (this.current) this.select(null, { source: 'map' });
    });
  }

  get selected(): AtlasPlace | null {
    return this.current;
  }

  onChange(listener: SelectionListener): void {
    this.listeners.push(listener);
  }

  byId(id: string): AtlasPlace | undefined {
    return this.places.find((p) => p.id === id);
  }

  /** Selects a place by id (null clears). Returns false for an unknown id. */
  select(
    id: string | null,
    how: { source: 'map' | 'list' | 'url' },
    moveCamera = how.source !== 'map',
  ): boolean {
    const place = id === null ? null : this.byId(id);
    if (id !== null && !place) return false;
    if ((place ?? null) === this.current) {
      // Nothing changes (no history entry, no announcement); still bring it into view if asked.
      if (place && moveCamera) this.focus(place);
      return true;
    }
    this.current = place ?? null;
    if (place && moveCamera) this.focus(place);
    for (const l of this.listeners) l(this.current, how);
    this.highlightAfterNextFrame();
    return true;
  }

  /** The place drawn as selected: lags `selected` by one frame (see highlightAfterNextFrame). */
  get highlighted(): AtlasPlace | null {
    return this.shown;
  }

  private shown: AtlasPlace | null = null;
  private pendingHighlight = 0;

  /**
   * A highlight redraws the whole map, which on a phone's GPU can take longer than a frame: done
   * in the same frame, it would hold back the popup. So the popup is painted first, and the
   * highlight follows one frame later.
   */
  private highlightAfterNextFrame(): void {
    cancelAnimationFrame(this.pendingHighlight);
    this.pendingHighlight = requestAnimationFrame(() =>
      setTimeout(() => {
        if (this.shown === this.current) return;
        if (this.shown) this.setHighlight(this.shown, false);
        if (this.current) this.setHighlight(this.current, true);
        this.shown = this.current;
      }),
    );
  }

  /** Feature ids in the places source are the places' indexes (see src/data/atlas.ts). */
  private setHighlight(place: AtlasPlace, on: boolean): void {
    if (place.geometryType)
      this.map.setFeatureState({ source: 'places', id: this.places.indexOf(place) }, { selected: on });
  }

  /**
   * Moves the camera so the place sits in the lower part of the map, leaving the upper part for
   * its popup (see popupAnchor). No animation when the reader prefers reduced motion.
   */
  focus(place: AtlasPlace): void {
    // The camera maths are shared with the static first frame (src/map/camera.ts), so a link
    // that opens a place shows the same view before and after the engine loads.
    const { clientWidth: width, clientHeight: height } = this.map.getContainer();
    const camera = focusCamera(
      place,
      { width, height },
      this.map.getZoom(),
      window.matchMedia(SMALL_MAP).matches,
    );
    this.map.easeTo({ ...camera, duration: motionMs(600) });
  }

  private placeAt(e: MapMouseEvent): AtlasPlace | undefined {
    const r = 6; // a little tolerance for fingers and thin lines
    const box: [[number, number], [number, number]] = [
      [e.point.x - r, e.point.y - r],
      [e.point.x + r, e.point.y + r],
    ];
    for (const layer of INTERACTIVE_LAYERS) {
      const hit = this.map.queryRenderedFeatures(box, { layers: [layer] })[0];
      if (hit) return this.byId(String(hit.properties.id));
    }
    return undefined;
  }

  private hover(e: MapMouseEvent): void {
    const place = this.placeAt(e);
    this.map.getCanvas().style.cursor = place ? 'pointer' : '';
    if (!place) return this.hideTooltip();
    this.tooltip.textContent = place.name;
    this.tooltip.hidden = false;
    this.tooltip.style.transform = `translate(${e.point.x + 14}px, ${e.point.y + 14}px)`;
  }

  private hideTooltip(): void {
    this.tooltip.hidden = true;
  }
}
