// Selection of one place: highlights it, moves the camera to it and tells listeners
// (popup, list, announcer). Hover shows a pointer and the place's name.
import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import type { Feature } from 'geojson';
import type { AtlasPlace } from '../data/atlas-types.ts';
import { pick, type PickResult, type PointerKind } from './pick.ts';
import { pickScene } from './pick-scene.ts';
import { motionMs } from './motion.ts';
import { focusCamera, sheetFocusCamera, SMALL_MAP } from './camera.ts';

export { SMALL_MAP };

export interface SelectHow {
  source: 'map' | 'list' | 'url';
  /** For a click on the map: where it landed ([lng, lat]), so the card opens at that spot. */
  at?: [number, number];
}
export type SelectionListener = (place: AtlasPlace | null, how: SelectHow) => void;
/** Overlapping points under a click: the reader chooses (see src/ui/place-chooser.ts). */
export type ChooseListener = (places: AtlasPlace[], at: [number, number]) => void;

export class PlaceSelection {
  private current: AtlasPlace | null = null;
  private listeners: SelectionListener[] = [];
  private chooseListeners: ChooseListener[] = [];
  private tooltip: HTMLDivElement;
  private pointer: PointerKind = 'mouse';
  private features: Feature[];

  constructor(
    private map: MapLibreMap,
    private places: AtlasPlace[],
    features: Feature[] = [],
  ) {
    this.features = features;
    // The target size depends on the pointer: a finger gets a larger one than a mouse.
    map
      .getContainer()
      .addEventListener(
        'pointerdown',
        (e) => (this.pointer = e.pointerType === 'mouse' ? 'mouse' : 'touch'),
        { capture: true },
      );
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
      const hit = this.pickAt(e);
      const at: [number, number] = [e.lngLat.lng, e.lngLat.lat];
      if (hit.kind === 'place') this.select(hit.id, { source: 'map', at });
      else if (hit.kind === 'chooser') {
        const places = hit.ids.map((id) => this.byId(id)).filter((p): p is AtlasPlace => Boolean(p));
        for (const l of this.chooseListeners) l(places, at);
      } else if (this.current) this.select(null, { source: 'map' });
    });
  }

  get selected(): AtlasPlace | null {
    return this.current;
  }

  onChange(listener: SelectionListener): void {
    this.listeners.push(listener);
  }

  onChoose(listener: ChooseListener): void {
    this.chooseListeners.push(listener);
  }

  byId(id: string): AtlasPlace | undefined {
    return this.places.find((p) => p.id === id);
  }

  /** Selects a place by id (null clears). Returns false for an unknown id. */
  select(id: string | null, how: SelectHow, moveCamera = how.source !== 'map'): boolean {
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

  /** Px of the map's bottom a pane covers (a phone's sheet), if any: focus frames above it. */
  coveredBottom: (() => number) | null = null;

  /**
   * Moves the camera so the place sits in the lower part of the map, leaving the upper part for
   * its card, or above the phone's sheet. No animation when the reader prefers reduced motion.
   */
  focus(place: AtlasPlace): void {
    // The camera maths are shared with the static first frame (src/map/camera.ts), so a link
    // that opens a place shows the same view before and after the engine loads.
    const { clientWidth: width, clientHeight: height } = this.map.getContainer();
    const covered = this.coveredBottom?.() ?? 0;
    const camera =
      covered > 0
        ? sheetFocusCamera(place, { width, height }, this.map.getZoom(), covered)
        : focusCamera(place, { width, height }, this.map.getZoom(), window.matchMedia(SMALL_MAP).matches);
    this.map.easeTo({ ...camera, duration: motionMs(600) });
  }

  /** The one hit-test rule (src/map/pick.ts) applied to the places as drawn now. */
  private pickAt(e: MapMouseEvent): PickResult {
    return pick([e.point.x, e.point.y], this.pointer, pickScene(this.map, this.features));
  }

  private hover(e: MapMouseEvent): void {
    const hit = this.pickAt(e);
    this.map.getCanvas().style.cursor = hit.kind === 'none' ? '' : 'pointer';
    if (hit.kind === 'none') return this.hideTooltip();
    this.tooltip.textContent =
      hit.kind === 'place' ? (this.byId(hit.id)?.name ?? '') : `${hit.ids.length} places here: choose one`;
    this.tooltip.hidden = false;
    this.tooltip.style.transform = `translate(${e.point.x + 14}px, ${e.point.y + 14}px)`;
  }

  private hideTooltip(): void {
    this.tooltip.hidden = true;
  }
}
