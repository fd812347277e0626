// The Russian government's stated position, in English, Russian and Ukrainian.
// A stance phrase ("declined to comment", "не было известно") counts only with a
// Russian official actor (Moscow, the Kremlin, Peskov, Минобороны...) in the
// same sentence; the claim spans actor and stance.

import { sentenceAround } from './text';
import type { PageClaim, RussianStance } from './types';

type PositionClaim = Extract<PageClaim, { point: 'russian-position' }>;

const S = String.raw`\s{1,3}`;
const L = String.raw`\p{L}*`;

// Order matters where two start at one place: "denied any knowledge" is did-not-know.
const STANCES: [RussianStance, string][] = [
  [
    'did-not-know',
    String.raw`(?:was|were)${S}not${S}known${S}to|did${S}not${S}know|didn't${S}know|had${S}no${S}(?:knowledge|information)|` +
      String.raw`(?:was|were)${S}(?:not${S}aware|unaware)|den(?:ied|ies|ying)${S}(?:any${S})?knowledge|` +
      String.raw`не${S}(?:было${S}известно|знал${L}|располага${L}${S}(?:информаци|данны)${L})|нет${S}(?:информации|данных)|` +
      String.raw`не${S}(?:знаем|знает|знают)|не${S}було${S}відомо|немає${S}інформації`,
  ],
  [
    'not-servicemen',
    String.raw`(?:were|was)${S}not${S}(?:Russian${S})?(?:servicemen|soldiers|troops|military${S}personnel)|(?:not|no)${S}Russian${S}(?:servicemen|soldiers|troops|military${S}personnel)|` +
      String.raw`Russian${S}(?:servicemen|soldiers|troops)${S}(?:(?:were|was)${S}not${S}(?:involved|present|there|among)|did${S}not${S}(?:take${S}part|participate))|` +
      String.raw`не${S}(?:являлись${S}|являются${S}|были${S})?(?:российскими${S})?военнослужащ${L}|(?:российских${S})?военнослужащ${L}${S}(?:ВС${S}РФ${S}|российской${S}армии${S})?(?:там${S})?не${S}(?:было|участвовал${L}|находил${L})|` +
      String.raw`не${S}(?:були${S}|є${S})?(?:російськими${S})?військовослужбов${L}`,
  ],
  [
    'citizens-may-have-died',
    String.raw`(?<n>\d{1,3}|five|four|пять|пятеро|п'ять|п'ятеро)${S}(?:Russian${S}citizens|граждан${L}${S}(?:России|РФ)|российских${S}граждан|россиян|громадян${L}${S}(?:Росії|РФ))` +
      String.raw`(?:${S}(?:may|might|could)${S}have${S}(?:died|been${S}killed)|${S}(?:могли|могло)${S}погибнуть|${S}могли${S}загинути|,?${S}(?:возможно|предположительно|ймовірно),?${S}(?:погибли|загинули))`,
  ],
  [
    'reconnaissance',
    String.raw`reconnaissance|разведывательно-поисков${L}|разведывательн${L}|разведк${L}|рекогносцировк${L}|розвідк${L}|розвідувальн${L}`,
  ],
  [
    'no-comment',
    String.raw`(?:declined|refused)${S}to${S}comment|would${S}not${S}comment|no${S}comment|отказал${L}${S}(?:от${S})?коммент${L}|не${S}стал${L}${S}комментировать|` +
      String.raw`воздержал${L}${S}от${S}комментари${L}|відмови${L}${S}(?:від${S})?комент${L}|не${S}став${S}коментувати`,
  ],
  [
    'operating-independently',
    String.raw`operating${S}independently|acting${S}(?:independently|on${S}their${S}own)|(?:private|own)${S}initiative|` +
      String.raw`(?:действовали|действуют)${S}(?:самостоятельно|независимо)|по${S}собственной${S}инициативе|діяли${S}самостійно|з${S}власної${S}ініціативи`,
  ],
  [
    'denied',
    String.raw`denied|denies|denying|dismissed|rejected|отрица${L}|опроверг${L}|опровер${L}|заперечу${L}|заперечи${L}|заперечив${L}|спростову${L}|спростува${L}`,
  ],
];

const STANCE = new RegExp(STANCES.map(([, p], i) => `(?<s${i}>(?<![\\p{L}\\d])(?:${p})(?!\\p{L}))`).join('|'), 'giu');

const ACTOR = new RegExp(
  String.raw`(?<!\p{L})(?:Russia(?:'s)?(?![\p{L}-])|Moscow|(?:the${S})?Kremlin|Peskov|Lavrov|Zakharova|Shoigu|Putin|Russian${S}(?:government|officials?|authorities|foreign${S}ministry|defen[cs]e${S}ministry|ministry|embassy)|` +
    String.raw`Россия|России|Москв${L}|Кремл${L}|Песков${L}|Лавров${L}|Захаров${L}|Шойгу|Путин${L}|Минобороны|МИД|российск${L}${S}(?:власт|МИД|правительств|министерств|военн|ведомств)${L}|` +
    String.raw`Росія|Росії|Москв${L}|Міноборони|МЗС|російськ${L}${S}(?:влад|уряд|міністерств)${L})(?!\p{L})`,
  'giu',
);

/** The Russian government's stated position in `text` (normalized, same length as `passage`). */
export function extractRussianPosition(text: string, passage: string): PositionClaim[] {
  const claims: PositionClaim[] = [];
  for (const m of text.matchAll(STANCE)) {
    const index = STANCES.findIndex((_, i) => m.groups?.[`s${i}`] !== undefined);
    const stance = STANCES[index]?.[0];
    if (stance === undefined) continue;
    const stanceStart = m.index;
    const stanceEnd = stanceStart + m[0].length;
    const sentence = sentenceAround(text, stanceStart, stanceEnd, 160);
    const region = text.slice(sentence.start, sentence.end);
    // The nearest actor outside the stance phrase: up to 120 characters before it, or 60 after.
    let best: { start: number; end: number; distance: number } | null = null;
    for (const a of region.matchAll(ACTOR)) {
      const start = sentence.start + a.index;
      const end = start + a[0].length;
      const distance = end <= stanceStart ? stanceStart - end : start >= stanceEnd ? start - stanceEnd : -1;
      const inReach = distance >= 0 && (end <= stanceStart ? distance <= 120 : distance <= 60);
      if (inReach && (best === null || distance < best.distance)) best = { start, end, distance };
    }
    if (best === null) continue;
    const start = Math.min(best.start, stanceStart);
    const end = Math.max(best.end, stanceEnd);
    const n = m.groups?.n;
    const citizens = n === undefined ? undefined : /^\d/.test(n) ? Number(n) : /^(?:four)$/i.test(n) ? 4 : 5;
    const value = citizens === undefined ? { stance } : { stance, citizens };
    claims.push({ point: 'russian-position', start, end, text: passage.slice(start, end), value });
  }
  return claims;
}
