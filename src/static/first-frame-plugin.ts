// Vite plugin: the static first frame. Draws the default view into index.html (the whole data
// bounds at the default zoom, centred on the default centre, so CSS centring matches MapLibre's
// camera in any viewport the bounds fill) and emits data/first-frame.json, the small
// pre-simplified data the page redraws deep links and picks places from before the engine loads.
import type { Plugin } from 'vite';
import { buildAtlas } from '../data/atlas.ts';
import { DEFAULT_VIEW } from '../map/camera.ts';
import { frameData } from './frame-data.ts';
import { prerenderViewport } from './prerender.ts';
import { renderSvg } from './render-svg.ts';
import { svgString } from './svg-tree.ts';

export const FIRST_FRAME_PATH = 'data/first-frame.json';

export function firstFramePlugin(): Plugin {
  let data: ReturnType<typeof frameData> | null = null;
  const get = () => (data ??= frameData(buildAtlas()));
  return {
    name: 'first-frame',
    apply: 'build',
    transformIndexHtml(html) {
      const viewport = prerenderViewport(get().bounds);
      const svg = svgString(
        renderSvg(get(), {
          camera: DEFAULT_VIEW,
          viewport,
          attrs: { class: 'first-frame-svg', 'aria-hidden': 'true' },
        }),
      );
      const out = html.replace(
        /(<div\s+id="map"[^>]*>)\s*(<\/div>)/,
        `$1<div class="first-frame" role="img" tabindex="0" aria-label="Map (static picture until the interactive map loads)" data-bounds="${JSON.stringify(get().bounds)}">${svg}</div>$2`,
      );
      if (out === html) throw new Error('first-frame: index.html has no empty <div id="map"> to draw into');
      return out;
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: FIRST_FRAME_PATH, source: JSON.stringify(get()) });
    },
  };
}
