// Where the popover goes: below the mention if it fits, above if not (flip),
// shifted sideways to stay inside the viewport. When neither side has room for
// all of it, it takes the roomier side and scrolls inside itself (maxHeight),
// rather than covering the words it explains. Pure geometry, unit-tested.

export interface Rect {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface Placement {
  top: number;
  left: number;
  side: 'below' | 'above';
  /** The most height the popover may take here; it scrolls inside beyond that. */
  maxHeight: number;
}

const GAP = 8;
const MARGIN = 8;
/** Below this much room on either side, covering the mention beats a sliver of popover. */
const MIN_ROOM = 120;

export function placePopover(
  anchor: Rect,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): Placement {
  const below = anchor.top + anchor.height + GAP;
  const roomBelow = viewport.height - MARGIN - below;
  const roomAbove = anchor.top - GAP - MARGIN;
  const fullHeight = viewport.height - 2 * MARGIN;

  let side: Placement['side'];
  let maxHeight: number;
  if (size.height <= roomBelow) [side, maxHeight] = ['below', roomBelow];
  else if (size.height <= roomAbove) [side, maxHeight] = ['above', roomAbove];
  else if (Math.max(roomBelow, roomAbove) >= MIN_ROOM)
    [side, maxHeight] = roomBelow >= roomAbove ? ['below', roomBelow] : ['above', roomAbove];
  else [side, maxHeight] = [roomBelow >= roomAbove ? 'below' : 'above', fullHeight];
  maxHeight = Math.max(0, Math.min(maxHeight, fullHeight));

  const height = Math.min(size.height, maxHeight);
  let top = side === 'below' ? below : anchor.top - GAP - height;
  // Never off the top or bottom edge, even when the mention itself has scrolled away.
  top = Math.max(MARGIN, Math.min(top, viewport.height - MARGIN - height));

  let left = anchor.left;
  left = Math.min(left, viewport.width - MARGIN - size.width);
  left = Math.max(MARGIN, left);
  return { top: Math.round(top), left: Math.round(left), side, maxHeight: Math.floor(maxHeight) };
}
