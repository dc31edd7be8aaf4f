// Vite plugin: validates geodata/ and serves or emits it as one JSON file the app fetches.
// A broken data file fails `vite build` (and shows in the dev server) naming file, record and field.
import type { Plugin } from 'vite';
import { buildAtlas, GEODATA_DIR } from './atlas.ts';
import { clientAtlas } from './atlas-types.ts';

export const ATLAS_PATH = 'data/atlas.json';

export function atlasPlugin(): Plugin {
  let json = '';
  const rebuild = () => (json = JSON.stringify(clientAtlas(buildAtlas())));
  return {
    name: 'atlas',
    buildStart() {
      rebuild();
      this.addWatchFile(GEODATA_DIR);
    },
    configureServer(server) {
      server.watcher.add(GEODATA_DIR);
      server.watcher.on('change', (file) => {
        if (file.startsWith(GEODATA_DIR)) rebuild();
      });
      server.middlewares.use(`/${ATLAS_PATH}`, (_req, res) => {
        res.setHeader('content-type', 'application/json');
        res.end(json || rebuild());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: ATLAS_PATH, source: json });
    },
  };
}
