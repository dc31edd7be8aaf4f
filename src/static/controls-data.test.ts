import { describe, expect, it } from 'vitest';
import { buildAtlas } from '../data/atlas.ts';
import { controlsData } from './controls-data.ts';

const atlas = buildAtlas();
const data = controlsData(atlas);

describe('the first frame’s legend and date filter data', () => {
  it('lists each kind once, in the order the engine’s legend does', () => {
    expect(data.kinds).toEqual([...new Set(atlas.places.map((p) => p.kind))]);
    expect(new Set(data.kinds).size).toBe(data.kinds.length);
  });
  it('carries every dated place with the dates the filter offers and tests, and nothing else', () => {
    const dated = atlas.places.filter((p) => p.date);
    expect(data.dated.map((p) => p.id)).toEqual(dated.map((p) => p.id));
    for (const p of data.dated) {
      const own = dated.find((d) => d.id === p.id)!.date!;
      expect(p.date).toEqual({
        start: own.start,
        end: own.end,
        firstDay: own.firstDay,
        lastDay: own.lastDay,
      });
    }
    expect(JSON.stringify(data).length).toBeLessThan(3000);
  });
});
