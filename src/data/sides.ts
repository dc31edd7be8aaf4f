// The three voices, in display order. Kept apart from schema.ts so the browser bundle needs no zod.
export const SIDES = ['kabul', 'islamabad', 'analysis'] as const;
