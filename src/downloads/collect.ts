// The atlas holds quotes and claim dates per place; the downloads list each once, in source and
// paragraph order.
import type { Atlas } from '../data/atlas-types.ts';
import type { ClaimDate, Quote } from '../data/schema.ts';

export function allQuotes(atlas: Atlas): Quote[] {
  const byId = new Map<string, Quote>();
  for (const p of atlas.places) for (const q of p.quotes) byId.set(q.id, q);
  return [...byId.values()].sort(
    (a, b) => a.source.localeCompare(b.source) || a.paragraph - b.paragraph || a.id.localeCompare(b.id),
  );
}

export function allClaimDates(atlas: Atlas): ClaimDate[] {
  const bySource = new Map<string, ClaimDate>();
  for (const p of atlas.places) for (const c of p.claimDates) bySource.set(c.source, c);
  return [...bySource.values()].sort((a, b) => a.source.localeCompare(b.source));
}
