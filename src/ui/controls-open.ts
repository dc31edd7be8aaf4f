// Whether the legend and the date filter start open: on the full page, unless ?legend= says
// otherwise; folded in embeds, on phones and on small maps (landscape phones), where they would
// cover places. One rule for the first frame's controls and the engine's.
import type { PageOptions } from '../embed/options.ts';
import { SMALL_MAP } from '../map/camera.ts';

export function controlsStartOpen(options: Pick<PageOptions, 'legend' | 'embed'>): boolean {
  return options.legend ? options.legend === 'open' : !options.embed && !matchMedia(SMALL_MAP).matches;
}
