import { describe, expect, it } from 'vitest';
import { embedSnippet, uniqueFrameId } from './snippet.ts';

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
    expect(s).toContain('style="border:0"');
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

describe('uniqueFrameId', () => {
  it('names what is embedded and differs between two embeds of the same view', () => {
    expect(uniqueFrameId('kunar', () => 0.5)).toBe('durand-map-kunar-i00000');
    const ids = new Set(Array.from({ length: 50 }, () => uniqueFrameId('default')));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(/^durand-map-default-[a-z0-9]{6}$/);
  });
});
