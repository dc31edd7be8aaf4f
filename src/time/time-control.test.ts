import { describe, expect, it } from 'vitest';
import { buildAtlas } from '../data/atlas.ts';
import { eventDatesOf, yearsOf } from './time-control.ts';

const atlas = buildAtlas();

describe('the time filter’s choices', () => {
  it('offers every year the events cover', () => {
    const years = yearsOf(atlas.places);
    expect(years[0]).toBe(2014);
    expect(years.at(-1)).toBe(2025);
  });
  it('offers each event’s own date, named, earliest first: its start for “from”, its end for “to”', () => {
    const from = eventDatesOf(atlas.places, 'from');
    const to = eventDatesOf(atlas.places, 'to');
    expect(from.map((e) => e.value)).toEqual([...from.map((e) => e.value)].sort());
    expect(from.find((e) => e.value === '2022-03-04')?.label).toMatch(/^4 Mar 2022: Peshawar mosque bombing/);
    // The suicide bombings in Kabul span 2014–2025: from 2014, up to 2025.
    expect(from.some((e) => e.value === '2014' && /Suicide bombings in Kabul/.test(e.label))).toBe(true);
    expect(to.some((e) => e.value === '2025' && /Suicide bombings in Kabul/.test(e.label))).toBe(true);
    // Two events on one day share one choice.
    const prisons = from.find((e) => e.value === '2021-08-15')!;
    expect(prisons.label).toMatch(/Pul-e-Charkhi prison; Bagram prison/);
  });
});
