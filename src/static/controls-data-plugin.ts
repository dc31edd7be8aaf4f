// Vite plugin: `virtual:first-frame-controls`, the first frame's legend and date filter data
// (src/static/controls-data.ts) as a module, so the site's controls chunk carries it and embeds
// (which do not load that chunk) pay nothing for it.
import type { Plugin } from 'vite';
import { buildAtlas } from '../data/atlas.ts';
import { controlsData } from './controls-data.ts';

const ID = 'virtual:first-frame-controls';
const RESOLVED = `\0${ID}`;

export function controlsDataPlugin(): Plugin {
  return {
    name: 'first-frame-controls',
    resolveId: (id) => (id === ID ? RESOLVED : null),
    load: (id) => (id === RESOLVED ? `export default ${JSON.stringify(controlsData(buildAtlas()))};` : null),
  };
}
