import { describe, expect, it } from 'vitest';
import { placeDate } from './place-date.ts';

const withDate = (date: string | null) =>
  ({ record: [{ date }] }) as unknown as Parameters<typeof placeDate>[0];

describe('placeDate', () => {
  it('formats the first dated fact for readers', () => {
    expect(placeDate(withDate('2021-08-26'))).toBe('26 August 2021');
    expect(placeDate(withDate('2025-03'))).toBe('March 2025');
    expect(placeDate(withDate(null))).toBeNull();
    expect(placeDate({ record: [] } as never)).toBeNull();
  });
});
