// The product on the bundled demo pages: builds the extension, serves demo/ on
// localhost and opens Chromium with the extension loaded. With a display it
// opens a window and waits; without one it runs headless, prints what it found
// and saves screenshots (light and dark) to docs/screenshots/.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, launchChromium, markPoint, markedTexts, openPopup, tabIdOf } from '../tests/e2e/chromium-harness';
import { serveDemo } from './serve';

const SHOTS = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const headed = Boolean(process.env.DISPLAY) && !process.argv.includes('--headless');

if (!existsSync(CHROMIUM)) {
  console.error(`Chromium was not found at ${CHROMIUM}. Install it (Debian: sudo apt-get install -y chromium) or set CHROMIUM_PATH.`);
  process.exit(1);
}

console.log('Building the extension…');
execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });

const server = await serveDemo(Number(process.env.PORT ?? 0));
console.log(`Demo pages: ${server.origin}/`);

if (headed) {
  const session = await launchChromium({ headless: false });
  const page = await session.context.newPage();
  await page.goto(`${server.origin}/`);
  console.log('Chromium is open with the extension loaded. Close the window or press Ctrl+C to stop.');
  session.context.on('close', () => void server.close().then(() => process.exit(0)));
} else {
  mkdirSync(SHOTS, { recursive: true });
  for (const scheme of ['light', 'dark'] as const) {
    const session = await launchChromium({ colorScheme: scheme });
    for (const path of ['khasham-retrospective.html', 'deir-ez-zor-2024-strikes.html', 'live-updates.html']) {
      const page = await session.context.newPage();
      await page.goto(`${server.origin}/${path}`);
      await page.waitForTimeout(2000);
      const marks = await markedTexts(page);
      if (scheme === 'light') console.log(`${path}: ${marks.length} mark(s)${marks.length ? ` — ${marks.join(' · ')}` : ''}`);
      if (path === 'khasham-retrospective.html') {
        const point = await markPoint(page, 0);
        await page.mouse.click(point.x, point.y);
        await page.locator('dz2018-context .popover').waitFor();
        await page.screenshot({ path: `${SHOTS}popover-${scheme}.png` });
        const tabId = await tabIdOf(session, page);
        const popup = await openPopup(session, tabId);
        await popup.setViewportSize({ width: 400, height: 900 });
        await popup.locator('.mentions li').first().waitFor();
        await popup.screenshot({ path: `${SHOTS}popup-${scheme}.png`, fullPage: true });
        await popup.close();
      }
      await page.close();
    }
    await session.close();
  }
  console.log(`Screenshots saved in ${SHOTS}`);
  await server.close();
}
