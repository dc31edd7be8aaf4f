// Builds the floor page into the benchmark's copy of the site, under bench-floor/.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { LABEL_FONTS, preloadPlugin } from '../src/perf/preload-plugin.ts';

export default defineConfig({
  root: fileURLToPath(new URL('./floor', import.meta.url)),
  base: './',
  logLevel: 'warn',
  // The same early fetches as the site: the floor differs from it only by the app.
  plugins: [preloadPlugin({ dataUrl: '../data/atlas.json', fonts: LABEL_FONTS })],
  build: { target: 'es2022', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});
