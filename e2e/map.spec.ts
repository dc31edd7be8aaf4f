import { test, expect, openMap, placeOnScreen } from './fixtures.ts';

const REQUIRED_LAYERS = [
  'sea',
  'land',
  'water',
  'admin1-lines',
  'international-lines',
  'place-area-fill',
  'place-area-outline',
  'place-area-outline-approx',
  'place-terrain',
  'durand-line',
  'city-labels',
  'durand-label',
  'area-labels',
  'place-points',
];

test('the map draws every layer with all network requests outside localhost blocked', async ({
  page,
  externalRequests,
}, info) => {
  const idleMs = await openMap(page, './?testPixels=1');
  info.annotations.push({ type: 'first idle (ms)', description: String(idleMs) });
  console.log(`navigation → first idle: ${idleMs} ms`);

  // Layers exist and have rendered features on screen.
  const rendered = await page.evaluate(
    (layers) => {
      const { map } = (window as unknown as { __map: { map: import('maplibre-gl').Map } }).__map;
      return Object.fromEntries(
        layers.map((l) => [
          l,
          map.getLayer(l) ? (l === 'sea' ? 1 : map.queryRenderedFeatures({ layers: [l] }).length) : -1,
        ]),
      );
    },
    REQUIRED_LAYERS.filter((l) => l !== 'area-labels' && l !== 'durand-label' && l !== 'city-labels'),
  );
  for (const [layer, count] of Object.entries(rendered)) expect(count, layer).toBeGreaterThan(0);

  // Pixels, not just DOM: the canvas shows sea, land and the Durand Line's colour.
  const counts = await page.evaluate(() => {
    const { map } = (window as unknown as { __map: { map: import('maplibre-gl').Map } }).__map;
    const src = map.getCanvas();
    const c = document.createElement('canvas');
    c.width = src.width;
    c.height = src.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(src, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    const near = (i: number, rgb: number[], tol = 18) =>
      Math.abs(d[i] - rgb[0]) + Math.abs(d[i + 1] - rgb[1]) + Math.abs(d[i + 2] - rgb[2]) < tol;
    const out = { total: d.length / 4, sea: 0, focusLand: 0, durand: 0, province: 0, attack: 0 };
    for (let i = 0; i < d.length; i += 4) {
      if (near(i, [0xc9, 0xdc, 0xe8])) out.sea++;
      if (near(i, [0xfb, 0xf9, 0xf4], 6)) out.focusLand++;
      if (near(i, [0xa1, 0x20, 0x3c], 40)) out.durand++;
      if (near(i, [0x3d, 0x6e, 0xa8], 40)) out.province++;
      if (near(i, [0xc0, 0x26, 0x2d], 40)) out.attack++;
    }
    return out;
  });
  expect(counts.focusLand / counts.total).toBeGreaterThan(0.2);
  expect(counts.durand).toBeGreaterThan(500);
  expect(counts.province).toBeGreaterThan(100);
  expect(counts.attack).toBeGreaterThan(20);

  // Labels use the bundled font, drawn locally: the font file was served from this site.
  const fontsLoaded = await page.evaluate(() =>
    [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family),
  );
  expect(fontsLoaded.join(',')).toMatch(/Map Sans/);
  expect(externalRequests).toEqual([]);
});

test('the stylesheet is applied: controls sit in the map corners', async ({ page }) => {
  await openMap(page);
  const map = await page.locator('#map').boundingBox();
  const zoomIn = await page.locator('.maplibregl-ctrl-zoom-in').boundingBox();
  expect(zoomIn!.x).toBeGreaterThan(map!.x + map!.width - 80);
  expect(zoomIn!.y).toBeLessThan(map!.y + 80);
});

test('hovering a place shows a pointer and its name', async ({ page }) => {
  await openMap(page);
  const at = await placeOnScreen(page, 'peshawar-mosque-2022', 8);
  await page.mouse.move(at.x, at.y);
  await expect(page.locator('.map-tooltip')).toHaveText('Peshawar mosque bombing, 2022');
  expect(
    await page.evaluate(
      () =>
        (window as unknown as { __map: { map: import('maplibre-gl').Map } }).__map.map.getCanvas().style
          .cursor,
    ),
  ).toBe('pointer');
});

for (const [id, name, zoom] of [
  ['peshawar-mosque-2022', 'Peshawar mosque bombing, 2022', 8],
  ['bagram-prison', 'Bagram prison', 8],
  ['torkham', 'Torkham crossing', 9],
] as const) {
  test(`clicking the ${id} point selects it and names it`, async ({ page }) => {
    await openMap(page);
    const at = await placeOnScreen(page, id, zoom);
    await page.mouse.click(at.x, at.y);
    await expect(page.locator('.maplibregl-popup h2')).toHaveText(name);
    await expect(page.locator(`#place-list li[data-place="${id}"]`)).toHaveClass(/is-selected/);
    await expect(page.locator('#announcer')).toHaveText(`Opened ${name}`);
    // The map draws it as selected (the highlight follows the popup by one frame).
    await expect
      .poll(() =>
        page.evaluate((placeId) => {
          const { map, selection, atlas } = (
            window as unknown as {
              __map: {
                map: import('maplibre-gl').Map;
                selection: { highlighted: { id: string } | null };
                atlas: { places: { id: string }[] };
              };
            }
          ).__map;
          const index = atlas.places.findIndex((p) => p.id === placeId);
          return [selection.highlighted?.id, map.getFeatureState({ source: 'places', id: index }).selected];
        }, id),
      )
      .toEqual([id, true]);
  });
}

test('the list opens a place on the map', async ({ page }) => {
  await openMap(page);
  await page.locator('#place-list button[data-place="kunar"]').click();
  await expect(page.locator('.maplibregl-popup h2')).toHaveText('Kunar');
  await expect(page.locator('#details-kunar')).toBeVisible();
  await expect(page.locator('#place-list button[data-place="kunar"]')).toHaveAttribute(
    'aria-expanded',
    'true',
  );
});

test('Bajaur is marked approximate on the map and in its popup', async ({ page }) => {
  await openMap(page);
  await page.locator('#place-list button[data-place="bajaur"]').click();
  await expect(page.locator('.maplibregl-popup .place-kind')).toContainText('approximate');
  await expect(page.locator('#details-bajaur')).toContainText('Approximate');
  const labels = await page.evaluate(() => {
    const { map } = (window as unknown as { __map: { map: import('maplibre-gl').Map } }).__map;
    return map.querySourceFeatures('place-labels').map((f) => f.properties.name);
  });
  expect(labels).toContain('Bajaur (approx.)');
});

test('phone: Khyber Pakhtunkhwa and Balochistan are named inside the map at the default view @phone', async ({
  page,
}) => {
  await openMap(page, './');
  const labels = await page.evaluate(() => {
    const { map } = (window as unknown as { __map: { map: import('maplibre-gl').Map } }).__map;
    const canvas = map.getCanvas();
    return map.queryRenderedFeatures({ layers: ['key-province-labels'] }).map((f) => {
      const [lng, lat] = (f.geometry as GeoJSON.Point).coordinates;
      const { x, y } = map.project([lng, lat]);
      return { name: String(f.properties.name), x, y, w: canvas.clientWidth, h: canvas.clientHeight };
    });
  });
  expect(labels.map((l) => l.name).sort()).toEqual(['Balochistan', 'Khyber Pakhtunkhwa']);
  // Whole names: the label's anchor keeps half a name's width from the edges.
  for (const l of labels) {
    expect(l.x, l.name).toBeGreaterThan(40);
    expect(l.x, l.name).toBeLessThan(l.w - 40);
    expect(l.y, l.name).toBeGreaterThan(15);
    expect(l.y, l.name).toBeLessThan(l.h - 15);
  }
});
