// Structured data for a place's own page (schema.org as JSON-LD): the Place, the event dated
// there, each quote as a Quotation (who says it, on what it is based) and each fact-check as a
// ClaimReview. A <script type="application/ld+json"> block is data the browser never runs, so
// the pages' CSP (no script at all) stays as it is.
import type { AtlasPlace } from '../data/atlas-types.ts';
import type { Quote, Side } from '../data/schema.ts';
import { voiceLabel } from '../ui/quote-view.ts';
import { sourcePagePath } from './source-pages.ts';

export const SIDE_AGENT: Record<Exclude<Side, 'analysis'>, { '@type': string; name: string }> = {
  kabul: {
    '@type': 'Organization',
    name: 'Islamic Emirate of Afghanistan (the Taliban government in Kabul)',
  },
  islamabad: { '@type': 'Organization', name: 'Government of Pakistan (Islamabad)' },
};

const COUNTRY: Record<string, string> = { AF: 'Afghanistan', PK: 'Pakistan' };

interface Urls {
  page: string;
  site: string;
}

function sourceWork(q: Quote, urls: Urls) {
  return {
    '@type': 'CreativeWork',
    name: `Source ${q.source}, paragraph ${q.paragraph}`,
    url: `${urls.site}${sourcePagePath(q.source, q.paragraph)}`,
    description: 'Publisher, author and date are not given in the text supplied to the project.',
  };
}

function quotation(q: Quote, place: AtlasPlace, urls: Urls) {
  // The sources do not date their claims (geodata/dates.json): a date only where one is given.
  const made = place.claimDates.find((c) => c.source === q.source)?.made;
  const author = { '@type': 'Person', name: `The (unnamed) author of source ${q.source}` };
  // Only a side's own words in quotation marks are spoken by it; otherwise the words are the
  // author's, about that side's position.
  const who =
    q.side === 'analysis'
      ? { creator: author }
      : q.voice === 'direct'
        ? { spokenByCharacter: SIDE_AGENT[q.side], creator: author }
        : { creator: author, about: SIDE_AGENT[q.side] };
  return {
    '@type': 'Quotation',
    '@id': `${urls.page}#quote-${q.id}`,
    identifier: q.id,
    text: q.text,
    description: voiceLabel(q.side, q.voice, q.source),
    ...who,
    isBasedOn: sourceWork(q, urls),
    mentions: { '@id': `${urls.page}#place` },
    ...(made ? { dateCreated: made } : {}),
  };
}

/** `alsoShown`: quotes the page shows beyond the place's own (a side's general position on its card). */
export function placeJsonLd(
  place: AtlasPlace,
  siteUrl: string | null,
  alsoShown: AtlasPlace['quotes'] = [],
): Record<string, unknown> {
  // Without a site URL the ids are relative to the page (place/<id>/), as its links are.
  const urls: Urls = siteUrl
    ? { page: new URL(`place/${place.id}/`, siteUrl).href, site: siteUrl }
    : { page: '', site: '../../' };
  const geo =
    place.geometryType === 'Point'
      ? { '@type': 'GeoCoordinates', longitude: place.anchor[0], latitude: place.anchor[1] }
      : place.geometryType
        ? { '@type': 'GeoShape', box: `${place.bbox[1]} ${place.bbox[0]} ${place.bbox[3]} ${place.bbox[2]}` }
        : null;
  const quotes = new Map(place.quotes.map((q) => [q.id, q]));
  const graph: Record<string, unknown>[] = [
    {
      '@type': 'Place',
      '@id': `${urls.page}#place`,
      name: place.name,
      description: place.summary,
      ...(urls.page ? { url: urls.page } : {}),
      ...(geo ? { geo } : {}),
      ...(place.country ? { containedInPlace: { '@type': 'Country', name: COUNTRY[place.country] } } : {}),
      ...(place.date
        ? {
            event: {
              '@type': 'Event',
              name: place.name,
              startDate: place.date.start,
              endDate: place.date.end,
              description: `${place.date.label} (${place.date.precision})`,
            },
          }
        : {}),
    },
    ...[...place.quotes, ...alsoShown.filter((q) => !quotes.has(q.id))].map((q) => quotation(q, place, urls)),
    ...place.factChecks.map((check, i) => ({
      '@type': 'ClaimReview',
      '@id': `${urls.page}#fact-check-${i + 1}`,
      claimReviewed: check.quotes.map((id) => quotes.get(id)?.text ?? id).join(' / '),
      itemReviewed: {
        '@type': 'Claim',
        appearance: check.quotes.map((id) => ({ '@id': `${urls.page}#quote-${id}` })),
      },
      reviewBody: check.note,
      reviewRating: { '@type': 'Rating', alternateName: 'Contradicted by the public record' },
      author: { '@type': 'Organization', name: 'The Durand Line framing map' },
      citation: { '@type': 'CreativeWork', name: check.citation.title, url: check.citation.url },
    })),
  ];
  return { '@context': 'https://schema.org', '@graph': graph };
}

/** The JSON-LD block for a page's head: "<" escaped, so no text in the data can end the block. */
export function jsonLdScript(data: unknown): string {
  return `<script type="application/ld+json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
}
