import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAtlas, GEODATA_DIR } from './atlas.ts';
import { claimDateLabel, firstDay, formatPartialDate, lastDay, placeDate } from './dates.ts';
import { DATED_KINDS } from './schema.ts';

const atlas = buildAtlas();

describe('the date formatter', () => {
  it('writes each precision as a reader would', () => {
    expect(formatPartialDate('2022-03-04')).toBe('4 March 2022');
    expect(formatPartialDate('2025-03')).toBe('March 2025');
    expect(formatPartialDate('2014')).toBe('2014');
  });

  it('covers the whole month or year of a partial date', () => {
    expect([firstDay('2023'), lastDay('2023')]).toEqual(['2023-01-01', '2023-12-31']);
    expect([firstDay('2024-02'), lastDay('2024-02')]).toEqual(['2024-02-01', '2024-02-29']);
    expect(lastDay('2023-07-30')).toBe('2023-07-30');
  });
});

describe('dates as data', () => {
  it('dates every event and arrest, and nothing that is not one', () => {
    for (const p of atlas.places) {
      const dated = (DATED_KINDS as readonly string[]).includes(p.kind);
      expect(Boolean(p.date), p.id).toBe(dated);
    }
  });

  it('gives the dates the reader expects', () => {
    const label = (id: string) => placeDate(atlas, id)?.label;
    expect(label('peshawar-mosque-2022')).toBe('4 March 2022');
    expect(label('sharifullah-arrest')).toBe('March 2025');
    expect(label('kabul-suicide-bombings')).toBe('2014 – 2025');
    expect(placeDate(atlas, 'kabul-suicide-bombings')?.precision).toBe('range');
    expect(placeDate(atlas, 'nangarhar')).toBeNull();
  });

  it('says, for every source, that it does not date its claims', () => {
    for (const p of atlas.places) {
      const sources = new Set(p.quotes.map((q) => q.source));
      expect(p.claimDates.map((c) => c.source).sort()).toEqual([...sources].sort());
    }
    const c = atlas.places.find((p) => p.id === 'sharifullah-arrest')!.claimDates[0];
    expect(claimDateLabel(c)).toBe('Source 000 does not date its claims (made March 2025 or later)');
  });
});

describe('broken dates', () => {
  const brokenCopy = (edit: (d: { events: Record<string, unknown>[] }) => void) => {
    const dir = mkdtempSync(join(tmpdir(), 'geodata-'));
    cpSync(GEODATA_DIR, dir, { recursive: true });
    const file = join(dir, 'dates.json');
    const data = JSON.parse(readFileSync(file, 'utf8'));
    edit(data);
    writeFileSync(file, JSON.stringify(data));
    return dir;
  };
  const event = (d: { events: Record<string, unknown>[] }, id: string) =>
    d.events.find((e) => e.place === id)!;

  it('rejects a reversed range', () => {
    const dir = brokenCopy((d) => Object.assign(event(d, 'kabul-suicide-bombings'), { end: '2010' }));
    expect(() => buildAtlas(dir)).toThrow(/dates\.json[\s\S]*ends before it starts/);
  });

  it('rejects a date from the record without its citation', () => {
    const dir = brokenCopy((d) => delete event(d, 'kabul-airport-2021').citation);
    expect(() => buildAtlas(dir)).toThrow(/"kabul-airport-2021"[\s\S]*citation/);
  });

  it('rejects a precision that does not match the date, and a day that does not exist', () => {
    let dir = brokenCopy((d) => Object.assign(event(d, 'sharifullah-arrest'), { precision: 'day' }));
    expect(() => buildAtlas(dir)).toThrow(/"sharifullah-arrest"[\s\S]*precision "day" needs YYYY-MM-DD/);
    dir = brokenCopy((d) => Object.assign(event(d, 'kabul-airport-2021'), { start: '2021-02-30' }));
    expect(() => buildAtlas(dir)).toThrow(/not a calendar date/);
  });

  it('rejects a source dating that is not verbatim, and an event left undated', () => {
    let dir = brokenCopy((d) =>
      Object.assign(event(d, 'peshawar-mosque-2022'), {
        sourcesSay: [{ source: '003', paragraph: 10, words: 'the April 2022 suicide bombing' }],
      }),
    );
    expect(() => buildAtlas(dir)).toThrow(/"peshawar-mosque-2022"[\s\S]*sourcesSay/);
    dir = brokenCopy((d) => (d.events = d.events.filter((e) => e.place !== 'mastung-procession-2023')));
    expect(() => buildAtlas(dir)).toThrow(/"mastung-procession-2023": a place of kind "attack" needs a date/);
  });

  it('rejects a date that disagrees with facts.json', () => {
    const dir = brokenCopy((d) => Object.assign(event(d, 'bajaur-convention-2023'), { start: '2023-07-31' }));
    expect(() => buildAtlas(dir)).toThrow(/facts\.json dates it 2023-07-30/);
  });
});
