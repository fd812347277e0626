// Functions that run inside a test page, shared by the Chromium (Playwright)
// and Firefox (Puppeteer) harnesses: both drivers serialise a function and
// call it in the page with one argument.

/** The texts of the ranges the extension registered as mention marks. */
export function readMarkedTexts(): string[] {
  const highlight = CSS.highlights.get('dz2018-mention');
  return highlight ? [...highlight].map((range) => (range as Range).toString()) : [];
}

/** Scrolls the n-th mark into view; the centre of its first line box, in viewport coordinates. */
export function revealMark(index: number): { x: number; y: number } {
  const highlight = CSS.highlights.get('dz2018-mention');
  const range = [...(highlight ?? [])][index] as Range | undefined;
  if (!range) throw new Error(`no mark ${index}`);
  range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  const rect = range.getClientRects()[0]!;
  return { x: rect.left + Math.min(rect.width / 2, 20), y: rect.top + rect.height / 2 };
}
