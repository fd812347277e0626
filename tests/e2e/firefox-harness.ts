// Launches Debian's Firefox ESR headless over WebDriver BiDi (puppeteer-core),
// installs the built Firefox extension, and gives tests a few ways to look at
// what the extension did — the Firefox twin of chromium-harness.ts.
//
// Two Firefox specifics shape this file:
//
// 1. Extension pages. Firefox's WebDriver BiDi refuses to navigate a tab to a
//    moz-extension:// URL ("not allowed in this context") unless the browser
//    was started with --remote-allow-system-access. With it, the navigation
//    happens and page.evaluate() runs in the extension page (so `browser.*`
//    APIs are at hand: tabs, action badge, permissions, sendMessage), but
//    Firefox still sends no load events for extension documents (bug 1755014),
//    so page.goto() never settles: openExtensionPage() starts the navigation
//    and waits for the document itself.
// 2. The moz-extension host is a random UUID per profile; the pref
//    `extensions.webextensions.uuids` fixes it, so tests can build the URLs.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import type { Browser as WebExtensionApi } from 'webextension-polyfill';
import { readMarkedTexts, revealMark } from './page-probes';

/** The unpacked build to install; FIREFOX_EXTENSION_DIR tries another (e.g. one built with a changed manifest). */
export const FIREFOX_BUILD =
  process.env.FIREFOX_EXTENSION_DIR ?? fileURLToPath(new URL('../../.output/firefox-mv3', import.meta.url));
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** Any fixed UUID: the moz-extension:// host of the installed extension. */
export const EXTENSION_UUID = '5f0c2f43-9a1e-4d2b-8c55-20180207aa08';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export interface FirefoxSession {
  browser: Browser;
  geckoId: string;
  /** An extension page (popup.html) kept open: it runs the `browser.*` calls. */
  control: Page;
  close: () => Promise<void>;
}

function geckoIdOfBuild(): string {
  const manifest = JSON.parse(readFileSync(`${FIREFOX_BUILD}/manifest.json`, 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${FIREFOX_BUILD}/manifest.json has no gecko id: run \`npx wxt build -b firefox\``);
  return id;
}

export async function launchFirefox(options: { headless?: boolean } = {}): Promise<FirefoxSession> {
  const geckoId = geckoIdOfBuild();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: options.headless ?? true,
    defaultViewport: { width: 1200, height: 900 },
    // See the note at the top: lets WebDriver BiDi open and script extension pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
      // This machine has no network: keep Firefox from trying.
      'app.update.enabled': false,
      'extensions.update.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    },
  });
  try {
    const installedId = await browser.installExtension(FIREFOX_BUILD);
    if (installedId !== geckoId) throw new Error(`installed ${installedId}, expected ${geckoId}`);
    const control = await openExtensionPage(browser, 'popup.html');
    return {
      browser,
      geckoId,
      control,
      close: async () => {
        await browser.close();
      },
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

async function waitFor<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
}

/** Opens an extension page (e.g. `popup.html?tab=3`) in a new tab, loaded and scriptable. */
export async function openExtensionPage(browser: Browser, path: string): Promise<Page> {
  const page = await browser.newPage();
  const url = `${EXTENSION_ORIGIN}/${path}`;
  // goto() waits for a load event Firefox never reports for extension
  // documents; it rejects when the tab closes. The document is awaited below.
  page.goto(url, { timeout: 0 }).catch(() => undefined);
  await waitFor(
    () =>
      page
        .evaluate(() => (document.readyState === 'complete' ? location.href : undefined))
        .then((href) => (href === url ? true : undefined)),
    `${url} to load (is the extension installed with UUID ${EXTENSION_UUID}?)`,
  );
  return page;
}

/**
 * Runs `fn(browser, arg)` in the control extension page, where `browser` is
 * the page's WebExtension API. `fn` is sent as source, so it may use only its
 * parameters; `arg` must be JSON.
 */
export function inExtension<T, A = undefined>(
  session: FirefoxSession,
  fn: (browser: WebExtensionApi, arg: A) => Promise<T> | T,
  arg?: A,
): Promise<T> {
  return session.control.evaluate(
    `(${fn.toString()})(globalThis.browser, ${JSON.stringify(arg ?? null)})`,
  ) as Promise<T>;
}

/** The texts of the ranges the extension registered as mention marks, in the page. */
export function markedTexts(page: Page): Promise<string[]> {
  return page.evaluate(readMarkedTexts);
}

/** Centre of the first line box of the n-th mark, in viewport coordinates. */
export function markPoint(page: Page, index = 0): Promise<{ x: number; y: number }> {
  return page.evaluate(revealMark, index);
}

/** The popover (inside the extension's shadow root), if it is open. */
export function popoverOf(page: Page): Promise<ElementHandle<Element> | null> {
  return page.$('dz2018-context >>> .popover');
}

export async function popoverText(page: Page): Promise<string | null> {
  const popover = await popoverOf(page);
  return popover ? popover.evaluate((element) => (element as HTMLElement).innerText) : null;
}

/** A button inside the popover, by its visible text or aria-label. */
export async function popoverButton(page: Page, name: string): Promise<ElementHandle<Element>> {
  for (const button of await page.$$('dz2018-context >>> button')) {
    const matches = await button.evaluate(
      (element, name) => element.textContent?.trim() === name || element.getAttribute('aria-label') === name,
      name,
    );
    if (matches) return button;
  }
  throw new Error(`no popover button "${name}"`);
}

/**
 * The id of the tab showing `page`, asked of the extension. Tab URLs are
 * visible to it without the `tabs` permission because its host permissions
 * (the content script's matches) are granted; demo URLs are made unique per
 * test, so the URL names one tab.
 */
export async function tabIdOf(session: FirefoxSession, page: Page): Promise<number> {
  const url = page.url();
  const tabs = await inExtension(session, (browser) =>
    browser.tabs.query({}).then((tabs) => tabs.map((tab) => ({ id: tab.id, url: tab.url }))),
  );
  const found = tabs.filter((tab) => tab.url === url);
  if (found.length !== 1 || found[0]!.id === undefined) {
    throw new Error(`expected one tab at ${url}, found ${JSON.stringify(tabs)}`);
  }
  return found[0]!.id;
}

export function badgeOf(session: FirefoxSession, tabId: number): Promise<string> {
  return inExtension(session, (browser, tabId) => browser.action.getBadgeText({ tabId }), tabId);
}

/** Opens the toolbar popup's page in a tab, describing the given tab. */
export function openPopup(session: FirefoxSession, tabId: number): Promise<Page> {
  return openExtensionPage(session.browser, `popup.html?tab=${tabId}`);
}

/** innerText of the first element matching `selector` ('' if none). */
export function textOf(page: Page, selector: string): Promise<string> {
  return page.evaluate(
    (selector) => (document.querySelector(selector) as HTMLElement | null)?.innerText ?? '',
    selector,
  );
}

/** The checkbox inside the `label.switch` whose text contains `label`. */
export async function switchInput(page: Page, label: string): Promise<ElementHandle<Element>> {
  const handle = await page.evaluateHandle(
    (label) =>
      [...document.querySelectorAll('label.switch')]
        .find((element) => element.textContent?.includes(label))
        ?.querySelector('input') ?? null,
    label,
  );
  const element = handle.asElement();
  if (!element) throw new Error(`no switch "${label}"`);
  return element as ElementHandle<Element>;
}
