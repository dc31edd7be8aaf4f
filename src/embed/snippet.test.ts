import { describe, expect, it } from 'vitest';
import { embedSnippet } from './snippet.ts';

const base = {
  src: 'https://example.org/map/?embed=1#place=nangarhar',
  title: 'Map: Nangarhar',
  height: 500,
  scriptSrc: 'https://example.org/map/embed-resize.js',
  frameId: 'durand-map-1',
};

describe('embedSnippet', () => {
  it('makes a lazy, titled, full-width iframe with the auto-height script when responsive', () => {
    const s = embedSnippet({ ...base, responsive: true, width: null });
    expect(s).toContain('src="https://example.org/map/?embed=1&amp;frame=durand-map-1#place=nangarhar"');
    expect(s).toContain('title="Map: Nangarhar"');
    expect(s).toContain('loading="lazy"');
    expect(s).toContain('allowfullscreen');
    expect(s).toContain('width="100%"');
    expect(s).toContain('<script src="https://example.org/map/embed-resize.js" async></script>');
  });
  it('gives a fixed-size iframe and no script otherwise', () => {
    const s = embedSnippet({ ...base, responsive: false, width: 640, height: 480 });
    expect(s).toContain('width="640" height="480"');
    expect(s).not.toContain('<script');
  });
  it('escapes a title', () => {
    expect(embedSnippet({ ...base, title: '"><script>', responsive: false, width: 1 })).toContain(
      'title="&quot;>&lt;script>"',
    );
  });
});
