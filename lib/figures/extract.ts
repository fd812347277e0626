// What a page passage itself claims on the points the article covers. Pure:
// a string in, claims with UTF-16 offsets into that same string out.

import { extractAims } from './aims';
import { extractCounts } from './counts';
import { extractDates } from './dates';
import { extractRussianPosition } from './position';
import type { PageClaim } from './types';
import { extractWeapons } from './weapons';

/**
 * Map Arabic-Indic and Persian digits to ASCII and typographic apostrophes to
 * "'", one UTF-16 unit for one, so every offset found in the result is an
 * offset into the passage. (No lower-casing: "İ" lower-cases to two units.)
 */
function normalize(passage: string): string {
  return passage.replace(/[\u0660-\u0669\u06F0-\u06F9\u2019\u2018\u02BC]/g, (c) => {
    const code = c.charCodeAt(0);
    if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
    if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
    return "'";
  });
}

/** Claims the passage makes on the article's points, in passage order. */
export function extractClaims(passage: string): PageClaim[] {
  const text = normalize(passage);
  const claims: PageClaim[] = [
    ...extractCounts(text, passage),
    ...extractDates(text, passage),
    ...extractWeapons(text, passage),
    ...extractAims(text, passage),
    ...extractRussianPosition(text, passage),
  ];
  return claims.sort((a, b) => a.start - b.start || a.end - b.end);
}
