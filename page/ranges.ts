// Maps offsets in a collected segment back to DOM Ranges, including matches
// that span several elements ("Deir <em>ez-Zor</em>").

import type { TextPiece, TextSegment } from './collect-text';

function pieceAt(pieces: readonly TextPiece[], offset: number, endExclusive: boolean): number {
  // The last piece whose start is at or before the offset (before it, for an end).
  let low = 0;
  let high = pieces.length - 1;
  let found = 0;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const start = pieces[mid]!.start;
    if (endExclusive ? start < offset : start <= offset) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}

export function rangeFor(segment: TextSegment, start: number, end: number): Range | null {
  const { pieces } = segment;
  if (pieces.length === 0 || end <= start) return null;
  const first = pieces[pieceAt(pieces, start, false)]!;
  const last = pieces[pieceAt(pieces, end, true)]!;
  const startOffset = Math.min(Math.max(start - first.start, 0), first.node.length);
  const endOffset = Math.min(Math.max(end - last.start, 0), last.node.length);
  const range = first.node.ownerDocument.createRange();
  range.setStart(first.node, startOffset);
  range.setEnd(last.node, endOffset);
  return range.collapsed ? null : range;
}
