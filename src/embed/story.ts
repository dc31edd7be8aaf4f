// Story API: an article (scrollytelling) drives the embed — open a place, close it, fly to a view,
// set the claims lens — by postMessage, and hears what the reader does in the map. Only origins
// listed in the embed's own URL (?story=https://news.example) are heard, only from the window
// that embeds it; anything else, or any message that does not validate, is ignored without a word.
//   in:  { type: "durand-map:command", command: "open", place: "<id>" }
//        { type: "durand-map:command", command: "close" }
//        { type: "durand-map:command", command: "fly", view: { zoom, lat, lng } }
//        { type: "durand-map:command", command: "lens", lens: "kabul" | "islamabad" | "both" }
//   out: { type: "durand-map:event", event: "ready" | "place:open" | "place:close" | "view:change"
//          | "command:refused", place?, view?, reason? }   (only to the allowed origins)
import type { Map as MapLibreMap } from 'maplibre-gl';
import { z } from 'zod';
import type { PlaceSelection } from '../map/selection.ts';
import { parseCamera, type Camera, type UrlLimits } from '../share/url-state.ts';
import { motionMs } from '../map/motion.ts';

export const COMMAND = 'durand-map:command';
export const EVENT = 'durand-map:event';

const commandSchema = z.discriminatedUnion('command', [
  z.object({ type: z.literal(COMMAND), command: z.literal('open'), place: z.string().max(80) }),
  z.object({ type: z.literal(COMMAND), command: z.literal('close') }),
  z.object({
    type: z.literal(COMMAND),
    command: z.literal('fly'),
    view: z.object({ zoom: z.number().finite(), lat: z.number().finite(), lng: z.number().finite() }),
  }),
  z.object({
    type: z.literal(COMMAND),
    command: z.literal('lens'),
    lens: z.enum(['kabul', 'islamabad', 'both']),
  }),
]);
export type StoryCommand = z.infer<typeof commandSchema>;

/** A command, or null for anything that is not one (never throws). */
export function parseCommand(data: unknown): StoryCommand | null {
  const r = commandSchema.safeParse(data);
  return r.success ? r.data : null;
}

export interface StoryHooks {
  /** The claims lens setter (issue #13's ?lens=), when the build has one. */
  setLens?: (lens: 'kabul' | 'islamabad' | 'both') => void;
}

export function startStory(
  map: MapLibreMap,
  selection: PlaceSelection,
  allowed: readonly string[],
  limits: UrlLimits,
  hooks: StoryHooks = {},
): void {
  if (allowed.length === 0 || window.parent === window) return;
  const send = (event: string, detail: Record<string, unknown> = {}) => {
    for (const origin of allowed) window.parent.postMessage({ type: EVENT, event, ...detail }, origin);
  };
  const view = (): Camera => {
    const c = map.getCenter();
    return { zoom: Math.round(map.getZoom() * 100) / 100, lat: c.lat, lng: c.lng };
  };

  // Commands act like a link (source 'url'): no history entry in the embed (it would be the
  // article's Back button) and no focus taken from the article.
  window.addEventListener('message', (e) => {
    if (e.source !== window.parent || !allowed.includes(e.origin)) return;
    const cmd = parseCommand(e.data);
    if (!cmd) return;
    switch (cmd.command) {
      case 'open':
        if (!limits.placeIds.has(cmd.place)) send('command:refused', { reason: 'unknown place' });
        else selection.select(cmd.place, { source: 'url' });
        break;
      case 'close':
        selection.select(null, { source: 'url' });
        break;
      case 'fly': {
        const { zoom, lat, lng } = cmd.view;
        const camera = parseCamera(`${zoom.toFixed(2)}/${lat.toFixed(5)}/${lng.toFixed(5)}`, limits);
        if (!camera) send('command:refused', { reason: 'view outside the world' });
        else map.flyTo({ center: [camera.lng, camera.lat], zoom: camera.zoom, duration: motionMs(1200) });
        break;
      }
      case 'lens':
        if (!hooks.setLens) send('command:refused', { reason: 'this build has no lens' });
        else {
          hooks.setLens(cmd.lens);
          send('lens:change', { lens: cmd.lens });
        }
        break;
    }
  });

  selection.onChange((place) =>
    place ? send('place:open', { place: place.id, name: place.name }) : send('place:close'),
  );
  map.on('moveend', () => send('view:change', { view: view() }));
  send('ready', { places: [...limits.placeIds] });
}
