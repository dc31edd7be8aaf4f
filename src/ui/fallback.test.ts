import { describe, expect, it } from 'vitest';
import { whyNoMap } from './fallback.ts';

describe('whyNoMap', () => {
  it('names WebGL when MapLibre could not get a WebGL context', () => {
    const e = Object.assign(new Error('Failed to initialize WebGL2 context'), {
      name: 'GPUInitializationError',
    });
    expect(whyNoMap(e)).toBe(
      'This browser cannot draw the interactive map: WebGL is unavailable or turned off.',
    );
  });
  it('passes any other failure on in its own words', () => {
    expect(whyNoMap(new TypeError('container not found'))).toBe(
      'The interactive map could not start (container not found).',
    );
    expect(whyNoMap('odd')).toBe('The interactive map could not start (odd).');
  });
});
