// What the first frame's legend and date filter need of the atlas (src/static/frame-controls.ts):
// the kinds of place in the order the map's legend lists them, and the dated places. Built from
// the same atlas as the engine's controls, at build time, into a module of a few hundred bytes.
import type { Atlas } from '../data/atlas-types.ts';
import type { PlaceKind } from '../data/schema.ts';
import type { TimedPlace } from '../time/time-control.ts';

export interface ControlsData {
  kinds: PlaceKind[];
  dated: TimedPlace[];
}

export function controlsData(atlas: Pick<Atlas, 'places'>): ControlsData {
  return {
    kinds: [...new Set(atlas.places.map((p) => p.kind))],
    dated: atlas.places.flatMap((p) =>
      p.date
        ? [
            {
              id: p.id,
              name: p.name,
              date: {
                start: p.date.start,
                end: p.date.end,
                firstDay: p.date.firstDay,
                lastDay: p.date.lastDay,
              },
            },
          ]
        : [],
    ),
  };
}
