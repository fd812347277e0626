// Which mention is under the pointer? Highlights are not elements, so events
// never target them; we compare the point with each mention's line boxes.

export interface HasRange {
  range: Range;
}

const SLOP = 2;

export function mentionAt<T extends HasRange>(mentions: readonly T[], x: number, y: number): T | undefined {
  for (const mention of mentions) {
    for (const rect of mention.range.getClientRects()) {
      if (x >= rect.left - SLOP && x <= rect.right + SLOP && y >= rect.top - SLOP && y <= rect.bottom + SLOP) {
        return mention;
      }
    }
  }
  return undefined;
}

/** The first line box of a range: the popover sits beside where the mention starts. */
export function anchorRect(range: Range): DOMRect {
  const rects = range.getClientRects();
  return rects.length > 0 ? rects[0]! : range.getBoundingClientRect();
}
