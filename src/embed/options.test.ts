import { describe, expect, it } from 'vitest';
import { parseOptions } from './options.ts';

describe('parseOptions', () => {
  it('reads embed and legend, and ignores unknown keys such as tracking parameters', () => {
    expect(parseOptions('?embed=1&legend=open&utm_source=x')).toEqual({
      embed: true,
      legend: 'open',
      basemap: 'builtin',
      problems: [],
    });
    expect(parseOptions('?basemap=online').basemap).toBe('online');
    expect(parseOptions('')).toEqual({ embed: false, legend: null, basemap: 'builtin', problems: [] });
  });
  it.each([
    '?embed=yes',
    '?embed=1&embed=1',
    '?legend=%3Cscript%3E',
    '?embed=',
    '?basemap=https://evil.example/{z}',
  ])('reports %s', (q) => {
    expect(parseOptions(q).problems.length).toBe(1);
    expect(parseOptions(q).embed).toBe(false);
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
