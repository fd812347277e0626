// The page's own figures beside the article's, in the popover, in real Chromium.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { markPoint, markedTexts, useChromiumWithDemo } from './chromium-harness';

const demo = useChromiumWithDemo();

async function popoverFor(path: string, markText: string): Promise<{ page: Page; text: string }> {
  const page = await demo.session().context.newPage();
  await page.goto(`${demo.server().origin}/${path}`);
  await expect.poll(() => markedTexts(page)).toContain(markText);
  const point = await markPoint(page, (await markedTexts(page)).indexOf(markText));
  await page.mouse.click(point.x, point.y);
  const popover = page.locator('dz2018-context .popover');
  await expect.poll(() => popover.isVisible()).toBe(true);
  return { page, text: await popover.innerText() };
}

function pairText(text: string, label: string): string {
  // Each pair reads "<label> <verdict> This page: … The article: …"; cut out one.
  const start = text.indexOf(label);
  expect(start, `pair "${label}" in:\n${text}`).toBeGreaterThanOrEqual(0);
  return text.slice(start, start + 400);
}

describe('the page beside the article', () => {
  it('shows a differing figure with both sides’ attributions', async () => {
    const { page, text } = await popoverFor('casualties-differ.html', 'Deir ez-Zor');
    const pair = pairText(text, 'Russians killed');
    expect(pair).toMatch(/^Russians killed\s+DIFFERS/i);
    expect(pair).toContain('This page: as many as 300 Russians killed');
    expect(pair).toContain('The article: at least some (initial US reports); dozens, if not all (further reports)');
    expect(text).toContain(
      'This page is dated February 7, 2019; the article reflects what was known in February 2018.',
    );
    await page.close();
  });

  it('says so when the page names weapons the article does not', async () => {
    const { page, text } = await popoverFor('casualties-differ.html', 'Khasham');
    const pair = pairText(text, 'Aircraft and weapons');
    expect(pair).toMatch(/DIFFERS/i);
    expect(pair).toContain('This page also names B-52, AH-64.');
    await page.close();
  });

  it('shows matching figures as matching, the article’s hedges kept', async () => {
    const { page, text } = await popoverFor('casualties-agree.html', 'Deir ez-Zor');
    const pair = pairText(text, 'Killed');
    expect(pair).toMatch(/^Killed\s+MATCHES/i);
    expect(pair).toContain('This page: about 100 killed');
    expect(pair).toContain('The article: about 100 (initial US reports); as many as 200 (further reports)');
    // Published the day after the battle: before the article, so no "reflects what was known" note.
    expect(text).not.toContain('This page is dated');
    await page.close();
  });

  it('says when the text around a mention states no figures', async () => {
    const { page, text } = await popoverFor('khasham-retrospective.html', 'Khasham');
    expect(text).toContain('The text around this mention states no figures on the points the article covers.');
    await page.close();
  });
});
