/// <reference types="chrome" />
// The popover's manners, in real Chromium: it never moves the page, stays on
// screen beside mentions near any edge, on narrow windows, at 200 % zoom and
// on right-to-left pages.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { markPoint, markedTexts, useChromiumWithDemo } from './chromium-harness';

const demo = useChromiumWithDemo();

async function openPage(path: string, viewport = { width: 1200, height: 900 }): Promise<Page> {
  const page = await demo.session().context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(`${demo.server().origin}/${path}`);
  await expect.poll(() => markedTexts(page).then((texts) => texts.length)).toBeGreaterThan(0);
  return page;
}

async function openPopoverAt(page: Page, index: number) {
  const point = await markPoint(page, index);
  await page.mouse.click(point.x, point.y);
  const popover = page.locator('dz2018-context .popover');
  await expect.poll(() => popover.isVisible()).toBe(true);
  return popover;
}

function layoutOf(page: Page) {
  return page.evaluate(() => ({
    scroll: [document.documentElement.scrollWidth, document.documentElement.scrollHeight, scrollX, scrollY],
    boxes: [...document.querySelectorAll('body *')].map((element) => {
      const rect = element.getBoundingClientRect();
      return [rect.x, rect.y, rect.width, rect.height].map(Math.round).join(',');
    }),
  }));
}

async function expectInsideViewport(page: Page, popover: ReturnType<Page['locator']>) {
  const box = (await popover.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  return box;
}

describe('popover layout', () => {
  it('moves nothing on the page when it opens', async () => {
    const page = await openPage('khasham-retrospective.html');
    await page.evaluate(() => scrollTo(0, 0));
    const point = await markPoint(page, 1);
    const before = await layoutOf(page);
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => page.locator('dz2018-context .popover').isVisible()).toBe(true);
    const after = await layoutOf(page);
    // Our host is the one element added; it takes no space.
    expect(after.scroll).toEqual(before.scroll);
    expect(after.boxes.slice(0, before.boxes.length)).toEqual(before.boxes);
    const host = await page.locator('dz2018-context').evaluate((element) => element.getBoundingClientRect().toJSON());
    expect([host.width, host.height]).toEqual([0, 0]);
    await page.close();
  });

  it('is 320–400 px wide on a desktop window and stays beside its mention', async () => {
    const page = await openPage('khasham-retrospective.html');
    const popover = await openPopoverAt(page, 1);
    const box = await expectInsideViewport(page, popover);
    expect(box.width).toBeGreaterThanOrEqual(320);
    expect(box.width).toBeLessThanOrEqual(400);
    await page.close();
  });

  it('flips above a mention near the bottom edge and shifts in from the right edge', async () => {
    const page = await openPage('khasham-retrospective.html', { width: 900, height: 700 });
    // Bring the last mark (in the comments) to the bottom right corner of the viewport.
    const lastIndex = (await markedTexts(page)).length - 1;
    await markPoint(page, lastIndex);
    await page.evaluate((index) => {
      const range = [...CSS.highlights.get('dz2018-mention')!][index] as Range;
      const rect = range.getBoundingClientRect();
      scrollBy(0, rect.bottom - innerHeight + 12);
    }, lastIndex);
    const point = await page.evaluate((index) => {
      const rect = ([...CSS.highlights.get('dz2018-mention')!][index] as Range).getClientRects()[0]!;
      return { x: rect.left + 5, y: rect.top + rect.height / 2 };
    }, lastIndex);
    await page.mouse.click(point.x, point.y);
    const popover = page.locator('dz2018-context .popover');
    await expect.poll(() => popover.isVisible()).toBe(true);
    expect(await page.locator('dz2018-context .popover-frame').getAttribute('data-side')).toBe('above');
    await expectInsideViewport(page, popover);
    await page.close();
  });

  it('fits a 360 px wide window', async () => {
    const page = await openPage('khasham-retrospective.html', { width: 360, height: 740 });
    const popover = await openPopoverAt(page, 0);
    const box = await expectInsideViewport(page, popover);
    expect(box.width).toBeLessThanOrEqual(360 - 16);
    await page.close();
  });

  it('stays on screen and scrolls inside itself at 200 % zoom', async () => {
    // 200 % zoom halves the CSS viewport: a 1200×900 window lays out as 600×450.
    const page = await openPage('khasham-retrospective.html', { width: 600, height: 450 });
    const popover = await openPopoverAt(page, 1);
    await expectInsideViewport(page, popover);
    const scrolls = await popover.evaluate((element) => element.scrollHeight > element.clientHeight);
    expect(scrolls).toBe(true);
    await page.close();
  });

  it('works on a right-to-left page', async () => {
    const page = await openPage('rtl-arabic.html');
    // The headline names no place: its "American strikes" is the mark there.
    expect(await markedTexts(page)).toEqual(['الضربات الأمريكية', 'دير الزور', 'كونوكو']);
    const popover = await openPopoverAt(page, 1);
    await expectInsideViewport(page, popover);
    expect(await popover.innerText()).toContain('This page is dated February 8, 2021');
    // English text stays left to right inside the right-to-left page.
    expect(await popover.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
    expect(
      await popover.evaluate((element) => getComputedStyle(element.querySelector('.item__statement')!).direction),
    ).toBe('ltr');
    await page.close();
  });

  it('is out of reach of the page’s CSS, and its CSS is out of reach of the page', async () => {
    const page = await openPage('hostile-css.html');
    const pageItem = () =>
      page.evaluate(() => {
        const style = getComputedStyle(document.querySelector('p.item')!);
        return [style.display, style.color, style.fontSize].join(' ');
      });
    const before = await pageItem();
    const popover = await openPopoverAt(page, 0);
    // The page's `* { color: red; font-size: 30px }` and `.popover { display: none }` do not apply inside.
    const title = page.locator('dz2018-context .popover__title');
    expect(await title.evaluate((element) => getComputedStyle(element).color)).not.toBe('rgb(255, 0, 0)');
    expect(await title.evaluate((element) => getComputedStyle(element).fontSize)).toBe('15px');
    expect(await page.locator('dz2018-context button[aria-label="Close"]').isVisible()).toBe(true);
    await expectInsideViewport(page, popover);
    // The popover's `.item` and `.popover` rules do not reach the page's elements of those classes.
    expect(await pageItem()).toBe(before);
    expect(await page.locator('p.popover').isVisible()).toBe(false);
    await page.close();
  });
});
