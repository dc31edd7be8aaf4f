import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, openMap, settled, engineReady } from './fixtures.ts';

async function seriousViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  console.log(
    `axe ${label}: ${results.violations.length} violations (${bad.length} serious/critical), ${results.passes.length} rules passed`,
  );
  return bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Presses Tab until the focused element matches the selector. */
async function tabTo(page: Page, selector: string, max = 250) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

const noWebGL = () => {
  const original = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (
    this: HTMLCanvasElement,
    type: string,
    ...rest: unknown[]
  ) {
    if (/webgl/i.test(type)) return null;
    return (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
  } as typeof original;
};

test('axe: no serious or critical violations on the map, a popup, the list, the embed and the fallback', async ({
  page,
}) => {
  await openMap(page);
  expect(await seriousViolations(page, 'full map')).toEqual([]);
  await page.locator('#place-list button[data-place="nangarhar"]').click();
  await settled(page);
  expect(await seriousViolations(page, 'open popup and list')).toEqual([]);
  await openMap(page, './?embed=1#place=kunar');
  expect(await seriousViolations(page, 'embed')).toEqual([]);
  await page.addInitScript(noWebGL);
  await page.goto('./');
  await page.waitForSelector('html[data-map-ready="fallback"]');
  expect(await seriousViolations(page, 'no-WebGL fallback')).toEqual([]);
});

test('keyboard only: open three places, share one, close, reach the embed dialog', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openMap(page);
  await page.keyboard.press('Tab');
  await expect(page.locator('.skip-link')).toBeFocused();
  await page.keyboard.press('Enter');
  for (const [id, name] of [
    ['nangarhar', 'Nangarhar'],
    ['bajaur-convention-2023', 'Bajaur convention bombing, 2023'],
    ['spin-ghar', 'Spin Ghar mountains'],
  ]) {
    await tabTo(page, `#place-list button[data-place="${id}"]`);
    await page.keyboard.press('Enter');
    await expect(page.locator('.maplibregl-popup h2')).toHaveText(name);
    await expect(page.locator('.maplibregl-popup h2')).toBeFocused();
    await expect(page.locator('#announcer')).toHaveText(`Opened ${name}`);
  }
  await tabTo(page, '.maplibregl-popup .share-toggle');
  await page.keyboard.press('Enter');
  await expect(page.locator('.maplibregl-popup .share-copy')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('.maplibregl-popup .share-status')).toHaveText('Link copied');
  // The first Escape folds the share panel only; the second closes the popup.
  await page.keyboard.press('Escape');
  await expect(page.locator('.maplibregl-popup .share-panel')).toBeHidden();
  await expect(page.locator('.maplibregl-popup .share-toggle')).toBeFocused();
  await expect(page.locator('.maplibregl-popup')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(page.locator('.maplibregl-popup')).toHaveCount(0);
  await expect(page.locator('#place-list button[data-place="spin-ghar"]')).toBeFocused();
  await tabTo(page, '.embed-open');
  await page.keyboard.press('Enter');
  await expect(page.locator('dialog.embed-dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('dialog.embed-dialog')).toHaveCount(0);
  await expect(page.locator('.embed-open')).toBeFocused();
  await tabTo(page, '.legend-toggle');
  await page.keyboard.press('Enter');
  await expect(page.locator('.legend-toggle')).toHaveAttribute('aria-expanded', 'false');
});

test('focus is visible on list buttons and map controls', async ({ page }) => {
  await openMap(page);
  await tabTo(page, '#place-list button[data-place="kunar"]');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).toBe('solid');
});

test('without WebGL the page explains itself and lists every place with its quotes', async ({ page }) => {
  await page.addInitScript(noWebGL);
  await page.goto('./#place=kunar');
  await page.waitForSelector('html[data-map-ready="fallback"]');
  await expect(page.locator('.map-fallback')).toContainText('WebGL');
  expect(await page.locator('#place-list > li').count()).toBe(19);
  await expect(page.locator('#details-kunar')).toBeVisible();
  await expect(page.locator('#details-kunar [data-side="islamabad"] blockquote').first()).toBeVisible();
  await page.locator('#place-list button[data-place="torkham"]').click();
  await expect(page.locator('#details-torkham')).toContainText('high traffic crossing points');
  // The map is still a map: the static first frame stays, and a click on a place opens it in the list.
  await expect(page.locator('#map > .first-frame svg')).toBeVisible();
  const at = await page.$eval('#map > .first-frame [data-place="bajaur-convention-2023"]', (e) => {
    const svg = (e as SVGElement).ownerSVGElement!.getBoundingClientRect();
    const [x, y] = e.getAttribute('data-xy')!.split(' ').map(Number);
    return { x: svg.left + x, y: svg.top + y };
  });
  await page.mouse.click(at.x, at.y);
  await expect(page.locator('#details-bajaur-convention-2023')).toBeVisible();
});

for (const [why, setUp, allowed] of [
  ['without WebGL', (page: Page) => page.addInitScript(noWebGL), []],
  [
    'when the engine’s files fail to load',
    (page: Page) => page.route(/\/assets\/main-[\w-]+\.js$/, (r) => r.abort()),
    // The browser itself logs the failed request; nothing else may fail.
    [/net::ERR_FAILED/],
  ],
] as const)
  test.describe(why, () => {
    test.use({ allowedConsoleErrors: [...allowed] });
    test(`an embed keeps its static map: places open in cards, the list over the map`, async ({ page }) => {
      // Before: the embed hid its map and showed the list alone, the moment the reader reached for it.
      await setUp(page);
      await page.setViewportSize({ width: 600, height: 500 });
      await page.goto('./?embed=1&from=2023&to=2023');
      await page.locator('#map > .first-frame').focus(); // intent: the engine is asked for, and fails
      await page.waitForSelector('html[data-map-ready="fallback"]');
      const svg = page.locator('#map > .first-frame svg');
      await expect(svg).toBeVisible();
      expect((await svg.boundingBox())!.height).toBeGreaterThan(300);
      await expect(page.locator('.map-fallback')).toContainText(
        why === 'without WebGL' ? 'WebGL is unavailable' : 'reload the page to try again',
      );
      // A place on the static map opens its card, with its quotes.
      const at = await page.$eval('#map > .first-frame [data-place="bajaur-convention-2023"]', (e) => {
        const box = (e as SVGElement).ownerSVGElement!.getBoundingClientRect();
        const [x, y] = e.getAttribute('data-xy')!.split(' ').map(Number);
        return { x: box.left + x, y: box.top + y };
      });
      await page.mouse.click(at.x, at.y);
      await expect(page.locator('[data-side="islamabad"] blockquote').first()).toBeVisible();
      await page.keyboard.press('Escape');
      // The list opens over the map from the note, filtered to the link's dates like the map.
      await page.locator('.map-fallback .places-open').click();
      const list = page.locator('#place-list');
      await expect(list).toBeInViewport();
      await expect(list.locator('li[data-place="bajaur-convention-2023"]')).toBeVisible();
      await expect(list.locator('li[data-place="kabul-airport-2021"]')).toBeHidden();
      await page.locator('.panel-close').click();
      await expect(list).not.toBeInViewport();
    });
  });

test.describe('when the data file fails to load', () => {
  // The browser itself logs the failed request; nothing else may fail.
  test.use({ allowedConsoleErrors: [/status of 503/] });
  test('the built-in list still has every quote', async ({ page }) => {
    await page.route('**/data/atlas.json', (route) => route.fulfill({ status: 503, body: 'unavailable' }));
    await page.goto('./');
    await page.waitForSelector('html[data-map-ready="fallback"]');
    await expect(page.locator('.map-fallback')).toContainText('could not be loaded');
    // Every quote linked to a place (48 since the editorial pass of issue 13 stopped spreading general quotes).
    expect(await page.locator('#place-list blockquote').count()).toBeGreaterThan(40);
    await expect(
      page.locator('#place-list li[data-place="nangarhar"] [data-side="kabul"] cite').first(),
    ).toHaveText(/^Source 000, ¶\d+$/);
    // The prerendered list (also what readers without JavaScript get) passes axe too.
    expect(await seriousViolations(page, 'built-in list, data not loaded')).toEqual([]);
  });
});

test.describe('with JavaScript turned off', () => {
  test.use({ javaScriptEnabled: false });
  test('the page says so, and each place unfolds in the list with its quotes', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('.map-fallback')).toContainText('needs JavaScript');
    const places = page.locator('#place-list > li > details');
    expect(await places.count()).toBe(19);
    const kunar = page.locator('#place-list > li[data-place="kunar"] > details');
    const quote = kunar.locator('[data-side="islamabad"] blockquote').first();
    await expect(quote).toBeHidden();
    await kunar.locator('> summary').press('Enter');
    await expect(quote).toBeVisible();
    await expect(quote.locator('cite')).toHaveText(/^Source 00[03], ¶\d+$/);
  });
});

test('with reduced motion the camera jumps instead of flying', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openMap(page);
  await page.locator('#place-list button[data-place="balochistan"]').click();
  const moving = await page.evaluate(() =>
    (window as unknown as { __map: { map: import('maplibre-gl').Map } }).__map.map.isMoving(),
  );
  expect(moving).toBe(false);
});

test('the built pages carry a strict Content-Security-Policy', async ({ request }) => {
  const html = await (await request.get('./')).text();
  const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)![1];
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("style-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script
  expect(html).not.toMatch(/\sstyle="/); // no inline style
});

// ---------------------------------------------------------------- fuzzing
function rng(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}
const pick = <T>(r: () => number, xs: T[]) => xs[Math.floor(r() * xs.length)];
const KEYS = [
  'place',
  'map',
  'embed',
  'legend',
  'zoom',
  '',
  '__proto__',
  'constructor',
  'PLACE',
  'place ',
  'm%61p',
];
const VALUES = [
  'nangarhar',
  'kunar',
  'durand-line',
  '<script>alert(1)</script>',
  'javascript:alert(document.domain)',
  '"><img src=x onerror=alert(1)>',
  '8/34.4/70.9',
  '999/999/999',
  'abc',
  '-1/-1/-1',
  '1e309/0/0',
  'NaN',
  '%',
  '%zz',
  '%E0%A4%A',
  '../../etc/passwd',
  '\u202e\u0000',
  'x'.repeat(2000),
  '1',
  '0',
  'open',
  'closed',
  '{}',
  '[]',
  'null',
  'undefined',
  'toString',
  '%3Cscript%3E',
  'data:text/html,<script>alert(1)</script>',
];
function fuzzPart(r: () => number): string {
  const n = 1 + Math.floor(r() * 3);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const key = pick(r, KEYS);
    const value = pick(r, VALUES);
    const enc = r() < 0.5 ? encodeURIComponent(value) : value;
    parts.push(r() < 0.1 ? key : `${key}=${enc}`);
  }
  return parts.join(pick(r, ['&', '&', '&&', ';']));
}

// 300 links in all: 288 hash changes within one page (the reader edits the link, or follows one
// in-page), and 12 fresh loads with hostile query strings and hashes (the link tables in
// links.spec.ts load 75 more), in two halves that run in parallel. Each part draws from its own seeded generator, so a failure names a reproducible link.
const FRESH_LOADS = 12;
test(`fuzz: ${300 - FRESH_LOADS} generated hostile or malformed hash changes never break the page`, async ({
  page,
}) => {
  test.setTimeout(240_000);
  const r = rng(20261122);
  await openMap(page);
  const origin = new URL(page.url()).origin;
  for (let i = 0; i < 300 - FRESH_LOADS; i++) {
    const hash = fuzzPart(r);
    await page.evaluate((h) => {
      location.hash = h;
    }, hash);
    expect(new URL(page.url()).origin, hash).toBe(origin);
    expect(
      await page.evaluate(() => Boolean(document.querySelector('#map canvas.maplibregl-canvas'))),
      hash,
    ).toBe(true);
  }
  console.log(`fuzz: ${300 - FRESH_LOADS} hash changes, no console error, dialog or navigation away`);
});

for (const half of [0, 1])
  test(`fuzz: ${FRESH_LOADS / 2} fresh loads of generated hostile links never break the page (part ${half + 1})`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    // A smaller map draws faster in software WebGL (as links.spec.ts's tables): these test links.
    await page.setViewportSize({ width: 700, height: 520 });
    const r = rng(20261123 + half);
    const origin = new URL(test.info().project.use.baseURL!).origin;
    for (let i = 0; i < FRESH_LOADS / 2; i++) {
      const url = `./?${fuzzPart(r)}#${fuzzPart(r)}`;
      await page.goto(url);
      // Engine or fallback: an embed among them loads its engine on intent (engineReady gives it).
      await test.step(url.slice(0, 120), () => engineReady(page));
      expect(new URL(page.url()).origin, url).toBe(origin);
      expect(
        await page.evaluate(() =>
          Boolean(document.querySelector('#map canvas.maplibregl-canvas, .map-fallback')),
        ),
        url,
      ).toBe(true);
    }
  });

test.describe('the optional online basemap, when unreachable', () => {
  // The browser logs the blocked tile requests itself.
  test.use({ allowedConsoleErrors: [/ERR_BLOCKED_BY_CLIENT|Failed to load resource/] });
  test('falls back to the built-in basemap with a notice', async ({ page, externalRequests }) => {
    await openMap(page, './?basemap=online');
    await expect(page.locator('#notice')).toContainText('online basemap could not be reached');
    expect(externalRequests.some((u) => u.startsWith('https://tile.openstreetmap.org/'))).toBe(true);
    const state = await page.evaluate(() => {
      const { map } = (window as unknown as { __map: { map: import('maplibre-gl').Map } }).__map;
      return {
        land: map.getLayoutProperty('land', 'visibility'),
        online: Boolean(map.getLayer('online-basemap')),
      };
    });
    expect(state).toEqual({ land: 'visible', online: false });
  });
});
