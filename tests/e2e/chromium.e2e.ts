/// <reference types="chrome" />
// The built extension, loaded in real headless Chromium, on the demo pages
// served from localhost.

import { describe, expect, it } from 'vitest';
import {
  badgeOf,
  markPoint,
  markedTexts,
  openPopup,
  runCommand,
  tabIdOf,
  useChromiumWithDemo,
} from './chromium-harness';
import { FIRST_KHASHAM, RETROSPECTIVE_MARKS } from './expectations';

const demo = useChromiumWithDemo();

async function openDemo(path: string) {
  const page = await demo.session().context.newPage();
  await page.goto(`${demo.server().origin}/${path}`);
  return page;
}

describe('a page that mentions the engagement', () => {
  it('marks exactly the mentions, including across elements and in a shadow root, and badges the count', async () => {
    const page = await openDemo('khasham-retrospective.html');
    await expect.poll(() => markedTexts(page).then((texts) => texts.length)).toBe(RETROSPECTIVE_MARKS.length);
    expect((await markedTexts(page)).sort()).toEqual([...RETROSPECTIVE_MARKS].sort());
    // The page's own text is untouched: no element was added around the marks.
    expect(await page.locator('p:has-text("Battle of Khasham")').innerHTML()).toBe(
      'The Battle of Khasham, as it came to be known, lasted about four hours.',
    );
    const tabId = await tabIdOf(demo.session(), page);
    await expect.poll(() => badgeOf(demo.session(), tabId)).toBe(String(RETROSPECTIVE_MARKS.length));
    await page.close();
  });

  it('opens the popover on a click on a mark, shows the summary, and closes on Escape', async () => {
    const page = await openDemo('khasham-retrospective.html');
    await expect.poll(() => markedTexts(page).then((texts) => texts.length)).toBe(RETROSPECTIVE_MARKS.length);
    const point = await markPoint(page, 0);
    await page.mouse.click(point.x, point.y);
    const popover = page.locator('dz2018-context .popover');
    await expect.poll(() => popover.isVisible()).toBe(true);
    const text = await popover.innerText();
    expect(text).toContain('February 15, 2018');
    expect(text).toContain('About 100 enemy personnel believed killed');
    expect(text).toContain('initial US reports');
    expect(text).toContain('As many as 200 fighters killed');
    expect(text).toContain('further reports');
    expect(text).toMatch(/The article’s own view \(opinion\)/i);
    expect(text).toContain('US Releases Videos Of Strikes That Killed Dozens Of Russians In Syria');
    // The popover sits inside the viewport.
    const box = await popover.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(1200);
    await page.keyboard.press('Escape');
    await expect.poll(() => popover.count()).toBe(0);
    await page.close();
  });

  it('returns keyboard focus to where it was when the popover closes', async () => {
    const page = await openDemo('khasham-retrospective.html');
    await expect.poll(() => markedTexts(page).then((texts) => texts.length)).toBe(RETROSPECTIVE_MARKS.length);
    await page.locator('nav a').first().focus();
    await runCommand(demo.session(), page, 'next-mention');
    const close = page.locator('dz2018-context button[aria-label="Close"]');
    await expect
      .poll(() =>
        close.evaluate(
          (button) =>
            button.getRootNode() instanceof ShadowRoot && (button.getRootNode() as ShadowRoot).activeElement === button,
        ),
      )
      .toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('World');
    await page.close();
  });

  it('opens the popover at each mention in turn on the keyboard shortcut (Alt+Shift+D)', async () => {
    const page = await openDemo('khasham-retrospective.html');
    await expect.poll(() => markedTexts(page).then((texts) => texts.length)).toBe(RETROSPECTIVE_MARKS.length);
    const next = page.locator('dz2018-context .popover footer button[aria-label^="Next mention"]');
    expect(await next.count()).toBe(0);
    for (const position of [1, 2, 3]) {
      await runCommand(demo.session(), page, 'next-mention');
      await expect
        .poll(() => next.getAttribute('aria-label'))
        .toBe(`Next mention (${position} of ${RETROSPECTIVE_MARKS.length})`);
    }
    await page.close();
  });

  it('lists the mentions in the popup page opened for the tab', async () => {
    const page = await openDemo('khasham-retrospective.html');
    await expect.poll(() => markedTexts(page).then((texts) => texts.length)).toBe(RETROSPECTIVE_MARKS.length);
    const tabId = await tabIdOf(demo.session(), page);
    const popup = await openPopup(demo.session(), tabId);
    await expect.poll(() => popup.locator('.mentions li').count()).toBe(RETROSPECTIVE_MARKS.length);
    expect(await popup.locator('.status').innerText()).toContain(`${RETROSPECTIVE_MARKS.length} times`);
    expect(await popup.locator('.mention strong').first().innerText()).toBe(RETROSPECTIVE_MARKS[0]);
    await popup.close();
    await page.close();
  });

  it('closes the popover on a click outside it, and keeps it beside its mention while the page scrolls', async () => {
    const page = await openDemo('khasham-retrospective.html');
    await expect.poll(() => markedTexts(page).then((texts) => texts.length)).toBe(RETROSPECTIVE_MARKS.length);
    const point = await markPoint(page, FIRST_KHASHAM);
    await page.mouse.click(point.x, point.y);
    const frame = page.locator('dz2018-context .popover-frame');
    await expect.poll(() => page.locator('dz2018-context .popover').isVisible()).toBe(true);
    const before = (await frame.boundingBox())!;
    await page.evaluate(() => scrollBy(0, 120));
    await expect.poll(async () => Math.round(before.y - (await frame.boundingBox())!.y)).toBeGreaterThan(60);
    // A click on plain page text, away from any mark, closes it.
    await page.mouse.click(5, 5);
    await expect.poll(() => page.locator('dz2018-context .popover').count()).toBe(0);
    await page.close();
  });

  it('scrolls to a mention chosen in the popup and opens its popover', async () => {
    const page = await openDemo('khasham-retrospective.html');
    await expect.poll(() => markedTexts(page).then((texts) => texts.length)).toBe(RETROSPECTIVE_MARKS.length);
    const tabId = await tabIdOf(demo.session(), page);
    const popup = await openPopup(demo.session(), tabId);
    const last = RETROSPECTIVE_MARKS.length - 1;
    await popup.locator('.mentions li button').nth(last).click();
    const popover = page.locator('dz2018-context .popover');
    await expect.poll(() => popover.count()).toBe(1);
    expect(await popover.innerText()).toContain(`Next (${last + 1}/${RETROSPECTIVE_MARKS.length})`);
    // The comment at the bottom of the page is now in view.
    const inView = await page.evaluate(() => {
      const range = [...CSS.highlights.get('dz2018-mention')!].at(-1) as Range;
      const rect = range.getBoundingClientRect();
      return rect.top >= 0 && rect.bottom <= innerHeight;
    });
    expect(inView).toBe(true);
    await popup.close();
    await page.close();
  });

  it('marks text added after load', async () => {
    const page = await openDemo('live-updates.html');
    await expect.poll(() => markedTexts(page)).toEqual(['Deir ez-Zor']);
    await page.close();
  });

  it('rescans after in-page navigation', async () => {
    const page = await openDemo('live-updates.html');
    await expect.poll(() => markedTexts(page)).toEqual(['Deir ez-Zor']);
    await page.click('#next-page');
    await expect.poll(() => markedTexts(page).then((texts) => texts.sort())).toEqual(['Conoco', 'Khasham']);
    await page.close();
  });
});

describe('a page that does not mention the engagement', () => {
  for (const { file, what } of [
    { file: 'deir-ez-zor-2024-strikes.html', what: 'other Deir ez-Zor news' },
    { file: 'city-council.html', what: 'something else entirely' },
  ]) {
    it(`gets no mark, no badge and no UI (${what})`, async () => {
      const page = await openDemo(file);
      const tabId = await tabIdOf(demo.session(), page);
      const popup = await openPopup(demo.session(), tabId);
      // The popup shows this only once the content script has finished reading the page.
      await expect.poll(() => popup.locator('.status').innerText()).toContain('does not mention');
      expect(await markedTexts(page)).toEqual([]);
      expect(await badgeOf(demo.session(), tabId)).toBe('');
      expect(await page.locator('dz2018-context').count()).toBe(0);
      await popup.close();
      await page.close();
    });
  }
});

describe('"Not about this engagement"', () => {
  it('hides that mention on the page, remembers it after reload, and the popup can undo it', async () => {
    const page = await openDemo('khasham-retrospective.html');
    await expect.poll(() => markedTexts(page).then((texts) => texts.length)).toBe(RETROSPECTIVE_MARKS.length);
    const point = await markPoint(page, FIRST_KHASHAM);
    await page.mouse.click(point.x, point.y);
    await page.locator('dz2018-context button', { hasText: 'Not about this engagement' }).click();
    await expect.poll(() => markedTexts(page).then((texts) => texts.length)).toBe(RETROSPECTIVE_MARKS.length - 1);
    expect((await markedTexts(page)).filter((text) => text === 'Khasham')).toHaveLength(1);

    await page.reload();
    const tabId = await tabIdOf(demo.session(), page);
    const popup = await openPopup(demo.session(), tabId);
    await expect.poll(() => popup.locator('.hidden-note').count()).toBe(1);
    expect(await markedTexts(page)).toHaveLength(RETROSPECTIVE_MARKS.length - 1);
    await popup.locator('.hidden-note button', { hasText: 'Show again' }).click();
    await expect.poll(() => markedTexts(page).then((texts) => texts.length)).toBe(RETROSPECTIVE_MARKS.length);
    await popup.close();
    await page.close();
  });
});

describe('"Don’t show on this site"', () => {
  it('removes the marks and holds after reload', async () => {
    const page = await openDemo('khasham-retrospective.html');
    await expect.poll(() => markedTexts(page).then((texts) => texts.length)).toBe(RETROSPECTIVE_MARKS.length);
    const point = await markPoint(page, FIRST_KHASHAM);
    await page.mouse.click(point.x, point.y);
    await page.locator('dz2018-context button', { hasText: 'Don’t show on this site' }).click();
    await expect.poll(() => markedTexts(page)).toEqual([]);
    const tabId = await tabIdOf(demo.session(), page);
    await expect.poll(() => badgeOf(demo.session(), tabId)).toBe('');

    await page.reload();
    const popup = await openPopup(demo.session(), tabId);
    await expect.poll(() => popup.locator('.status').innerText()).toContain('Switched off on 127.0.0.1');
    expect(await markedTexts(page)).toEqual([]);

    // Turning the site back on from the popup brings the marks back.
    await popup.locator('label.switch', { hasText: 'On 127.0.0.1' }).locator('input').check();
    await expect.poll(() => markedTexts(page).then((texts) => texts.length)).toBe(RETROSPECTIVE_MARKS.length);
    // …and the popup says so without being reopened.
    await expect.poll(() => popup.locator('.status').innerText()).toContain(`${RETROSPECTIVE_MARKS.length} times`);
    expect(await popup.locator('label.switch', { hasText: 'On 127.0.0.1' }).locator('input').isChecked()).toBe(true);
    await popup.close();
    await page.close();
  });
});
