// The one accessor the downloads use for a quote's places, so a change in how quotes link to
// places (e.g. a reason per link) is made here and nowhere else.
import type { Quote } from '../data/schema.ts';

export function quotePlaceIds(q: Quote): string[] {
  return q.places.map((link) => link.id);
}
