// Vite plugin: emits sources/<id>/index.html for every source and their shared stylesheet.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { buildAtlas, GEODATA_DIR } from '../data/atlas.ts';
import { paragraphs, sourceBody } from '../data/verbatim.ts';
import { sourcePagePath, SOURCES_DIR } from './paths.ts';
import { SOURCE_PAGE_CSS, sourcePageHtml } from './source-page.ts';

export function sourcePagesPlugin(): Plugin {
  return {
    name: 'source-pages',
    apply: 'build',
    generateBundle() {
      const atlas = buildAtlas();
      this.emitFile({ type: 'asset', fileName: `${SOURCES_DIR}/source.css`, source: SOURCE_PAGE_CSS });
      for (const s of atlas.sources) {
        const paras = paragraphs(sourceBody(readFileSync(join(GEODATA_DIR, s.file), 'utf8')));
        this.emitFile({
          type: 'asset',
          fileName: `${sourcePagePath(s.id)}index.html`,
          source: sourcePageHtml(s, paras, s.quoteCount),
        });
      }
    },
  };
}
