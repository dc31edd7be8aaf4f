import { expect, it } from 'vitest';
import { overflow } from './overflow.ts';

it('is 0 for a box inside its frame', () => expect(overflow(10, 50, 0, 100, 8)).toBe(0));
it('moves a box past the start back in, margin included', () =>
  expect(overflow(-20, 30, 0, 100, 8)).toBe(-28));
it('moves a box past the end back in', () => expect(overflow(60, 120, 0, 100)).toBe(20));
it('keeps the start in view when the box is taller than the frame', () =>
  expect(overflow(30, 200, 0, 100, 8)).toBe(22));
