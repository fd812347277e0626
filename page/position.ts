// Where the popover goes: below the mention if it fits, above if not (flip),
// shifted sideways to stay inside the viewport. Pure geometry, unit-tested.

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
}

const GAP = 8;
const MARGIN = 8;

export function placePopover(
  anchor: Rect,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): Placement {
  const below = anchor.top + anchor.height + GAP;
  const above = anchor.top - GAP - size.height;
  const roomBelow = viewport.height - MARGIN - below;
  const roomAbove = anchor.top - GAP - MARGIN;
  const side: Placement['side'] = roomBelow >= size.height || roomBelow >= roomAbove ? 'below' : 'above';
  let top = side === 'below' ? below : above;
  // Never off the top or bottom edge, even when neither side has room.
  top = Math.max(MARGIN, Math.min(top, viewport.height - MARGIN - size.height));

  let left = anchor.left;
  left = Math.min(left, viewport.width - MARGIN - size.width);
  left = Math.max(MARGIN, left);
  return { top: Math.round(top), left: Math.round(left), side };
}
