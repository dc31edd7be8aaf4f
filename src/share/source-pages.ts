// Where a source's text can be read on the site: its reader page, one anchor per paragraph.
// (The downloads' annotations and the place pages' JSON-LD both point here.)
export const sourcePagePath = (id: string, paragraph?: number): string =>
  `sources/${id}/${paragraph ? `#p${paragraph}` : ''}`;
