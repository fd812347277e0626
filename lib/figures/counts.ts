// Counts of the dead ("as many as 300 killed", "десятки погибших", "مقتل 200")
// in en, ru, uk, ar, de, fr, es, tr. A number becomes a claim only when a death
// word sits beside it in the same sentence, so unit sizes, years, prices,
// times, tanks and distances do not. Every regex uses bounded repetition
// ({1,3}) or a single quantifier after a literal, so matching stays linear.

import { sentenceAround } from './text';
import type { CountValue, Hedge, PageClaim, VagueCount } from './types';
import { lazy } from './lazy';

type CountClaim = Extract<PageClaim, { point: 'killed' | 'russians-killed' }>;

const S = String.raw`\s{1,3}`;
const S0 = String.raw`\s{0,3}`;
const alt = (words: readonly string[]): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, S))
    .join('|');
const key = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ');

// Word lists are written "a|b|c", one line per language group.
const list = (...groups: string[]): string[] => groups.flatMap((g) => g.split('|'));

// Number words. Ambiguous ones are left out: Turkish "on" (10) and Spanish
// "once" (11) are English words, French "cent" is an English word, "bin" a name.
const NUMBER_WORDS = new Map<string, number>();
{
  const units = list('one|two|three|four|five|six|seven|eight|nine');
  const teens = list('ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen');
  const tens = list('twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety');
  units.forEach((u, i) => {
    NUMBER_WORDS.set(u, i + 1);
    NUMBER_WORDS.set(`${u} hundred`, (i + 1) * 100);
  });
  teens.forEach((t, i) => NUMBER_WORDS.set(t, i + 10));
  tens.forEach((t, i) => {
    NUMBER_WORDS.set(t, (i + 2) * 10);
    units.forEach((u, j) => {
      NUMBER_WORDS.set(`${t}-${u}`, (i + 2) * 10 + j + 1);
      NUMBER_WORDS.set(`${t} ${u}`, (i + 2) * 10 + j + 1);
    });
  });
  const other: [number, string[]][] = [
    [5, list("пять|пяти|пятеро|п'ять|п'яти|п'ятеро", 'خمسة', 'fünf|cinq|cinco|beş')],
    [10, list('десять|десяти', 'عشرة', 'zehn|dix|diez')],
    [12, list('a dozen')],
    [20, list('двадцать|двадцати|двадцять|двадцяти', 'عشرين|عشرون', 'zwanzig|vingt|veinte|yirmi')],
    [30, list('тридцать|тридцати|тридцять', 'ثلاثين', 'dreißig|trente|treinta|otuz')],
    [40, list('сорок|сорока')],
    [50, list("пятьдесят|пятидесяти|п'ятдесят", 'خمسين', 'fünfzig|cinquante|cincuenta|elli')],
    [100, list('a hundred|сто|ста|сотня', 'مئة|مائة', 'hundert|einhundert|cien|ciento|yüz')],
    [
      200,
      list(
        'двести|двухсот|двісті|двохсот',
        'مئتي|مائتي|مئتين|مائتين',
        'zweihundert|deux cents|doscientos|doscientas|iki yüz',
      ),
    ],
    [
      300,
      list(
        'триста|трехсот|трёхсот|трьохсот',
        'ثلاثمئة|ثلاثمائة|ثلاث مئة|ثلاث مائة',
        'dreihundert|trois cents|trescientos|trescientas|üç yüz',
      ),
    ],
    [500, list("пятьсот|пятисот|п'ятсот|п'ятисот", 'خمسمئة|خمسمائة', 'fünfhundert|cinq cents|quinientos|beş yüz')],
    [1000, list('a thousand|one thousand|тысяча|тысячи|тисяча', 'ألف', 'tausend|mille|mil')],
  ];
  for (const [n, words] of other) for (const w of words) NUMBER_WORDS.set(w, n);
}
// Words that are themselves approximate: "une centaine" = about a hundred.
const ABOUT_WORDS = new Map<string, number>(list('une centaine|un centenar|una centena').map((w) => [w, 100]));

const HEDGES: [Hedge, string[]][] = [
  [
    'about',
    list(
      'about|around|roughly|approximately|approx.|some|nearly|almost|close to|an estimated|estimated',
      'около|примерно|приблизительно|порядка|почти|близько|приблизно|майже|орієнтовно',
      'نحو|حوالي|حوالى|قرابة|زهاء|ما يقارب|ما يقرب من',
      'rund|etwa|ungefähr|circa|ca.|knapp|annähernd',
      'environ|près de|quelque|approximativement|presque',
      'unos|unas|alrededor de|aproximadamente|cerca de|casi|en torno a',
      'yaklaşık|tahminen|takriben',
    ),
  ],
  [
    'up-to',
    list('as many as|up to|as much as|до|вплоть до|аж до', 'ما يصل إلى|ما يصل الى|حتى', "bis zu|jusqu'à|jusqu'a|hasta"),
  ],
  [
    'at-least',
    list(
      'at least|no fewer than|no less than',
      'по меньшей мере|по крайней мере|как минимум|не менее|не меньше|щонайменше|принаймні|не менше|як мінімум',
      'ما لا يقل عن',
      'mindestens|wenigstens|zumindest|au moins|pas moins de|al menos|por lo menos|como mínimo|en az',
    ),
  ],
  [
    'more-than',
    list(
      'more than|over|upwards of|in excess of',
      'более|больше|свыше|более чем|больше чем|понад|більше|більш ніж|більше ніж',
      'أكثر من|اكثر من|ما يزيد على|ما يزيد عن',
      'mehr als|über|plus de|más de|mas de',
    ),
  ],
];
const HEDGE_OF = new Map<string, Hedge>(HEDGES.flatMap(([h, ws]) => ws.map((w): [string, Hedge] => [key(w), h])));

const VAGUE: [VagueCount, string[]][] = [
  [
    'dozens',
    list(
      'dozens|several dozen|a few dozen|many dozens',
      'десятки|десятков|десятками|несколько десятков|десятків|кількадесят',
      'عشرات|العشرات',
      'dutzende|dutzenden|mehrere dutzend|des dizaines|dizaines|plusieurs dizaines|decenas|varias decenas|onlarca',
    ),
  ],
  ['scores', list('scores')],
  [
    'hundreds',
    list(
      'hundreds|several hundred|a few hundred',
      'сотни|сотен|несколько сотен|сотні|сотень|кількасот',
      'مئات|المئات',
      'hunderte|hunderten|mehrere hundert|des centaines|centaines|plusieurs centaines|cientos|centenares|varios cientos|yüzlerce',
    ),
  ],
];
const VAGUE_OF = new Map<string, VagueCount>(
  VAGUE.flatMap(([v, ws]) => ws.map((w): [string, VagueCount] => [key(w), v])),
);
const VAGUE_RANGE: Record<VagueCount, [number, number]> = { dozens: [24, 99], scores: [40, 199], hundreds: [200, 999] };

// Digits (Arabic-Indic ones are mapped to ASCII before matching). Not after a
// letter and hyphen ("F-22", "T-72"), a currency sign, or a decimal/time mark.
const DIGITS = String.raw`(?<![A-Za-z\u00C0-\u024F\u0400-\u04FF][-‐‑]?|\d|[$€£₽]\s?|\d[.,:])(?:\d{1,3}(?:[,.\u00A0\u202F\u066C]\d{3})+|\d+)(?![.,:]?\d)`;
const WORDS = String.raw`(?<!\p{L})(?:${alt([...NUMBER_WORDS.keys(), ...ABOUT_WORDS.keys()])})(?!\p{L})`;
const NUM = `(?:${DIGITS}|${WORDS})`;

// Turkish and Arabic put some hedges after the number.
const POSTS: [Hedge, string][] = [
  ['up-to', String.raw`'(?:y?[ae]|n[ae])\s{1,3}kadar`],
  ['more-than', String.raw`'(?:d[ae]n|t[ae]n)\s{1,3}fazla`],
  ['more-than', String.raw`'(?:y?[üuıi])\s{1,3}aşkın`],
  ['at-least', String.raw`\s{1,3}(?:على\s{1,3}الأقل|or\s{1,3}more|и\s{1,3}более)(?!\p{L})`],
  ['about', String.raw`\s{1,3}(?:civarında|kadar|تقريب(?:اً|ا)?|or\s{1,3}so)(?!\p{L})`],
];

const POST_RES = lazy(() => POSTS.map(([hedge, p]): [Hedge, RegExp] => [hedge, new RegExp(`^(?:${p})$`, 'iu')]));

const COUNT = lazy(
  () =>
    new RegExp(
      `(?:(?<![\\p{L}'])(?<pre>${alt([...HEDGE_OF.keys()])})${S})?` +
        `(?:(?<!\\p{L})(?:between|from|от|від|между|між|entre|zwischen|بين|de|del|desde|von)${S}(?<a1>${NUM})${S0}` +
        `(?:and|to|et|y|und|и|і|та|و|à|a|al|bis|до|إلى|hasta)${S0}(?<a2>${NUM})` +
        `|(?<b1>${NUM})${S0}(?:-|–|—|to|or|bis|oder|à|a|ou|o|до|или|або|إلى|أو|ila|ile|veya)${S0}(?<b2>${NUM})` +
        `|(?<n>${NUM})` +
        `|(?<!\\p{L})(?<v>${alt([...VAGUE_OF.keys()])})(?!\\p{L}))` +
        `(?<post>${POSTS.map(([, p]) => p).join('|')})?`,
      'giu',
    ),
);

// Month names ("may" and "mar" left out: "100 may have died").
const MONTHS =
  String.raw`(?:jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|` +
  String.raw`январ\p{L}*|феврал\p{L}*|март\p{L}*|апрел\p{L}*|ма[яй]|июн\p{L}*|июл\p{L}*|август\p{L}*|сентябр\p{L}*|октябр\p{L}*|ноябр\p{L}*|декабр\p{L}*|` +
  String.raw`січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|` +
  String.raw`يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر|كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين|` +
  String.raw`januar|februar|märz|juni|juli|oktober|dezember|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|` +
  String.raw`enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık)`;
const UNITS =
  String.raw`(?:tanks?|armou?red\s{1,3}vehicles|vehicles|km|kilomet(?:er|re)s?|miles?|meters?|metres?|m|hours?|hrs?|minutes?|mins?|seconds?|days?|weeks?|months?|years?|pages?|p\.m\.|a\.m\.|pm|%|percent|per\s{1,3}cent|dollars?|usd|euros?|r[o]?ubles?|times|` +
  String.raw`танк\p{L}*|км|километр\p{L}*|час\p{L}*|минут\p{L}*|дн\p{L}*|лет|год\p{L}*|недел\p{L}*|рубл\p{L}*|долл\p{L}*|кілометр\p{L}*|годин\p{L}*|рок\p{L}*|тиж\p{L}*|` +
  String.raw`كم|كيلومتر\p{L}*|ساع\p{L}*|دباب\p{L}*|دولار\p{L}*|عام\p{L}*|سنو\p{L}*|سنة|أيام|يوم|دقيق\p{L}*|` +
  String.raw`panzer\p{L}*|kilometer\p{L}*|stunden?|jahren?|tagen?|seiten?|minuten?|heures?|ans|années|jours|chars|blindés|horas?|años|días|páginas|dólares|tanques|kilómetros|minutos|saat|tank\p{L}*|sayfa|yıl\p{L}*|gün\p{L}*|dolar\p{L}*|dakika\p{L}*)`;
// Text right after a number that makes it a unit size, date or ordinal.
const NOT_PEOPLE_AFTER = lazy(
  () =>
    new RegExp(
      String.raw`^(?:${S0}(?:of${S}|de${S})?${UNITS}(?!\p{L})|\.?${S0}(?:of${S}|de${S})?${MONTHS}(?!\p{L})|(?:st|nd|rd|th)(?!\p{L}))`,
      'iu',
    ),
);
// Text right before a number that makes it a date or a page number.
const NOT_PEOPLE_BEFORE = lazy(
  () =>
    new RegExp(
      String.raw`(?:(?<!\p{L})${MONTHS}\.?|(?<!\p{L})(?:pages?|pp?\.|стр\.|no\.|№|#|aged?(?:${S}of)?))${S0}$`,
      'iu',
    ),
);

const DEATH =
  String.raw`(?<!\p{L})(?:kill(?:ed|ing|s)?|dead|deaths?|died|dying|slain|fatalit(?:y|ies)|lost${S}their${S}lives|` +
  String.raw`getötet|tötet(?:en)?|tote[n]?|tot|starben|gestorben|ums${S}leben|todesopfer|tués?|tuées?|morts?|mortes|décès|ont${S}péri|` +
  String.raw`muert[oa]s?|murieron|fallecid[oa]s|fallecieron|asesinad[oa]s|abatid[oa]s|perdieron${S}la${S}vida)(?!\p{L})` +
  String.raw`|(?<!\p{L})(?:погиб|убит|убил|убив|гибел|жертв|мертв|загин|загибл|вбит|вбил|вбив|öl(?:dü|ü|en|dürül|üm)|hayatını${S}kaybet|can${S}verdi|yaşamını${S}yitir)` +
  String.raw`|قتل|قتيل|جث[ةث]|مصرع|حتف|وفا[ةه]|ضحايا`;
// Casualties may include the wounded: such counts are flagged.
const CASUALTY = String.raw`(?<!\p{L})(?:casualties|verluste[n]?|pertes|bajas)(?!\p{L})|(?<!\p{L})(?:потер[иья]|потерь|втрат|kayıp)|خسائر`;
const WOUND = String.raw`(?<!\p{L})(?:wounded|injured|hurt|verletzt\p{L}*|verwundet\p{L}*|blessés?|herid[oa]s?)(?!\p{L})|(?<!\p{L})(?:ранен|раним|поранен|yaralı|yaralan)|جرحى|جريح|مصاب|إصاب`;
const DEATH_RE = lazy(() => new RegExp(`(?<cas>${CASUALTY})|${DEATH}`, 'giu'));
const WOUND_RE = lazy(() => new RegExp(WOUND, 'giu'));

// The people counted are Russian ("300 Russians", "российских наемников", "الروس").
const RUSSIAN = String.raw`(?<!\p{L})(?:russians?(?![-‐\p{L}])|россиян\p{L}*|российск\p{L}*|русских|росіян\p{L}*|російськ\p{L}*|russen|russisch\p{L}*|russes?|rus[oa]s|rus(?![\p{L}]))|روس(?!يا)`;
const RUSSIAN_RE = lazy(() => new RegExp(RUSSIAN, 'iu'));
const RUSSIAN_TOLL_RE = lazy(
  () => new RegExp(String.raw`(?<!\p{L})russian${S}(?:death${S}toll|casualties|dead|fatalities|losses)`, 'iu'),
);
// "100 people, including dozens of Russians, were killed": look past the inner count.
const INCLUDING_AT_END =
  /(?:including|among them|of whom|of them|включая|в том числе|серед них|بينهم|darunter|dont|entre ellos|aralarında)\s{0,3}$/iu;
// Russians killed with no number at all: "Russian contractors were killed".
const RUSSIANS_NO_NUMBER = lazy(
  () =>
    new RegExp(
      String.raw`(?<!\p{L})(?:russian${S}(?:mercenaries|contractors|fighters|citizens|nationals|soldiers|servicemen)${S}(?:were|had${S}been|have${S}been)${S}(?:killed|among${S}the${S}dead)` +
        String.raw`|(?:российские|русские)${S}(?:наемники|наёмники|контрактники|граждане|военные|бойцы)${S}(?:погибли|были${S}убиты)` +
        String.raw`|(?:погибли|были${S}убиты)${S}(?:российские|русские)${S}(?:наемники|наёмники|контрактники|граждане|военные|бойцы))(?!\p{L})`,
      'giu',
    ),
);

interface Candidate {
  start: number;
  end: number;
  value: CountValue | null;
}

function parseNumber(token: string | undefined): number | null {
  if (token === undefined) return null;
  if (/^\d/.test(token)) {
    const digits = token.replace(/\D/g, '');
    // Long digit runs are not head counts (and would lose precision).
    return digits.length > 7 ? null : Number(digits);
  }
  return NUMBER_WORDS.get(key(token)) ?? ABOUT_WORDS.get(key(token)) ?? null;
}

function isYear(token: string | undefined): boolean {
  return token !== undefined && /^(?:19|20)\d\d$/.test(token);
}

function valueOf(g: Record<string, string | undefined>): CountValue | null {
  const pre = g.pre === undefined ? undefined : HEDGE_OF.get(key(g.pre));
  const post = g.post === undefined ? undefined : POST_RES().find(([, re]) => re.test(g.post ?? ''))?.[0];
  const low = g.a1 ?? g.b1;
  const high = g.a2 ?? g.b2;
  if (low !== undefined && high !== undefined) {
    const min = parseNumber(low);
    const max = parseNumber(high);
    if (min === null || max === null || max <= min || isYear(low) || isYear(high)) return null;
    return { min, max, hedge: 'range' };
  }
  if (g.v !== undefined) {
    const vague = VAGUE_OF.get(key(g.v));
    if (vague === undefined) return null;
    // "около сотни" is "about a hundred", not "hundreds".
    if (/^сотни$/iu.test(g.v) && pre !== undefined) return { min: 100, max: 100, hedge: pre };
    const [min, max] = VAGUE_RANGE[vague];
    return { min, max, hedge: 'vague', vague };
  }
  const n = parseNumber(g.n);
  if (n === null || n === 0) return null;
  const hedge: Hedge = post ?? pre ?? (ABOUT_WORDS.has(key(g.n ?? '')) ? 'about' : 'exact');
  // A bare year ("in 2018", "the 2017 offensive") is never a count.
  if (hedge === 'exact' && isYear(g.n)) return null;
  if (hedge === 'up-to') return { min: null, max: n, hedge };
  if (hedge === 'at-least' || hedge === 'more-than') return { min: n, max: null, hedge };
  return { min: n, max: n, hedge };
}

interface Tie {
  via: 'after' | 'before';
  index: number;
  wounded: boolean;
}

const near = (a: { index: number; length: number }, b: { index: number; length: number }): boolean =>
  Math.max(a.index, b.index) - Math.min(a.index + a.length, b.index + b.length) <= 12;

function spans(re: RegExp, s: string): { index: number; length: number; cas: boolean }[] {
  return [...s.matchAll(re)].map((m) => ({ index: m.index, length: m[0].length, cas: m.groups?.cas !== undefined }));
}

/** Is there a death word after the count (preferred) or just before it? */
function tieToDeath(after: string, before: string): Tie | null {
  const deathAfter = spans(DEATH_RE(), after)[0];
  const woundAfter = spans(WOUND_RE(), after)[0];
  if (
    woundAfter &&
    (!deathAfter || woundAfter.index < deathAfter.index) &&
    !(deathAfter && near(woundAfter, deathAfter))
  ) {
    return null; // "300 wounded": a count of the wounded.
  }
  if (deathAfter) {
    const wounded = deathAfter.cas || (woundAfter !== undefined && near(woundAfter, deathAfter));
    return { via: 'after', index: deathAfter.index, wounded };
  }
  const deathBefore = spans(DEATH_RE(), before).at(-1);
  if (!deathBefore) return null;
  const woundBefore = spans(WOUND_RE(), before).filter((w) => !near(w, deathBefore));
  if (woundBefore.some((w) => w.index > deathBefore.index)) return null; // "killing 100 and wounding 300"
  const wounded = deathBefore.cas || spans(WOUND_RE(), before).some((w) => near(w, deathBefore));
  return { via: 'before', index: deathBefore.index, wounded };
}

/** Death counts in `text` (normalized, same length as `passage`). */
export function extractCounts(text: string, passage: string): CountClaim[] {
  const candidates: Candidate[] = [];
  for (const m of text.matchAll(COUNT())) {
    if (m[0].trim() === '') continue;
    const start = m.index;
    const end = start + m[0].length;
    let value = valueOf(m.groups ?? {});
    if (value !== null) {
      const next = text.slice(end, end + 40);
      const prev = text.slice(Math.max(0, start - 24), start);
      if (NOT_PEOPLE_AFTER().test(next) || NOT_PEOPLE_BEFORE().test(prev)) value = null;
    }
    candidates.push({ start, end, value });
  }

  const claims: CountClaim[] = [];
  candidates.forEach((c, i) => {
    if (c.value === null) return;
    const prevEnd = candidates[i - 1]?.end ?? 0;
    let nextStart = candidates[i + 1]?.start ?? text.length;
    if (INCLUDING_AT_END.test(text.slice(c.end, nextStart))) nextStart = candidates[i + 2]?.start ?? text.length;
    const sentence = sentenceAround(text, c.start, c.end, 160);
    const after = text.slice(c.end, Math.min(c.end + 80, nextStart, sentence.end));
    const before = text.slice(Math.max(c.start - 40, prevEnd, sentence.start), c.start);
    const tie = tieToDeath(after, before);
    if (tie === null) return;

    // The noun the count qualifies: the words right after it, up to a comma.
    const head = after.slice(0, tie.via === 'after' ? Math.min(35, tie.index) : 35).split(/[,،]/)[0] ?? '';
    const russian =
      RUSSIAN_RE().test(head) ||
      (tie.via === 'before' && (RUSSIAN_RE().test(before.slice(tie.index)) || RUSSIAN_TOLL_RE().test(before)));
    const value: CountValue = tie.wounded ? { ...c.value, includesWounded: true } : c.value;
    // "300 Russians killed" yields only a russians-killed claim: the page states
    // no total, and reading one into it would compare a figure the page never gave.
    claims.push({
      point: russian ? 'russians-killed' : 'killed',
      start: c.start,
      end: c.end,
      text: passage.slice(c.start, c.end),
      value,
    });
  });

  for (const m of text.matchAll(RUSSIANS_NO_NUMBER())) {
    const start = m.index;
    // Already counted when a number stands right before it ("dozens of Russian contractors").
    if (claims.some((c) => c.end <= start && start - c.end <= 15)) continue;
    const end = start + m[0].length;
    claims.push({
      point: 'russians-killed',
      start,
      end,
      text: passage.slice(start, end),
      value: { min: 1, max: null, hedge: 'vague' },
    });
  }
  return claims;
}
