// Normalisation that keeps offsets. Matching runs on a folded copy of the text
// (lower case, no diacritics, one kind of hyphen, quote and space, no
// invisible characters); `starts`/`ends` map every folded character back to
// the original, so a match can be reported — and marked — in the page's text.

export interface NormalizedText {
  /** The folded text that patterns run over. */
  text: string;
  /** starts[i]: offset in the original of the character that produced text[i]. */
  starts: Uint32Array;
  /** ends[i]: offset in the original just after that character. */
  ends: Uint32Array;
}

// Characters dropped entirely: soft hyphen, zero-width and bidi controls,
// byte-order mark, Arabic tatweel and harakat (vowel marks).
function isDropped(code: number): boolean {
  return (
    code === 0x00ad ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2064) ||
    code === 0xfeff ||
    code === 0x0640 ||
    (code >= 0x064b && code <= 0x065f) ||
    code === 0x0670 ||
    (code >= 0x0300 && code <= 0x036f)
  );
}

const SINGLE: Record<number, string> = {
  // Cyrillic ё is written as е in most news text; й and ї fold as their NFKD
  // base letters do, so composed and decomposed input read the same.
  0x0451: 'е',
  0x0401: 'е',
  0x0439: 'и',
  0x0419: 'и',
  0x0457: 'і',
  0x0407: 'і',
  // Arabic letter variants folded to their base letter.
  0x0623: 'ا',
  0x0625: 'ا',
  0x0622: 'ا',
  0x0671: 'ا',
  0x0649: 'ي',
  0x06cc: 'ي',
  0x0629: 'ه',
  0x0624: 'و',
  0x0626: 'ي',
  0x06a9: 'ك',
  // Turkish dotless i reads as i for our names (Deyrizor, Haşam).
  0x0131: 'i',
};

function foldSpecial(code: number): string | undefined {
  const single = SINGLE[code];
  if (single !== undefined) return single;
  // Every hyphen and dash, the minus sign and fullwidth/small hyphens.
  if ((code >= 0x2010 && code <= 0x2015) || code === 0x2212 || code === 0xfe58 || code === 0xfe63 || code === 0xff0d)
    return '-';
  // Apostrophes, primes and the ʿayn/hamza half rings used in transliteration.
  if (
    code === 0x2018 ||
    code === 0x2019 ||
    code === 0x201a ||
    code === 0x201b ||
    code === 0x02bc ||
    code === 0x02bb ||
    code === 0x02be ||
    code === 0x02bf ||
    code === 0x0060 ||
    code === 0x00b4 ||
    code === 0x2032
  )
    return "'";
  if (code === 0x201c || code === 0x201d || code === 0x201e || code === 0x201f || code === 0x00ab || code === 0x00bb)
    return '"';
  // Every space-like character, including the no-break spaces CMSs love.
  if (code === 0x00a0 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000)
    return ' ';
  if (code === 0x0d) return '\n';
  // Arabic-Indic and Eastern Arabic-Indic digits.
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(48 + code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(48 + code - 0x06f0);
  return undefined;
}

const foldCache = new Map<string, string>();

function foldOther(char: string): string {
  let folded = foldCache.get(char);
  if (folded === undefined) {
    folded = '';
    for (const part of char.normalize('NFKD').toLowerCase()) {
      const code = part.codePointAt(0) ?? 0;
      if (isDropped(code)) continue;
      folded += foldSpecial(code) ?? part;
    }
    if (foldCache.size < 4096) foldCache.set(char, folded);
  }
  return folded;
}

export function normalize(input: string): NormalizedText {
  const length = input.length;
  // Folding rarely grows text (ligatures do); reserve a little slack and grow if needed.
  let starts = new Uint32Array(length + 16);
  let ends = new Uint32Array(length + 16);
  const parts: string[] = [];
  let n = 0;

  const reserve = (extra: number) => {
    if (n + extra <= starts.length) return;
    const capacity = Math.max(starts.length * 2, n + extra);
    const grownStarts = new Uint32Array(capacity);
    grownStarts.set(starts);
    starts = grownStarts;
    const grownEnds = new Uint32Array(capacity);
    grownEnds.set(ends);
    ends = grownEnds;
  };

  let i = 0;
  while (i < length) {
    // Fast path: a run of plain ASCII folds by lower-casing, one character for one.
    let j = i;
    while (j < length) {
      const code = input.charCodeAt(j);
      if (code >= 0x80 || code === 0x60 || code === 0x0d) break;
      j++;
    }
    if (j > i) {
      reserve(j - i);
      parts.push(input.slice(i, j).toLowerCase());
      for (let k = i; k < j; k++) {
        starts[n] = k;
        ends[n] = k + 1;
        n++;
      }
      i = j;
      continue;
    }

    const code = input.charCodeAt(i);
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < length ? 2 : 1;
    if (isDropped(code)) {
      i += width;
      continue;
    }
    const folded =
      code === 0x60 ? "'" : code === 0x0d ? '\n' : (foldSpecial(code) ?? foldOther(input.slice(i, i + width)));
    if (folded.length > 0) {
      reserve(folded.length);
      for (let k = 0; k < folded.length; k++) {
        starts[n] = i;
        ends[n] = i + width;
        n++;
      }
      parts.push(folded);
    }
    i += width;
  }
  return { text: parts.join(''), starts: starts.subarray(0, n), ends: ends.subarray(0, n) };
}
