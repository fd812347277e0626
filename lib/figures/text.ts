// Sentence limits for the extractors. A claim's number and its death word, or a
// stance and the Russian actor, must sit in one sentence.

// A sentence ends at . ! ? ; (or Arabic ؛) before a space, or at a newline, but
// not after a lone capital ("U.S.") or a common abbreviation ("Feb.", "г.").
const BOUNDARY =
  /(?<!(?<!\p{L})\p{Lu}|(?<!\p{L})(?:Jan|Feb|Mar|Apr|Aug|Sep|Sept|Oct|Nov|Dec|approx|ca|Gen|Lt|Col|Mr|Dr|St|No|vs|etc|г|ок))[.!?;؛](?=\s)|\n/gu;

/**
 * The sentence holding [start, end), looking at most `reach` characters either
 * way, so scanning stays linear in the passage length.
 */
export function sentenceAround(
  text: string,
  start: number,
  end: number,
  reach: number,
): { start: number; end: number } {
  const from = Math.max(0, start - reach);
  const to = Math.min(text.length, end + reach);
  // One character more, so a stop at the edge can see the space after it.
  const region = text.slice(from, Math.min(text.length, to + 1));
  let sentenceStart = from;
  let sentenceEnd = to;
  for (const m of region.matchAll(BOUNDARY)) {
    const at = from + m.index;
    if (at + m[0].length <= start) sentenceStart = at + m[0].length;
    else if (at >= end) {
      sentenceEnd = Math.min(at, to);
      break;
    }
  }
  return { start: sentenceStart, end: sentenceEnd };
}
