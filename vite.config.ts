import { defineConfig } from 'vitest/config';
import { atlasPlugin } from './src/data/atlas-plugin.ts';
import { previewsPlugin } from './src/share/previews-plugin.ts';
import { staticHtmlPlugin } from './src/ui/static-html-plugin.ts';
import { sourcePagesPlugin } from './src/sources/source-pages-plugin.ts';
import { cspPlugin } from './src/security/csp.ts';
import { LABEL_FONTS, preloadPlugin } from './src/perf/preload-plugin.ts';
import { downloadsPlugin } from './src/downloads/downloads-plugin.ts';
import { firstFramePlugin } from './src/static/first-frame-plugin.ts';
import { bootFirstPlugin } from './src/static/boot-first-plugin.ts';
import { controlsDataPlugin } from './src/static/controls-data-plugin.ts';
import { precompressPlugin } from './src/perf/precompress-plugin.ts';
import { fontSubsetPlugin } from './src/perf/font-subset-plugin.ts';
import { fontFallbackPlugin } from './src/perf/font-fallbacks.ts';
import { servePrecompressedPlugin } from './src/perf/serve-precompressed.ts';

export default defineConfig({
  base: './',
  plugins: [
    atlasPlugin(),
    previewsPlugin(),
    downloadsPlugin(),
    staticHtmlPlugin(),
    sourcePagesPlugin(),
    cspPlugin(),
    firstFramePlugin(),
    bootFirstPlugin(),
    controlsDataPlugin(),
    // Only the label fonts: the full data (atlas.json) is the engine's, fetched after the first frame.
    preloadPlugin({ fonts: LABEL_FONTS }),
    precompressPlugin(),
    fontSubsetPlugin(),
    fontFallbackPlugin(),
    servePrecompressedPlugin(),
  ],
  build: {
    target: 'es2022',
    // Every browser this targets preloads modules itself (Safari from 17): the polyfill would be
    // 0.5 KB of every reader's first bytes, embeds included, for an early fetch in older Safari only.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // MapLibre in a chunk of its own: cached across app releases, and measured apart (npm run bench).
        // Its stylesheet is not in the group: the first frame's controls load it without the engine.
        codeSplitting: { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl[\\/].*\.m?js$/ }] },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'geodata/**/*.test.ts', 'scripts/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
