// "Download the data" links resolve to the built files, and a place page's structured data is
// there without breaking its no-script policy.
import { test, expect, openMap } from './fixtures.ts';

test('every "Download the data" link serves its file', async ({ page, request }) => {
  await openMap(page);
  const links = page.locator('.downloads a');
  await expect(links).toHaveCount(4);
  for (const href of await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
    const res = await request.get(href);
    expect(res.status(), href).toBe(200);
    const body = await res.text();
    if (href.endsWith('.geojson')) expect(JSON.parse(body).type).toBe('FeatureCollection');
    if (href.endsWith('.csv'))
      expect(body.startsWith('quote_id,place_ids,side,voice,scope,source,paragraph,text')).toBe(true);
    if (href.endsWith('.jsonld')) expect(JSON.parse(body).type).toBe('AnnotationCollection');
    if (href.endsWith('.md')) expect(body).toContain('OpenStreetMap');
  }
});

test('a place page carries its JSON-LD and no CSP violation', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  // The page redirects to the map at once: read it without following (no JavaScript, no refresh).
  const res = await page.request.get('./place/peshawar-mosque-2022/');
  const html = await res.text();
  const block = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1];
  const data = JSON.parse(block);
  expect(data['@graph'][0]).toMatchObject({ '@type': 'Place', name: 'Peshawar mosque bombing, 2022' });
  await page.goto('./place/peshawar-mosque-2022/');
  await page.waitForURL(/#place=peshawar-mosque-2022/);
  expect(violations).toEqual([]);
});
