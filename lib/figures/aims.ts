// The attackers' aim: oil fields, a gas field, the Conoco plant. A place name
// alone is not an aim ("near the Conoco gas field" says where, not why), so a
// word of intent (seize, capture, aim, захват, السيطرة, erobern, s'emparer,
// tomar, ele geçirmek...) must stand close by in the same sentence.

import { sentenceAround } from './text';
import type { AimTarget, PageClaim } from './types';
import { lazy } from './lazy';

type AimClaim = Extract<PageClaim, { point: 'aim' }>;

const S = String.raw`\s{1,3}`;
const S0 = String.raw`\s{0,3}`;
const L = String.raw`\p{L}*`;

// Order matters where two start at one place: "oil and gas fields" before "oil fields".
const TARGETS: [AimTarget, string, string][] = [
  ['conoco-plant', String.raw`Conoco(?:${S}(?:gas${S})?(?:field|plant|facility|site))?|Коноко`, 'كونوكو'],
  [
    'oil-and-gas-fields',
    String.raw`oil${S}and${S}gas${S}(?:fields?|facilities|installations|plants?)|нефтегазов${L}${S}(?:месторожд|объект)${L}|нефтян${L}${S}и${S}газов${L}${S}(?:месторожд|объект)${L}|` +
      String.raw`Öl-${S}und${S}Gas(?:feld|felder|anlagen)|champs?${S}pétroliers?${S}et${S}gaziers?|campos?${S}de${S}petróleo${S}y${S}gas|petrol${S}ve${S}(?:doğal${S0})?gaz${S}saha${L}`,
    String.raw`حقول${S}النفط${S}والغاز`,
  ],
  [
    'oil-fields',
    String.raw`oil${S0}fields?|oil${S}(?:facilities|installations|wells|refinery)|нефтян${L}${S}(?:месторожд|промысл|объект|скважин)${L}|нефтепромысл${L}|нафтов${L}${S}(?:родовищ|об'єкт)${L}|` +
      String.raw`Ölfeld${L}|Ölquell${L}|Ölanlage${L}|champs?${S}pétrolier${L}|gisements?${S}pétrolier${L}|puits${S}de${S}pétrole|campos?${S}petrolífer${L}|campos?${S}de${S}petróleo|` +
      String.raw`yacimientos?${S}(?:petrolífer${L}|de${S}petróleo)|pozos${S}petrolíferos|petrol${S}(?:saha|yatak|kuyu|tesis)${L}`,
    String.raw`حقول${S}(?:ال)?نفط|حقل${S}(?:ال)?نفط|آبار${S}(?:ال)?نفط|(?:ال)?حقول${S}(?:ال)?نفطية`,
  ],
  [
    'gas-field',
    String.raw`gas${S0}fields?|gas${S}(?:plant|facility|processing${S}plant)|газов${L}${S}(?:месторожд|завод|объект|родовищ)${L}|газозавод${L}|` +
      String.raw`Gasfeld${L}|Gasanlage${L}|champ${S}gazier|site${S}gazier|usine${S}de${S}gaz|campo${S}de${S}gas|planta${S}de${S}gas|yacimiento${S}de${S}gas|(?:doğal${S0})?gaz${S}(?:saha|tesis)${L}`,
    String.raw`حقل${S}(?:ال)?غاز|معمل${S}(?:ال)?غاز`,
  ],
];

const TARGET = lazy(
  () =>
    new RegExp(
      TARGETS.map(([, latin, arabic], i) => `(?<t${i}>(?<![\\p{L}\\d])(?:${latin})(?![\\p{L}])|${arabic})`).join('|'),
      'giu',
    ),
);

const INTENT = lazy(
  () =>
    new RegExp(
      String.raw`(?<!\p{L})(?:seiz${L}|captur${L}|take${S}(?:over|control)|taking${S}(?:over|control)|gain${S}control|grab${L}|aim${L}|goal|objective|intend${L}|target${L}|in${S}order${S}to|` +
        String.raw`захват${L}|захвати${L}|взять|цел${L}|контрол${L}|овладе${L}|отбить|захоп${L}|взяти|мет[аоу]${L}|` +
        String.raw`erober${L}|einnehm${L}|einnahme|ziel${L}|kontrolle|übernehm${L}|s'emparer|emparer|prendre|conquérir|objectif|contrôle|` +
        String.raw`tomar|capturar|apoderarse|hacerse${S}con|objetivo|conquistar|ele${S}geçir${L}|hedef${L}|kontrol${L}|amaç${L}|almak)` +
        String.raw`|السيطرة|الاستيلاء|بهدف|هدف|انتزاع`,
      'iu',
    ),
);

/** Stated aims in `text` (normalized, same length as `passage`). */
export function extractAims(text: string, passage: string): AimClaim[] {
  const claims: AimClaim[] = [];
  let previousEnd = 0;
  for (const m of text.matchAll(TARGET())) {
    const index = TARGETS.findIndex((_, i) => m.groups?.[`t${i}`] !== undefined);
    const target = TARGETS[index]?.[0];
    if (target === undefined) continue;
    const start = m.index;
    const end = start + m[0].length;
    const sentence = sentenceAround(text, start, end, 160);
    // An intent word serves the nearest target only: in "to capture oil fields
    // near the Conoco gas field" the gas field is a place, not an aim.
    const before = text.slice(Math.max(sentence.start, start - 70, previousEnd), start);
    previousEnd = end;
    const after = text.slice(end, Math.min(sentence.end, end + 40));
    if (!INTENT().test(before) && !INTENT().test(after)) continue;
    claims.push({ point: 'aim', start, end, text: passage.slice(start, end), value: { target } });
  }
  return claims;
}
