/// <reference types="chrome" />
// Launches Debian's Chromium headless with the built extension loaded, and
// gives tests a few ways to look at what the extension did.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serveDemo, type DemoServer } from '../../scripts/serve';
import { readMarkedTexts, revealMark } from './page-probes';

export const CHROME_BUILD = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ChromiumSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close: () => Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  /** 2 with a halved viewport is what 200 % browser zoom does to a page. */
  deviceScaleFactor?: number;
}

export async function launchChromium(options: LaunchOptions = {}): Promise<ChromiumSession> {
  const profile = mkdtempSync(join(tmpdir(), 'dz2018-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1200, height: 900 },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    args: [
      '--no-sandbox',
      `--disable-extensions-except=${CHROME_BUILD}`,
      `--load-extension=${CHROME_BUILD}`,
      // This machine has no network: keep Chromium from trying.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The texts of the ranges the extension registered as mention marks, in the page. */
export function markedTexts(page: Page): Promise<string[]> {
  return page.evaluate(readMarkedTexts);
}

/** Centre of the first line box of the n-th mark, in viewport coordinates. */
export function markPoint(page: Page, index = 0): Promise<{ x: number; y: number }> {
  return page.evaluate(revealMark, index);
}

/**
 * Fires the extension's keyboard command as Chromium does when its shortcut is
 * pressed (headless Chromium does not deliver extension shortcuts from key
 * events): the background's own onCommand listener runs.
 */
export async function runCommand(session: ChromiumSession, page: Page, command: string): Promise<void> {
  await page.bringToFront();
  await session.worker.evaluate(
    (name) => (chrome.commands.onCommand as unknown as { dispatch: (name: string) => void }).dispatch(name),
    command,
  );
}

/** The id of the tab currently showing `page` (asked of the background). */
export async function tabIdOf(session: ChromiumSession, page: Page): Promise<number> {
  await page.bringToFront();
  return session.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab!.id!;
  });
}

export function badgeOf(session: ChromiumSession, tabId: number): Promise<string> {
  return session.worker.evaluate((tabId) => chrome.action.getBadgeText({ tabId }), tabId);
}

/** Opens the toolbar popup's page in a tab, describing the given tab. */
export async function openPopup(session: ChromiumSession, tabId: number): Promise<Page> {
  const popup = await session.context.newPage();
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

/**
 * For a test file: serves the demo pages and starts Chromium with the
 * extension before its tests, and stops both after them.
 */
export function useChromiumWithDemo(): { server: () => DemoServer; session: () => ChromiumSession } {
  let server: DemoServer | undefined;
  let session: ChromiumSession | undefined;
  beforeAll(async () => {
    server = await serveDemo();
    session = await launchChromium();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });
  return { server: () => server!, session: () => session! };
}
