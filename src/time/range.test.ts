import { describe, expect, it } from 'vitest';
import { parseOptions } from '../embed/options.ts';
import { makePlaceDate } from '../data/dates.ts';
import { ALL_TIME, inRange, rangeLabel, withTimeParams } from './range.ts';

const day = (start: string, end?: string) =>
  makePlaceDate({
    start,
    end,
    precision: end ? 'range' : start.length === 10 ? 'day' : start.length === 7 ? 'month' : 'year',
    basis: 'sources',
    sourcesSay: [],
  });

describe('?from= and ?to=', () => {
  it('reads a year, a month or a day at either end', () => {
    expect(parseOptions('?from=2023-01-01').time).toEqual({ from: '2023-01-01', to: null });
    expect(parseOptions('?to=2022&from=2021-08').time).toEqual({ from: '2021-08', to: '2022' });
    expect(parseOptions('?from=2023').problems).toEqual([]);
  });

  it('falls back to all dates, with a reason, for a bad or reversed range', () => {
    for (const search of [
      '?from=2024&to=2021',
      '?from=2023-02-30',
      '?to=soon',
      '?from=2023&from=2024',
      '?from=2023&to=x',
    ]) {
      const o = parseOptions(search);
      expect(o.time, search).toEqual(ALL_TIME);
      expect(o.problems.length, search).toBe(1);
      expect(o.problems[0], search).toMatch(/all dates/);
    }
    expect(parseOptions('?from=2024&to=2021').problems[0]).toMatch(/from 2024.*to 2021.*reversed/);
  });

  it('keeps a range that starts and ends in the same month', () => {
    expect(parseOptions('?from=2023-07&to=2023-07').time).toEqual({ from: '2023-07', to: '2023-07' });
  });
});

describe('which dates are in range', () => {
  it('is inclusive at both ends, at the precision given', () => {
    const r = { from: '2023', to: '2023-07' };
    expect(inRange(day('2023-07-30'), r)).toBe(true);
    expect(inRange(day('2023-09-29'), r)).toBe(false);
    expect(inRange(day('2022-12-31'), r)).toBe(false);
    expect(inRange(day('2023-01-01'), r)).toBe(true);
  });

  it('keeps a period that overlaps the range, and every place without a date', () => {
    expect(inRange(day('2014', '2025'), { from: '2023', to: null })).toBe(true);
    expect(inRange(day('2025-03'), { from: null, to: '2025-03-01' })).toBe(true);
    expect(inRange(null, { from: '2030', to: '2031' })).toBe(true);
  });
});

describe('the range in links', () => {
  it('sets and clears from= and to=, keeping the rest of the link', () => {
    const url = new URL('https://example.org/map/?embed=1&from=2020#place=nangarhar');
    expect(withTimeParams(url, { from: null, to: '2022' }).href).toBe(
      'https://example.org/map/?embed=1&to=2022#place=nangarhar',
    );
    expect(withTimeParams(url, ALL_TIME).href).toBe('https://example.org/map/?embed=1#place=nangarhar');
  });

  it('names the range for a reader', () => {
    expect(rangeLabel({ from: '2023-03', to: '2025' })).toBe('March 2023 – 2025');
    expect(rangeLabel({ from: null, to: '2023-07-30' })).toBe('up to 30 July 2023');
  });
});
