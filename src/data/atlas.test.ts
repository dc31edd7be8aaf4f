import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  area,
  booleanPointInPolygon,
  difference,
  featureCollection,
  intersect,
  point,
  polygon,
} from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { buildAtlas, GEODATA_DIR } from './atlas.ts';
import { DataError } from './validate.ts';

const atlas = buildAtlas();
const place = (id: string) => {
  const p = atlas.places.find((x) => x.id === id);
  if (!p) throw new Error(`no place ${id}`);
  return p;
};
const poly = (id: string) =>
  ({ type: 'Feature', properties: {}, geometry: place(id).geometry }) as Feature<Polygon | MultiPolygon>;
const km = (d1: number[], d2: number[]) =>
  Math.hypot((d1[0] - d2[0]) * 111.32 * Math.cos((d1[1] * Math.PI) / 180), (d1[1] - d2[1]) * 110.57);

// The place ids the brief fixes (they are deep-link keys).
const BRIEF_IDS = [
  'durand-line',
  'nangarhar',
  'kunar',
  'bajaur',
  'spin-ghar',
  'pul-e-charkhi-prison',
  'bagram-prison',
  'peshawar-mosque-2022',
  'bajaur-convention-2023',
  'mastung-procession-2023',
  'kabul-airport-2021',
  'khalil-haqqani-killing',
  'torkham',
];

describe('places', () => {
  it('has every place id of the brief, once', () => {
    const ids = atlas.places.map((p) => p.id);
    for (const id of BRIEF_IDS) expect(ids).toContain(id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives every place a location precision, and pins none whose location is not public', () => {
    for (const p of atlas.places) {
      expect(p.precision).toBeTruthy();
      if (p.precision === 'country' || p.precision === 'unknown') expect(p.geometry).toBeNull();
    }
  });

  it('records where every drawn geometry or coordinate comes from', () => {
    for (const p of atlas.places) {
      if (!p.geometry) continue;
      expect(p.provenance ?? p.citation, p.id).toBeTruthy();
    }
    const prov = JSON.parse(readFileSync(join(GEODATA_DIR, 'derived/provenance.json'), 'utf8'));
    for (const input of prov.inputs) {
      expect(input.version).toMatch(/^\d+\.\d+\.\d+/);
      expect(input.licence).toBeTruthy();
      expect(input.dataLicence).toBeTruthy();
    }
    expect(prov.geometries.bajaur.approximate).toBe(true);
  });
});

describe('the Durand Line', () => {
  const line = atlas.durandLine!.coordinates;
  it('is one line from the Iran tripoint to the China tripoint', () => {
    expect(km(line[0], [60.85, 29.86])).toBeLessThan(10);
    expect(km(line[line.length - 1], [74.54, 37.02])).toBeLessThan(10);
  });
  it('measures close to Natural Earth’s full-resolution length and is shown beside the cited 2,640 km', () => {
    const f = place('durand-line').facts;
    expect(f.lengthKm).toBeGreaterThan(2200);
    expect(f.lengthKm).toBeLessThan(2260);
    expect(f.lengthKm! / f.fullResolutionLengthKm!).toBeGreaterThan(0.99);
    expect(f.citedLengthKm).toBe(2640);
    expect(f.lengthNote).toMatch(/shorter/);
  });
});

describe('areas', () => {
  it.each(['nangarhar', 'kunar', 'bajaur', 'khyber-pakhtunkhwa', 'balochistan'])(
    '%s is within its stated tolerance of the official area',
    (id) => {
      const figures = JSON.parse(readFileSync(join(GEODATA_DIR, 'figures.json'), 'utf8'));
      const { km2, tolerance } = figures.officialAreasKm2[id];
      const measured = place(id).facts.areaKm2!;
      expect(Math.abs(measured - km2) / km2).toBeLessThanOrEqual(tolerance);
    },
  );

  it('marks Bajaur approximate', () => {
    expect(place('bajaur').approximate).toBe(true);
  });

  it.each([
    ['Jalalabad', [70.45153, 34.42647], 'nangarhar'],
    ['Asadabad', [71.14697, 34.87311], 'kunar'],
    ['Khar', [71.52, 34.73], 'bajaur'],
    ['Peshawar', [71.57849, 34.008], 'khyber-pakhtunkhwa'],
    ['Quetta', [67.00141, 30.18414], 'balochistan'],
  ])('%s falls inside %s', (_name, at, id) => {
    expect(booleanPointInPolygon(at as number[], poly(id))).toBe(true);
  });

  it.each([
    ['Kabul', [69.17233, 34.52813], 'nangarhar'],
    ['Asadabad', [71.14697, 34.87311], 'bajaur'],
    ['Jalalabad', [70.45153, 34.42647], 'khyber-pakhtunkhwa'],
  ])('%s does not fall inside %s', (_name, at, id) => {
    expect(booleanPointInPolygon(at as number[], poly(id))).toBe(false);
  });
});

describe('shared edges', () => {
  it('make Nangarhar, Kunar and Bajaur share the expected stretches of the line exactly', () => {
    expect(place('nangarhar').facts.sharedBorderKm).toBeGreaterThan(170);
    expect(place('nangarhar').facts.sharedBorderKm).toBeLessThan(190);
    expect(place('kunar').facts.sharedBorderKm).toBeGreaterThan(130);
    expect(place('kunar').facts.sharedBorderKm).toBeLessThan(150);
    expect(place('bajaur').facts.sharedBorderKm).toBeGreaterThan(35);
    expect(place('bajaur').facts.sharedBorderKm).toBeLessThan(50);
  });

  it('leave no overlap between neighbours across the line', () => {
    for (const [a, b] of [
      ['kunar', 'bajaur'],
      ['nangarhar', 'khyber-pakhtunkhwa'],
      ['kunar', 'khyber-pakhtunkhwa'],
    ]) {
      const overlap = intersect(featureCollection([poly(a), poly(b)]));
      expect(overlap ? area(overlap) : 0, `${a} ∩ ${b}`).toBeLessThan(1000); // < 0.001 km²
    }
  });

  it('keep Bajaur entirely inside Khyber Pakhtunkhwa and Kunar and Nangarhar edge to edge', () => {
    const outside = difference(featureCollection([poly('bajaur'), poly('khyber-pakhtunkhwa')]));
    expect(outside ? area(outside) : 0).toBeLessThan(1000);
    const key = (p: number[]) => p.join(',');
    const ring = (id: string) => (poly(id).geometry as Polygon).coordinates[0].map(key);
    const shared = ring('kunar').filter((k) => new Set(ring('nangarhar')).has(k));
    expect(shared.length).toBeGreaterThanOrEqual(2);
  });
});

describe('point facts', () => {
  it('puts each point in the right country and measures its distance to the line', () => {
    expect(place('peshawar-mosque-2022').facts.countryAt).toBe('PK');
    expect(place('kabul-airport-2021').facts.countryAt).toBe('AF');
    expect(place('torkham').facts.distanceToLineKm).toBeLessThan(5);
    expect(place('bajaur-convention-2023').facts.distanceToLineKm).toBeGreaterThan(10);
    expect(place('bajaur-convention-2023').facts.distanceToLineKm).toBeLessThan(40);
  });
});

describe('validation', () => {
  const brokenCopy = (edit: (places: { places: Record<string, unknown>[] }) => void) => {
    const dir = mkdtempSync(join(tmpdir(), 'geodata-'));
    cpSync(GEODATA_DIR, dir, { recursive: true });
    const file = join(dir, 'places.json');
    const data = JSON.parse(readFileSync(file, 'utf8'));
    edit(data);
    writeFileSync(file, JSON.stringify(data));
    return dir;
  };

  it('names the file, the record and the field of an invalid value', () => {
    const dir = brokenCopy((d) => {
      d.places.find((p) => p.id === 'kunar')!.precision = 'exact';
    });
    expect(() => buildAtlas(dir)).toThrow(DataError);
    expect(() => buildAtlas(dir)).toThrow(/geodata\/places\.json[\s\S]*"kunar"[\s\S]*precision/);
  });

  it('names the record whose geometry reference does not exist', () => {
    const dir = brokenCopy((d) => {
      d.places.find((p) => p.id === 'bajaur')!.geometry = { ref: 'bajour' };
    });
    expect(() => buildAtlas(dir)).toThrow(/"bajaur"[\s\S]*geometry\.ref[\s\S]*bajour/);
  });

  it('rejects a hand-placed coordinate without a citation', () => {
    const dir = brokenCopy((d) => {
      delete d.places.find((p) => p.id === 'torkham')!.citation;
    });
    expect(() => buildAtlas(dir)).toThrow(/"torkham"[\s\S]*citation/);
  });

  it('rejects a point placed in the wrong country', () => {
    const dir = brokenCopy((d) => {
      (
        d.places.find((p) => p.id === 'peshawar-mosque-2022')!.geometry as { coordinates: number[] }
      ).coordinates = [69.17, 34.53];
    });
    expect(() => buildAtlas(dir)).toThrow(/"peshawar-mosque-2022"[\s\S]*falls in AF/);
  });
});

void point;
void polygon;

describe('quote validation', () => {
  it('fails the build naming the file, the quote and the field when a quote is altered', () => {
    const dir = mkdtempSync(join(tmpdir(), 'geodata-'));
    cpSync(GEODATA_DIR, dir, { recursive: true });
    const file = join(dir, 'quotes.json');
    const data = JSON.parse(readFileSync(file, 'utf8'));
    const q = data.quotes.find((x: { id: string }) => x.id === 'k-unrelated');
    q.text = q.text.replace('unrelated', 'unconnected');
    writeFileSync(file, JSON.stringify(data));
    expect(() => buildAtlas(dir)).toThrow(
      /geodata\/quotes\.json[\s\S]*"k-unrelated"[\s\S]*text: not verbatim in source 000 ¶3/,
    );
  });

  it('fails the build naming the quote when a place link has no reason', () => {
    const dir = mkdtempSync(join(tmpdir(), 'geodata-'));
    cpSync(GEODATA_DIR, dir, { recursive: true });
    const file = join(dir, 'quotes.json');
    const data = JSON.parse(readFileSync(file, 'utf8'));
    delete data.quotes.find((x: { id: string }) => x.id === 'i-spin-ghar').places[0].why;
    writeFileSync(file, JSON.stringify(data));
    expect(() => buildAtlas(dir)).toThrow(/"i-spin-ghar"[\s\S]*places\.0\.why/);
  });

  it('fails the build when a short clause is not part of the quote', () => {
    const dir = mkdtempSync(join(tmpdir(), 'geodata-'));
    cpSync(GEODATA_DIR, dir, { recursive: true });
    const file = join(dir, 'quotes.json');
    const data = JSON.parse(readFileSync(file, 'utf8'));
    data.quotes.find((x: { id: string }) => x.id === 'i-peshawar').short = 'killed over 70 worshippers';
    writeFileSync(file, JSON.stringify(data));
    expect(() => buildAtlas(dir)).toThrow(/"i-peshawar", field short/);
  });
});
