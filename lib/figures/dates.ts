// February dates ("February 7, 2018", "7–8 February", "Feb. 7-8", "7 февраля
// 2018 года", "7 و8 شباط", "7. Februar", "7 de febrero", "7-8 Şubat"). Only
// February: the engagement was on 7–8 February 2018, and a date in another
// month is not a claim about when it happened.

import type { PageClaim } from './types';
import { lazy } from './lazy';

type DateClaim = Extract<PageClaim, { point: 'date' }>;

const S = String.raw`\s{1,3}`;
const S0 = String.raw`\s{0,3}`;
const FEB = String.raw`(?:february|feb\.?|февраля|лютого|شباط|فبراير|februar|février|fevrier|febrero|şubat)(?!\p{L})`;
const DAY = String.raw`(?<!\d)[0-3]?\d(?!\d)`;
const YEAR = String.raw`(?:19|20)\d\d(?!\d)`;
const YEAR_TAIL = (name: string): string =>
  String.raw`(?:,?${S0}(?:de${S})?(?<${name}>${YEAR})(?:${S}(?:года|г\.|року|р\.))?)?`;
const SEP = String.raw`(?:-|–|—|/|&|to|and|or|и|або|і|та|на|по|до|و|et|au|und|bis|y|al|a|ile|ve|ila|إلى)`;

const DATE = lazy(
  () =>
    new RegExp(
      // 7 February 2018, 7–8 февраля, 7. Februar, 7 de febrero
      String.raw`(?<d1>${DAY})(?:\.|st|nd|rd|th)?(?:${S0}${SEP}${S0}(?<d2>${DAY})(?:\.|st|nd|rd|th)?)?${S0}(?:of${S}|de${S})?(?<!\p{L})${FEB}${YEAR_TAIL('y1')}` +
        // February 7–8, 2018
        String.raw`|(?<!\p{L})${FEB}${S0}(?<e1>${DAY})(?:st|nd|rd|th)?(?:${S0}(?:-|–|—|/|&|to|and|or)${S0}(?<e2>${DAY})(?:st|nd|rd|th)?)?(?!\p{L})${YEAR_TAIL('y2')}` +
        // 2018-02-07 and 07.02.2018
        String.raw`|(?<!\d)(?<iy>${YEAR})-02-(?<id>[0-2]\d)(?!\d)` +
        String.raw`|(?<nd>${DAY})\.0?2\.(?<ny>${YEAR})`,
      'giu',
    ),
);
// A date the page was published or updated is not a claim about the battle.
const PUBLISHED_BEFORE =
  /(?:published|updated|posted|опубликован\p{L}*|обновлен\p{L}*|опубліковано|оновлено|نشر|veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado|yayınlandı|yayımlandı|güncellendi)[^.!?\n]{0,12}$/iu;
// Two dates joined by "and"/"to"/"-": "7 February and 8 February".
const JOIN = /^\s{0,3}(?:-|–|—|and|to|и|і|та|و|et|und|y|ve|ile|au|al|bis|до)?\s{0,3}$/iu;

const day = (s: string | undefined): number | null => {
  const n = s === undefined ? NaN : Number(s);
  return n >= 1 && n <= 29 ? n : null;
};

/** February dates in `text` (normalized, same length as `passage`). */
export function extractDates(text: string, passage: string): DateClaim[] {
  const claims: DateClaim[] = [];
  for (const m of text.matchAll(DATE())) {
    const g = m.groups ?? {};
    const first = day(g.d1 ?? g.e1 ?? g.id ?? g.nd);
    if (first === null) continue;
    const secondText = g.d2 ?? g.e2;
    const second = day(secondText);
    // A span of more than a few days is not the two-day engagement (nor a typo of it).
    if (secondText !== undefined && (second === null || second <= first || second - first > 3)) continue;
    const yearText = g.y1 ?? g.y2 ?? g.iy ?? g.ny;
    const start = m.index;
    const end = start + m[0].length;
    if (PUBLISHED_BEFORE.test(text.slice(Math.max(0, start - 40), start))) continue;
    const days = second === null ? [first] : Array.from({ length: second - first + 1 }, (_, i) => first + i);
    const value =
      yearText === undefined ? { month: 2 as const, days } : { month: 2 as const, days, year: Number(yearText) };

    const last = claims.at(-1);
    if (
      last &&
      JOIN.test(text.slice(last.end, start)) &&
      (last.value.year === undefined || last.value.year === value.year)
    ) {
      const merged = [...new Set([...last.value.days, ...days])].sort((a, b) => a - b);
      last.end = end;
      last.text = passage.slice(last.start, end);
      last.value = { ...value, days: merged };
      continue;
    }
    claims.push({ point: 'date', start, end, text: passage.slice(start, end), value });
  }
  return claims;
}
