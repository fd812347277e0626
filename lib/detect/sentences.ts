// Sentence spans over normalised text: a linear scan, no regular expressions.
// Good enough for weighing evidence "in the sentence and its neighbours";
// it never needs to be linguistically exact.

export interface Span {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  'u.s',
  'u.n',
  'feb',
  'jan',
  'aug',
  'sept',
  'sep',
  'oct',
  'nov',
  'dec',
  'gen',
  'col',
  'lt',
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'no',
  'vs',
  'approx',
  'ee.uu',
  'uu',
  'г',
  'гг',
  'т.е',
  'ул',
]);

function isTerminator(char: string): boolean {
  return char === '.' || char === '!' || char === '?' || char === '؟' || char === '。' || char === '…';
}

function wordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && text[start - 1] !== ' ' && text[start - 1] !== '\n' && end - start < 12) start--;
  return text.slice(start, end);
}

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const char = text[i]!;
    let boundary = -1;
    if (char === '\n') {
      boundary = i + 1;
    } else if (isTerminator(char)) {
      let j = i + 1;
      while (j < length && (isTerminator(text[j]!) || text[j] === '"' || text[j] === "'" || text[j] === ')')) j++;
      if (j >= length || text[j] === ' ' || text[j] === '\n') {
        if (char !== '.' || !ABBREVIATIONS.has(wordBefore(text, i))) boundary = j;
      }
      i = j - 1;
    }
    if (boundary !== -1) {
      if (boundary > start) spans.push({ start, end: boundary });
      start = boundary;
    }
  }
  if (start < length) spans.push({ start, end: length });
  return spans;
}
