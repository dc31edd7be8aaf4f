// Where a source's reader page and one of its paragraphs live, relative to the site root (the page
// that shows quotes is always the root index.html). Used by the pages' builder and every <cite>.
export const SOURCES_DIR = 'sources';

export function sourcePagePath(source: string): string {
  return `${SOURCES_DIR}/${source}/`;
}

/** The anchor of paragraph N on its source's page: #p14. */
export function paragraphAnchor(paragraph: number): string {
  return `p${paragraph}`;
}

export function citationHref(source: string, paragraph: number): string {
  return `${sourcePagePath(source)}#${paragraphAnchor(paragraph)}`;
}
