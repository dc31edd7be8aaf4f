import { describe, expect, it } from 'vitest';
import { stitchLines } from './geo-utils.ts';
import { insertOnEdge, nearestOnRing } from './bajaur.ts';

describe('stitchLines', () => {
  it('joins pieces given in any order and direction into one line', () => {
    const pieces = [
      [
        [2, 0],
        [3, 0],
      ],
      [
        [0, 0],
        [1, 0],
      ],
      [
        [2, 0],
        [1, 0],
      ],
    ];
    expect(stitchLines(pieces)).toEqual([
      [
        [0, 0],
        [1, 0],
        [2, 0],
        [3, 0],
      ],
    ]);
  });
  it('keeps disconnected pieces apart', () => {
    expect(
      stitchLines([
        [
          [0, 0],
          [1, 0],
        ],
        [
          [5, 5],
          [6, 6],
        ],
      ]),
    ).toHaveLength(2);
  });
});

describe('insertOnEdge', () => {
  it('adds a vertex on the edge it lies on, in order', () => {
    const ring = [
      [0, 0],
      [2, 0],
      [2, 2],
      [0, 0],
    ];
    expect(insertOnEdge(ring, [1, 0])).toBe(true);
    expect(ring).toEqual([
      [0, 0],
      [1, 0],
      [2, 0],
      [2, 2],
      [0, 0],
    ]);
  });
  it('leaves a ring alone when the point is on none of its edges or already a vertex', () => {
    const ring = [
      [0, 0],
      [2, 0],
      [2, 2],
      [0, 0],
    ];
    expect(insertOnEdge(ring, [1, 1.5])).toBe(false);
    expect(insertOnEdge(ring, [2, 0])).toBe(false);
    expect(ring).toHaveLength(4);
  });
  it('finds the nearest point of a ring', () => {
    const { point, km } = nearestOnRing(
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
      ],
      [0.5, -0.1],
    );
    expect(point).toEqual([0.5, 0]);
    expect(km).toBeCloseTo(11.06, 1);
  });
});
