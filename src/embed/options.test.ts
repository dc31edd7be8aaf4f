import { describe, expect, it } from 'vitest';
import { lensQuery, parseOptions } from './options.ts';

describe('parseOptions', () => {
  it('reads embed and legend, and ignores unknown keys such as tracking parameters', () => {
    expect(parseOptions('?embed=1&legend=open&frame=durand-map-kunar&utm_source=x')).toEqual({
      embed: true,
      legend: 'open',
      basemap: 'builtin',
      frame: 'durand-map-kunar',
      lens: 'both',
      problems: [],
    });
    expect(parseOptions('?basemap=online').basemap).toBe('online');
    expect(parseOptions('')).toEqual({
      embed: false,
      legend: null,
      basemap: 'builtin',
      frame: 'durand-map',
      lens: 'both',
      problems: [],
    });
  });
  it.each([
    '?embed=yes',
    '?embed=1&embed=1',
    '?legend=%3Cscript%3E',
    '?embed=',
    '?basemap=https://evil.example/{z}',
    '?frame=%3Cimg%20src%3Dx%3E',
    `?frame=${'a'.repeat(65)}`,
  ])('reports %s', (q) => {
    expect(parseOptions(q).problems.length).toBe(1);
    expect(parseOptions(q).embed).toBe(false);
    expect(parseOptions(q).frame).toBe('durand-map');
  });
  it('reads the claims lens; a bad value gives the default view and a problem to show', () => {
    expect(parseOptions('?lens=kabul').lens).toBe('kabul');
    expect(parseOptions('?lens=islamabad&embed=1').lens).toBe('islamabad');
    expect(parseOptions('').lens).toBe('both');
    const bad = parseOptions('?lens=taliban');
    expect(bad.lens).toBe('both');
    expect(bad.problems).toEqual(['The option “lens” must be kabul, islamabad or both.']);
    expect(lensQuery('?embed=1&lens=kabul&frame=x')).toBe('lens=kabul');
    expect(lensQuery('?lens=nope')).toBe('');
  });
  it('names the option and what it allows', () => {
    expect(parseOptions('?legend=wide').problems).toEqual(['The option “legend” must be open or closed.']);
    expect(parseOptions('?embed=1&embed=0').problems).toEqual([
      'The option “embed” is given more than once.',
    ]);
  });
});

import { readFileSync } from 'node:fs';
import { CSP } from '../security/csp.ts';

describe('the documented headers', () => {
  it('carry the same policy as the pages, plus frame-ancestors for embedding', () => {
    const headers = readFileSync('public/_headers', 'utf8');
    expect(headers).toContain(`Content-Security-Policy: ${CSP}; frame-ancestors *`);
  });
});
