import { describe, expect, it } from 'vitest';
import { lensQuery, parseOptions } from './options.ts';

describe('parseOptions', () => {
  it('reads embed and legend, and ignores unknown keys such as tracking parameters', () => {
    expect(parseOptions('?embed=1&legend=open&frame=durand-map-kunar&utm_source=x')).toEqual({
      embed: true,
      legend: 'open',
      basemap: 'builtin',
      frame: 'durand-map-kunar',
      time: { from: null, to: null },
      title: null,
      desc: null,
      source: null,
      byline: null,
      theme: null,
      story: [],
      lens: 'both',
      problems: [],
    });
    expect(parseOptions('?basemap=online').basemap).toBe('online');
    expect(parseOptions('?theme=dark').theme).toBe('dark');
    expect(parseOptions('?theme=light').theme).toBe('light');
    expect(parseOptions('?story=https://news.example,http://127.0.0.1:4225').story).toEqual([
      'https://news.example',
      'http://127.0.0.1:4225',
    ]);
    expect(parseOptions('')).toEqual({
      embed: false,
      legend: null,
      basemap: 'builtin',
      frame: 'durand-map',
      time: { from: null, to: null },
      title: null,
      desc: null,
      source: null,
      byline: null,
      theme: null,
      story: [],
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
    `?title=${'a'.repeat(121)}`,
    '?desc=line%0Abreak',
    '?byline=a&byline=b',
    '?theme=blue',
    '?story=https://news.example/path',
    '?story=javascript:alert(1)',
    '?story=*',
  ])('reports %s', (q) => {
    expect(parseOptions(q).problems.length).toBe(1);
    expect(parseOptions(q).embed).toBe(false);
    expect(parseOptions(q).frame).toBe('durand-map');
  });
  it('reads the embed chrome as plain text, trimmed; empty hides a line', () => {
    const o = parseOptions(
      '?embed=1&title=%3Cb%3EBorder%20blame%3C%2Fb%3E&desc=+Who+says+what+&source=Sources%3A+000%2C+003&byline=By+A.+Reporter&title2=x',
    );
    expect(o).toMatchObject({
      title: '<b>Border blame</b>',
      desc: 'Who says what',
      source: 'Sources: 000, 003',
      byline: 'By A. Reporter',
      problems: [],
    });
    expect(parseOptions('?embed=1&source=').source).toBe('');
    expect(parseOptions(`?title=${'é'.repeat(120)}`).title).toHaveLength(120);
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
