import { chromium } from '@playwright/test';
const b = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
});
const p = await b.newPage({ viewport: { width: 1000, height: 900 } });
p.on('console', (m) => console.log('console', m.type(), m.text()));
await p.goto('http://127.0.0.1:4173/embed-demo.html');
await p.locator('#demo-map').scrollIntoViewIfNeeded();
await p.waitForTimeout(5000);
console.log(
  'heights',
  await p.evaluate(() => [...document.querySelectorAll('iframe')].map((f) => f.getAttribute('height'))),
);
await p.screenshot({ path: '/tmp/demo.png' });
await p.locator('#demo-place').scrollIntoViewIfNeeded();
await p.waitForTimeout(4000);
await p.screenshot({ path: '/tmp/demo2.png' });
await b.close();
