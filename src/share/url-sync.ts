// Keeps the address bar and the map in step: the link opens a place and a camera; opening or
// closing a place adds a history entry (so Back and Forward step between places); panning only
// replaces the current entry.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { PlaceSelection } from '../map/selection.ts';
import { showNotice } from '../ui/notice.ts';
import { formatHash, parseHash, type Camera, type UrlLimits } from './url-state.ts';

export class UrlSync {
  constructor(
    private map: MapLibreMap,
    private selection: PlaceSelection,
    private limits: UrlLimits,
  ) {}

  /** Applies the link the page was opened with, then starts listening. */
  start(): void {
    this.apply(location.hash, true);
    // The first entry remembers its camera, so Back to it restores the view it opened with.
    history.replaceState({ ...(history.state ?? {}), firstCamera: this.camera() }, '');
    this.selection.onChange((_place, how) => {
      if (how.source !== 'url') history.pushState(null, '', this.href(this.camera()));
    });
    this.map.on('moveend', () => history.replaceState(history.state, '', this.href(this.camera())));
    window.addEventListener('popstate', () => this.apply(location.hash, false));
  }

  private camera(): Camera {
    const c = this.map.getCenter();
    return { zoom: this.map.getZoom(), lat: c.lat, lng: c.lng };
  }

  private href(camera: Camera | null): string {
    return `${location.pathname}${location.search}${formatHash({ camera, place: this.selection.selected?.id ?? null })}`;
  }

  private apply(hash: string, initial: boolean): void {
    const state = parseHash(hash, {
      ...this.limits,
      isAnchor: (id) => document.getElementById(id) !== null,
    });
    // A skip link or another in-page anchor: the page scrolls there; the map is left as it is.
    if (state.anchor) return;
    if (state.problems.length) {
      const shown = state.place
        ? ' Showing the place you asked for.'
        : state.camera
          ? ''
          : ' Showing the default view instead.';
      const meant = state.suggestion ? this.selection.byId(state.suggestion) : undefined;
      showNotice(
        `${state.problems[0]}${shown}`,
        undefined,
        meant
          ? { text: `Did you mean ${meant.name}?`, href: `#place=${encodeURIComponent(meant.id)}` }
          : undefined,
      );
    }
    // Place first: the camera move below ends with a replaceState that must carry this place.
    if (state.place !== (this.selection.selected?.id ?? null))
      this.selection.select(state.place, { source: 'url' }, state.camera === null);
    const remembered = (history.state as { firstCamera?: Camera } | null)?.firstCamera;
    const camera = state.camera ?? (initial ? null : (remembered ?? null));
    if (camera) this.map.jumpTo({ center: [camera.lng, camera.lat], zoom: camera.zoom });
    // Drop whatever part of the link was not valid, without adding a history entry.
    if (initial && state.problems.length) history.replaceState(null, '', this.href(state.camera));
  }
}
