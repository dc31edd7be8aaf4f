import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FALLBACK_MARKER, fallbackCss, fallbackFaces, fontFallbackPlugin } from './font-fallbacks.ts';
import metrics from './font-metrics.json' with { type: 'json' };

const pct = (v: string | undefined) => parseFloat(v ?? '0') / 100;

describe('local stand-ins for the bundled faces while they load', () => {
  it('gives each family and weight an Arial-metric and a Roboto stand-in', () => {
    expect(fallbackFaces().map((f) => `${f.family} ${f.weight}`)).toEqual([
      'Map Sans Fallback: Arial 400',
      'Map Sans Fallback: Roboto 400',
      'Map Sans Fallback: Arial 700',
      'Map Sans Fallback: Roboto 700',
      'Map Sans Bold Fallback: Arial 700',
      'Map Sans Bold Fallback: Roboto 700',
    ]);
    // Linux's Arial (Liberation Sans) stands in where Arial is missing: same metrics by design.
    expect(fallbackFaces()[0].local).toEqual(['Arial', 'ArialMT', 'Liberation Sans', 'LiberationSans']);
  });

  it('sets every stand-in on Noto Sans’s line height and average width', () => {
    for (const face of fallbackFaces()) {
      const noto = metrics.bundled[face.weight];
      const local = metrics.fallbacks.find((f) => face.family.endsWith(f.familyName))!.metrics[face.weight];
      const size = pct(face.overrides['size-adjust']);
      // Overrides are in the adjusted em: scaled back, they are Noto Sans's own.
      expect(pct(face.overrides['ascent-override']) * size).toBeCloseTo(noto.ascent / noto.unitsPerEm, 4);
      expect(pct(face.overrides['descent-override']) * size).toBeCloseTo(-noto.descent / noto.unitsPerEm, 4);
      const gap = face.overrides['line-gap-override'] ?? `${(local.lineGap / local.unitsPerEm) * 100}%`;
      expect(pct(gap) * size).toBeCloseTo(noto.lineGap / noto.unitsPerEm, 4);
      expect(size * (local.xWidthAvg / local.unitsPerEm)).toBeCloseTo(noto.xWidthAvg / noto.unitsPerEm, 4);
    }
  });

  it('puts the stand-ins between each bundled face and the system font in the stacks', () => {
    expect(fallbackCss()).toContain(
      "--font-text: 'Map Sans', 'Map Sans Fallback: Arial', 'Map Sans Fallback: Roboto', system-ui, sans-serif;",
    );
    expect(fallbackCss()).toContain(
      "--font-text-bold: 'Map Sans Bold', 'Map Sans Bold Fallback: Arial', 'Map Sans Bold Fallback: Roboto', 'Map Sans', sans-serif;",
    );
  });

  it('writes them into fonts.css, and says so when the marker is gone', () => {
    const plugin = fontFallbackPlugin() as unknown as {
      transform: (this: { error: (m: string) => never }, code: string, id: string) => { code: string } | null;
    };
    const ctx = {
      error: (m: string): never => {
        throw new Error(m);
      },
    };
    const id = join(import.meta.dirname, '..', 'styles', 'fonts.css');
    const out = plugin.transform.call(ctx, readFileSync(id, 'utf8'), id);
    expect(out?.code).toContain(fallbackCss());
    expect(out?.code).not.toContain(FALLBACK_MARKER);
    expect(() => plugin.transform.call(ctx, '@font-face {}', id)).toThrow(/marker/);
    expect(plugin.transform.call(ctx, 'a {}', '/src/styles/app.css')).toBeNull();
  });
});
