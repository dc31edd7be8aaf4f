// quotes.csv: one row per quote, RFC 4180 (CRLF line ends; a field with a comma, a double quote
// or a line break is quoted, its quotes doubled). Place ids are joined with ";".
import type { ClaimDate, Quote } from '../data/schema.ts';
import { claimDateLabel } from '../data/dates.ts';
import { quotePlaceIds } from './quote-links.ts';

export const CSV_COLUMNS = [
  'quote_id',
  'place_ids',
  'side',
  'voice',
  'scope',
  'source',
  'paragraph',
  'text',
  'date_made',
  'date_made_note',
] as const;

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function quoteRow(q: Quote, claims: ClaimDate[]): Record<(typeof CSV_COLUMNS)[number], string> {
  const claim = claims.find((c) => c.source === q.source);
  return {
    quote_id: q.id,
    place_ids: quotePlaceIds(q).join(';'),
    side: q.side,
    voice: q.voice,
    scope: q.scope,
    source: q.source,
    paragraph: String(q.paragraph),
    text: q.text,
    date_made: claim?.made ?? '',
    date_made_note: claim ? claimDateLabel(claim) : '',
  };
}

export function quotesCsv(quotes: Quote[], claims: ClaimDate[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const q of quotes) {
    const row = quoteRow(q, claims);
    lines.push(CSV_COLUMNS.map((c) => csvField(row[c])).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
