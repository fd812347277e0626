// The built Firefox extension (Manifest V3), installed in real headless
// Firefox ESR over WebDriver BiDi, on the demo pages served from localhost.
// The same flows as chromium.e2e.ts, plus hover, the options page and the
// permissions Firefox grants on install.

import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { serveDemo, type DemoServer } from '../../scripts/serve';
import {
  EXTENSION_ORIGIN,
  badgeOf,
  inExtension,
  launchFirefox,
  markPoint,
  markedTexts,
  openExtensionPage,
  openPopup,
  popoverButton,
  popoverOf,
  popoverText,
  switchInput,
  tabIdOf,
  textOf,
  type FirefoxSession,
} from './firefox-harness';
import { FIRST_KHASHAM, RETROSPECTIVE_MARKS } from './expectations';

let server: DemoServer;
let session: FirefoxSession;
/** Pages a test opened: closed after it, so one fixture tab is open at a time. */
let opened: Page[] = [];
let run = 0;

beforeAll(async () => {
  server = await serveDemo();
  session = await launchFirefox();
});

afterEach(async () => {
  for (const page of opened) await page.close().catch(() => undefined);
  opened = [];
  // Every test starts from the default settings and no switched-off sites.
  await inExtension(session, (browser) => browser.storage.local.clear());
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** In document order. */

/** Opens a demo page in a new foreground tab; a query string makes its URL unique to this test. */
async function openDemo(path: string): Promise<Page> {
  const page = await session.browser.newPage();
  opened.push(page);
  await page.goto(`${server.origin}/${path}?run=${++run}`);
  await page.bringToFront();
  return page;
}

async function openExtension(path: string): Promise<Page> {
  const page = await openExtensionPage(session.browser, path);
  opened.push(page);
  return page;
}

async function openPopupFor(tabId: number): Promise<Page> {
  const popup = await openPopup(session, tabId);
  opened.push(popup);
  return popup;
}

const markCount = (page: Page) => markedTexts(page).then((texts) => texts.length);

async function openRetrospective(): Promise<Page> {
  const page = await openDemo('khasham-retrospective.html');
  await expect.poll(() => markCount(page)).toBe(RETROSPECTIVE_MARKS.length);
  return page;
}

describe('installed in Firefox', () => {
  it('has the fixed moz-extension UUID and its host permissions granted on install', async () => {
    expect(await inExtension(session, (browser) => browser.runtime.getURL('/'))).toBe(`${EXTENSION_ORIGIN}/`);
    const granted = await inExtension(session, (browser) => browser.permissions.getAll());
    expect(granted.permissions).toEqual(['storage']);
    // Manifest V3 in Firefox: the content script's matches are host permissions,
    // granted at install (extensions.originControls.grantByDefault) and revocable.
    expect([...(granted.origins ?? [])].sort()).toEqual(['http://*/*', 'https://*/*']);
  });
});

describe('a page that mentions the engagement', () => {
  it('marks exactly the mentions, including across elements and in a shadow root, and badges the count', async () => {
    const page = await openRetrospective();
    expect((await markedTexts(page)).sort()).toEqual([...RETROSPECTIVE_MARKS].sort());
    // The mark that spans "Deir <em>ez-Zor</em>", and the one inside an open shadow root.
    const where = await page.evaluate(() =>
      [...CSS.highlights.get('dz2018-mention')!].map((range) => ({
        spansElements: (range as Range).startContainer !== (range as Range).endContainer,
        inShadow: (range as Range).startContainer.getRootNode() instanceof ShadowRoot,
      })),
    );
    expect(where.filter((mark) => mark.spansElements)).toHaveLength(1);
    expect(where.filter((mark) => mark.inShadow)).toHaveLength(1);
    // The page's own text is untouched: no element was added around the marks.
    const paragraph = await page.evaluate(
      () => [...document.querySelectorAll('p')].find((p) => p.textContent?.includes('Battle of Khasham'))?.innerHTML,
    );
    expect(paragraph).toBe('The Battle of Khasham, as it came to be known, lasted about four hours.');
    const tabId = await tabIdOf(session, page);
    await expect.poll(() => badgeOf(session, tabId)).toBe(String(RETROSPECTIVE_MARKS.length));
  });

  it('opens the popover on a click on a mark, shows the summary, and closes on Escape', async () => {
    const page = await openRetrospective();
    const point = await markPoint(page, 0);
    await page.mouse.click(point.x, point.y);
    await expect.poll(async () => (await popoverOf(page))?.isVisible() ?? false).toBe(true);
    const text = (await popoverText(page))!;
    expect(text).toContain('February 15, 2018');
    expect(text).toContain('About 100 enemy personnel believed killed');
    expect(text).toContain('initial US reports');
    expect(text).toContain('As many as 200 fighters killed');
    expect(text).toContain('further reports');
    expect(text).toMatch(/The article’s own view \(opinion\)/i);
    expect(text).toContain('US Releases Videos Of Strikes That Killed Dozens Of Russians In Syria');
    // The popover sits inside the viewport.
    const box = await (await popoverOf(page))!.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(1200);
    await page.keyboard.press('Escape');
    await expect.poll(() => popoverOf(page)).toBeNull();
  });

  it('opens the popover when the pointer rests on a mark', async () => {
    const page = await openRetrospective();
    const point = await markPoint(page, FIRST_KHASHAM);
    await page.mouse.move(point.x, point.y);
    await expect.poll(async () => (await popoverOf(page))?.isVisible() ?? false).toBe(true);
    expect(await popoverText(page)).toContain('About 100 enemy personnel believed killed');
  });

  it('opens on the next-mention command with focus inside, and returns focus on Escape', async () => {
    const page = await openRetrospective();
    const tabId = await tabIdOf(session, page);
    await page.focus('nav a');
    // The keyboard shortcut's message, as the background forwards it.
    await inExtension(session, (browser, tabId) => browser.tabs.sendMessage(tabId, { type: 'next-mention' }), tabId);
    await page.bringToFront();
    await expect
      .poll(() =>
        page.evaluate(() => {
          const root = document.querySelector('dz2018-context')?.shadowRoot;
          return root?.activeElement?.getAttribute('aria-label') ?? null;
        }),
      )
      .toBe('Close');
    await page.keyboard.press('Escape');
    await expect.poll(() => popoverOf(page)).toBeNull();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('World');
  });

  it('lists the mentions in the popup page opened for the tab', async () => {
    const page = await openRetrospective();
    const tabId = await tabIdOf(session, page);
    const popup = await openPopupFor(tabId);
    await expect
      .poll(() => popup.evaluate(() => document.querySelectorAll('.mentions li').length))
      .toBe(RETROSPECTIVE_MARKS.length);
    expect(await textOf(popup, '.status')).toContain(`${RETROSPECTIVE_MARKS.length} times`);
    expect(await textOf(popup, '.mention strong')).toBe(RETROSPECTIVE_MARKS[0]);
  });

  it('marks text added after load', async () => {
    const page = await openDemo('live-updates.html');
    await expect.poll(() => markedTexts(page)).toEqual(['Deir ez-Zor']);
  });

  it('rescans after in-page navigation', async () => {
    const page = await openDemo('live-updates.html');
    await expect.poll(() => markedTexts(page)).toEqual(['Deir ez-Zor']);
    await page.click('#next-page');
    await expect.poll(() => page.evaluate(() => location.pathname)).toBe('/live-updates/page-2');
    await expect.poll(() => markedTexts(page).then((texts) => texts.sort())).toEqual(['Conoco', 'Khasham']);
  });
});

describe('a page about other Deir ez-Zor news', () => {
  it('gets no mark and no badge', async () => {
    const page = await openDemo('deir-ez-zor-2024-strikes.html');
    const tabId = await tabIdOf(session, page);
    const popup = await openPopupFor(tabId);
    // The popup shows this only once the content script has finished reading the page.
    await expect.poll(() => textOf(popup, '.status')).toContain('does not mention');
    expect(await markedTexts(page)).toEqual([]);
    expect(await badgeOf(session, tabId)).toBe('');
    expect(await page.$('dz2018-context')).toBeNull();
  });
});

describe('"Not about this engagement"', () => {
  it('hides that mention on the page, remembers it after reload, and the popup can undo it', async () => {
    const page = await openRetrospective();
    const point = await markPoint(page, FIRST_KHASHAM);
    await page.mouse.click(point.x, point.y);
    await expect.poll(async () => (await popoverOf(page))?.isVisible() ?? false).toBe(true);
    await (await popoverButton(page, 'Not about this engagement')).click();
    await expect.poll(() => markCount(page)).toBe(RETROSPECTIVE_MARKS.length - 1);
    expect((await markedTexts(page)).filter((text) => text === 'Khasham')).toHaveLength(1);

    await page.reload();
    const tabId = await tabIdOf(session, page);
    const popup = await openPopupFor(tabId);
    await expect.poll(() => popup.evaluate(() => document.querySelectorAll('.hidden-note').length)).toBe(1);
    await page.bringToFront();
    await expect.poll(() => markCount(page)).toBe(RETROSPECTIVE_MARKS.length - 1);
    await popup.bringToFront();
    const showAgain = await popup.evaluateHandle(() =>
      [...document.querySelectorAll('.hidden-note button')].find((button) =>
        button.textContent?.includes('Show again'),
      ),
    );
    await (showAgain.asElement() as ElementHandle<Element>).click();
    await page.bringToFront();
    await expect.poll(() => markCount(page)).toBe(RETROSPECTIVE_MARKS.length);
  });
});

describe('the options page', () => {
  it('renders, and switching "On everywhere" off removes the marks from the open page', async () => {
    const page = await openRetrospective();
    const tabId = await tabIdOf(session, page);
    await expect.poll(() => badgeOf(session, tabId)).toBe(String(RETROSPECTIVE_MARKS.length));
    const options = await openExtension('options.html');
    await expect.poll(() => textOf(options, 'h1')).toContain('options');
    expect(await textOf(options, 'main')).toContain('Sensitivity');
    const everywhere = await switchInput(options, 'On everywhere');
    expect(await everywhere.evaluate((input) => (input as HTMLInputElement).checked)).toBe(true);
    await everywhere.click();
    await expect.poll(() => textOf(options, '.saved')).toBe('Saved.');
    await expect.poll(() => markedTexts(page)).toEqual([]);
    await expect.poll(() => badgeOf(session, tabId)).toBe('');
    expect(await everywhere.evaluate((input) => (input as HTMLInputElement).checked)).toBe(false);
  });
});

describe('"Don’t show on this site"', () => {
  it('removes the marks and holds after reload', async () => {
    const page = await openRetrospective();
    const point = await markPoint(page, FIRST_KHASHAM);
    await page.mouse.click(point.x, point.y);
    await expect.poll(async () => (await popoverOf(page))?.isVisible() ?? false).toBe(true);
    await (await popoverButton(page, 'Don’t show on this site')).click();
    await expect.poll(() => markedTexts(page)).toEqual([]);
    const tabId = await tabIdOf(session, page);
    await expect.poll(() => badgeOf(session, tabId)).toBe('');

    await page.reload();
    const popup = await openPopupFor(tabId);
    await expect.poll(() => textOf(popup, '.status')).toContain('Switched off on 127.0.0.1');
    expect(await markedTexts(page)).toEqual([]);

    // Turning the site back on from the popup brings the marks back.
    await (await switchInput(popup, 'On 127.0.0.1')).click();
    await page.bringToFront();
    await expect.poll(() => markCount(page)).toBe(RETROSPECTIVE_MARKS.length);
    // …and the popup says so without being reopened.
    await expect.poll(() => textOf(popup, '.status')).toContain(`${RETROSPECTIVE_MARKS.length} times`);
  });
});
