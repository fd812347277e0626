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
const PAGES = [
  'khasham-retrospective.html',
  'casualties-differ.html',
  'casualties-agree.html',
  'rtl-arabic.html',
  'deir-ez-zor-2024-strikes.html',
  'city-council.html',
  'live-updates.html',
];

if (!existsSync(CHROMIUM)) {
  console.error(
    `Chromium was not found at ${CHROMIUM}. Install it (Debian: sudo apt-get install -y chromium) or set CHROMIUM_PATH.`,
  );
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
    for (const path of PAGES) {
      const page = await session.context.newPage();
      await page.goto(`${server.origin}/${path}`);
      await page.waitForTimeout(1500);
      const marks = await markedTexts(page);
      if (scheme === 'light')
        console.log(`${path}: ${marks.length} mark(s)${marks.length ? ` — ${marks.join(' · ')}` : ''}`);
      await page.close();
    }
    await shoot(session, { name: `popover-${scheme}`, path: 'khasham-retrospective.html', mark: 'Deir ez-Zor' });
    await shoot(session, { name: `comparison-differ-${scheme}`, path: 'casualties-differ.html', mark: 'Deir ez-Zor' });
    const page = await session.context.newPage();
    await page.goto(`${server.origin}/khasham-retrospective.html`);
    await page.waitForTimeout(1500);
    const tabId = await tabIdOf(session, page);
    const popup = await openPopup(session, tabId);
    await popup.setViewportSize({ width: 400, height: 900 });
    await popup.locator('.mentions li').first().waitFor();
    await popup.screenshot({ path: `${SHOTS}popup-${scheme}.png`, fullPage: true });
    await popup.close();
    await page.close();
    if (scheme === 'light') {
      await shoot(session, { name: 'comparison-agree', path: 'casualties-agree.html', mark: 'Deir ez-Zor' });
      await shoot(session, { name: 'popover-rtl', path: 'rtl-arabic.html', mark: 'دير الزور' });
      await shoot(session, {
        name: 'popover-narrow-360',
        path: 'khasham-retrospective.html',
        mark: 'Khasham',
        viewport: { width: 360, height: 740 },
      });
      await shoot(session, {
        name: 'popover-bottom-edge',
        path: 'khasham-retrospective.html',
        mark: -1,
        viewport: { width: 900, height: 700 },
      });
      const article = await session.context.newPage();
      await article.goto(`chrome-extension://${session.extensionId}/article.html#item-casualties-later`);
      await article.waitForTimeout(500);
      await article.screenshot({ path: `${SHOTS}article-reader.png` });
      await article.close();
    }
    await session.close();
  }
  // 200 % zoom: half the CSS pixels, twice the device pixels.
  const zoomed = await launchChromium({ viewport: { width: 600, height: 450 }, deviceScaleFactor: 2 });
  await shoot(zoomed, { name: 'popover-zoom-200', path: 'khasham-retrospective.html', mark: 'Deir ez-Zor' });
  await zoomed.close();
  console.log(`Screenshots saved in ${SHOTS}`);
  await server.close();
}

interface Scene {
  name: string;
  path: string;
  /** Which mark to click: its text (the first such), or -1 for the last, brought to the bottom edge. */
  mark: string | -1;
  viewport?: { width: number; height: number };
}

async function shoot(session: Awaited<ReturnType<typeof launchChromium>>, scene: Scene): Promise<void> {
  const page = await session.context.newPage();
  if (scene.viewport) await page.setViewportSize(scene.viewport);
  await page.goto(`${server.origin}/${scene.path}`);
  await page.waitForTimeout(1500);
  const marks = await markedTexts(page);
  if (scene.mark === -1) {
    const index = marks.length - 1;
    await markPoint(page, index);
    await page.evaluate((index) => {
      const range = [...CSS.highlights.get('dz2018-mention')!][index] as Range;
      scrollBy(0, range.getBoundingClientRect().bottom - innerHeight + 12);
    }, index);
    const point = await page.evaluate((index) => {
      const rect = ([...CSS.highlights.get('dz2018-mention')!][index] as Range).getClientRects()[0]!;
      return { x: rect.left + 5, y: rect.top + rect.height / 2 };
    }, index);
    await page.mouse.click(point.x, point.y);
  } else {
    const point = await markPoint(page, Math.max(0, marks.indexOf(scene.mark)));
    await page.mouse.click(point.x, point.y);
  }
  await page.locator('dz2018-context .popover').waitFor();
  await page.screenshot({ path: `${SHOTS}${scene.name}.png` });
  await page.close();
}
