// Shared Playwright fixtures: every test fails on a console error, page error or dialog, and
// every request that leaves localhost is blocked and recorded (the site must work offline).
import { test as base, expect, type Frame, type Page } from '@playwright/test';

type Fixtures = { problems: string[]; externalRequests: string[]; allowedConsoleErrors: RegExp[] };

export const test = base.extend<Fixtures>({
  /** Console errors a test provokes on purpose (e.g. the browser reporting a blocked request). */
  allowedConsoleErrors: [[], { option: true }],
  externalRequests: [
    async ({ page }, use) => {
      const seen: string[] = [];
      await page.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (
          ['127.0.0.1', 'localhost'].includes(url.hostname) ||
          url.protocol === 'data:' ||
          url.protocol === 'blob:'
        )
          return route.continue();
        seen.push(url.href);
        return route.abort('blockedbyclient');
      });
      await use(seen);
    },
    { auto: true },
  ],
  problems: [
    async ({ page, allowedConsoleErrors }, use) => {
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' && !allowedConsoleErrors.some((re) => re.test(m.text())))
          problems.push(`console error: ${m.text()}`);
        // MapLibre reports a style property it cannot use as a warning and silently falls back.
        if (m.type() === 'warning' && /^(layers|sources)\[/.test(m.text()))
          problems.push(`style warning: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      page.on('dialog', (d) => {
        problems.push(`dialog: ${d.message()}`);
        void d.dismiss();
      });
      await use(problems);
      expect(problems, 'console errors, page errors or dialogs').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/**
 * Waits until the map engine is ready in a page or an embed's frame. An embed loads its engine on
 * the reader's intent, and keyboard focus on the first frame is one; the focus is given again until
 * the engine answers, because a frame may still be booting (no first frame yet) when first asked.
 */
export async function engineReady(target: Page | Frame): Promise<void> {
  await expect(async () => {
    const ready = await target.evaluate(() => {
      if (document.documentElement.hasAttribute('data-map-ready')) return true;
      if (document.documentElement.classList.contains('embed'))
        document.querySelector<HTMLElement>('#map > .first-frame')?.focus();
      return false;
    });
    expect(ready, 'the map engine is ready').toBe(true);
  }).toPass({ timeout: 55_000, intervals: [100, 250, 500, 1000] });
}

/** Opens the site (optionally with a query/hash) and waits for the map's first idle. Returns ms to idle. */
export async function openMap(page: Page, path = ''): Promise<number> {
  await page.goto(path || './');
  await engineReady(page);
  return Number(await page.locator('html').getAttribute('data-map-ready'));
}

/** Screen position (page coordinates) of a place's anchor, after moving the camera there. */
export async function placeOnScreen(
  page: Page,
  id: string,
  zoom?: number,
): Promise<{ x: number; y: number }> {
  return page.evaluate(
    async ({ id, zoom }) => {
      const { map, atlas } = (
        window as unknown as {
          __map: { map: import('maplibre-gl').Map; atlas: import('../src/data/atlas-types.ts').Atlas };
        }
      ).__map;
      const p = atlas.places.find((x) => x.id === id)!;
      if (zoom !== undefined) {
        map.jumpTo({ center: p.anchor as [number, number], zoom });
        await new Promise((r) => map.once('idle', r));
      }
      const pt = map.project(p.anchor as [number, number]);
      const box = map.getCanvas().getBoundingClientRect();
      return { x: box.left + pt.x, y: box.top + pt.y };
    },
    { id, zoom },
  );
}

/** Waits until the camera has stopped moving and the map has drawn. */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const { map } = (window as unknown as { __map: { map: import('maplibre-gl').Map } }).__map;
    if (map.isMoving()) await new Promise((r) => map.once('moveend', r));
    if (!map.loaded()) await new Promise((r) => map.once('idle', r));
  });
}

/** Moves the camera to a point (or a vertex of the drawn Durand Line) and returns its page position. */
export async function pointOnScreen(
  page: Page,
  at: { lngLat: [number, number] } | { durandLineFraction: number },
  zoom = 8,
): Promise<{ x: number; y: number }> {
  return page.evaluate(
    async ({ at, zoom }) => {
      const { map, atlas } = (
        window as unknown as {
          __map: { map: import('maplibre-gl').Map; atlas: import('../src/data/atlas-types.ts').Atlas };
        }
      ).__map;
      let v: [number, number];
      if ('lngLat' in at) v = at.lngLat;
      else {
        const line = atlas.placeFeatures.features.find((f) => f.properties?.id === 'durand-line')!
          .geometry as GeoJSON.LineString;
        v = line.coordinates[Math.floor(line.coordinates.length * at.durandLineFraction)] as [number, number];
      }
      map.jumpTo({ center: v, zoom });
      await new Promise((r) => map.once('idle', r));
      const p = map.project(v);
      const box = map.getCanvas().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    },
    { at, zoom },
  );
}
