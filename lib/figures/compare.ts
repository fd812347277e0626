// Sets each page claim beside what the article reported on the same point.
// Verdicts say whether the two agree, never which is true.

import { SUMMARY_ITEMS } from '../article/summary';
import { ARTICLE_FIGURES } from './article-figures';
import type {
  AimTarget,
  ArticleFigure,
  ClaimPoint,
  ComparisonPair,
  CountValue,
  DateValue,
  PageClaim,
  RussianStance,
  Verdict,
  WeaponId,
} from './types';

const LABELS: Record<ClaimPoint, string> = {
  killed: 'Killed',
  'russians-killed': 'Russians killed',
  date: 'Date',
  weapons: 'Aircraft and weapons',
  aim: 'Aim of the attack',
  'russian-position': "Russian government's position",
};

const WEAPON_LABELS: Record<WeaponId, string> = {
  'f-22': 'F-22',
  'f-15e': 'F-15E',
  'mq-9': 'MQ-9 Reaper',
  'ac-130': 'AC-130',
  'ah-64': 'AH-64',
  'b-52': 'B-52',
  himars: 'HIMARS',
  artillery: 'artillery',
  drones: 'drones',
  airstrike: 'airstrikes',
};

const AIM_LABELS: Record<AimTarget, string> = {
  'oil-fields': 'oil fields',
  'oil-and-gas-fields': 'oil and gas fields',
  'gas-field': 'a gas field',
  'conoco-plant': 'the Conoco gas plant',
};

const STANCE_LABELS: Record<RussianStance, string> = {
  denied: 'denied it',
  'did-not-know': 'said it did not know',
  'not-servicemen': 'said they were not Russian servicemen',
  'citizens-may-have-died': 'said Russian citizens may have died',
  reconnaissance: 'spoke of a reconnaissance operation',
  'no-comment': 'declined to comment',
  'operating-independently': 'said they acted independently',
};

type FigureOf<P extends ClaimPoint> = Extract<ArticleFigure, { point: P }>;
type ClaimOf<P extends ClaimPoint> = Extract<PageClaim, { point: P }>;

function figuresFor<P extends ClaimPoint>(all: readonly ArticleFigure[], point: P): FigureOf<P>[] {
  return all.filter((f): f is FigureOf<P> => f.point === point);
}

function attributionOf(id: string): string | undefined {
  return SUMMARY_ITEMS.find((item) => item.id === id)?.attribution;
}

/** The article's side for a point, or null when the article does not cover it. */
function articleSide(figures: readonly ArticleFigure[], withAttribution: boolean): ComparisonPair['article'] {
  const known = figures.filter((f) => attributionOf(f.summaryItemId) !== undefined);
  if (known.length === 0) return null;
  const items = [...new Set(known.map((f) => f.summaryItemId))].map((summaryItemId) => ({
    summaryItemId,
    attribution: attributionOf(summaryItemId) ?? '',
  }));
  const display = withAttribution
    ? known.map((f) => `${f.display} (${attributionOf(f.summaryItemId) ?? ''})`).join('; ')
    : known.map((f) => f.display).join(', ');
  return { display, items };
}

/**
 * The range of head counts a figure allows. "about N" is N ± 15 %. The
 * article's "as many as N" is a ceiling, 0–N; a page's "as many as N" puts the
 * figure near N (0.85N–N), or any ceiling would agree with every count.
 */
function bounds(v: CountValue, side: 'page' | 'article'): [number, number] {
  switch (v.hedge) {
    case 'exact':
      return [v.min ?? 0, v.max ?? v.min ?? Infinity];
    case 'about': {
      const n = v.min ?? v.max ?? 0;
      return [n * 0.85, n * 1.15];
    }
    case 'up-to': {
      const n = v.max ?? Infinity;
      return side === 'page' ? [n * 0.85, n] : [0, n];
    }
    case 'at-least':
      return [v.min ?? 0, Infinity];
    case 'more-than':
      return [(v.min ?? 0) + 1, Infinity];
    case 'range':
    case 'vague':
      return [v.min ?? 0, v.max ?? Infinity];
  }
}

function countPhrase(v: CountValue): string {
  switch (v.hedge) {
    case 'exact':
      return String(v.min);
    case 'about':
      return `about ${v.min}`;
    case 'up-to':
      return `as many as ${v.max}`;
    case 'at-least':
      return `at least ${v.min}`;
    case 'more-than':
      return `more than ${v.min}`;
    case 'range':
      return `${v.min}–${v.max}`;
    case 'vague':
      return v.vague ?? 'some';
  }
}

function verdictOf(covered: boolean, agrees: boolean): Verdict {
  return !covered ? 'not-covered' : agrees ? 'matching' : 'differing';
}

function countPair(claim: ClaimOf<'killed' | 'russians-killed'>, all: readonly ArticleFigure[]): ComparisonPair {
  const figures = figuresFor(all, claim.point);
  const article = articleSide(figures, true);
  const [low, high] = bounds(claim.value, 'page');
  const agrees = figures.some((f) => {
    const [fLow, fHigh] = bounds(f.value, 'article');
    return low <= fHigh && fLow <= high;
  });
  const wounded = claim.value.includesWounded === true;
  const phrase = countPhrase(claim.value);
  const who =
    claim.point !== 'russians-killed'
      ? ''
      : claim.value.hedge === 'vague' && claim.value.vague !== undefined
        ? ' of Russians'
        : ' Russians';
  const pair: ComparisonPair = {
    point: claim.point,
    label: LABELS[claim.point],
    page: { text: claim.text, display: `${phrase}${who} ${wounded ? 'killed or wounded (casualties)' : 'killed'}` },
    article,
    verdict: verdictOf(article !== null, agrees),
  };
  if (wounded)
    pair.note =
      "The page's figure is for casualties, which can include the wounded; the article's figures are for the killed.";
  return pair;
}

function dateDisplay(v: DateValue): string {
  const days = v.days.length > 1 ? `${v.days[0]}–${v.days.at(-1)}` : `${v.days[0]}`;
  return `${days} February${v.year === undefined ? '' : ` ${v.year}`}`;
}

function datePair(claim: ClaimOf<'date'>, all: readonly ArticleFigure[]): ComparisonPair {
  const figures = figuresFor(all, 'date');
  const article = articleSide(figures, true);
  const agrees = figures.some(
    (f) =>
      claim.value.days.every((d) => f.value.days.includes(d)) &&
      (claim.value.year === undefined || f.value.year === undefined || claim.value.year === f.value.year),
  );
  return {
    point: 'date',
    label: LABELS.date,
    page: { text: claim.text, display: dateDisplay(claim.value) },
    article,
    verdict: verdictOf(article !== null, agrees),
  };
}

/** All weapon mentions make one pair: the page's list beside the article's. */
function weaponsPair(claims: ClaimOf<'weapons'>[], all: readonly ArticleFigure[]): ComparisonPair {
  const figures = figuresFor(all, 'weapons');
  const article = articleSide(figures, false);
  const named = [...new Set(claims.map((c) => c.value.weapon))];
  const extra = named.filter((w) => !figures.some((f) => f.value.weapon === w));
  const pair: ComparisonPair = {
    point: 'weapons',
    label: LABELS.weapons,
    page: {
      text: [...new Set(claims.map((c) => c.text))].join('; '),
      display: named.map((w) => WEAPON_LABELS[w]).join(', '),
    },
    article,
    verdict: verdictOf(article !== null, extra.length === 0),
  };
  if (article !== null && extra.length > 0)
    pair.note = `This page also names ${extra.map((w) => WEAPON_LABELS[w]).join(', ')}.`;
  return pair;
}

function aimPair(claim: ClaimOf<'aim'>, all: readonly ArticleFigure[]): ComparisonPair {
  const figures = figuresFor(all, 'aim');
  const article = articleSide(figures, true);
  // "Oil and gas fields" includes the oil fields the article names.
  const agrees = figures.some(
    (f) =>
      f.value.target === claim.value.target ||
      (f.value.target === 'oil-fields' && claim.value.target === 'oil-and-gas-fields'),
  );
  return {
    point: 'aim',
    label: LABELS.aim,
    page: { text: claim.text, display: AIM_LABELS[claim.value.target] },
    article,
    verdict: verdictOf(article !== null, agrees),
  };
}

function positionPair(claim: ClaimOf<'russian-position'>, all: readonly ArticleFigure[]): ComparisonPair {
  const figures = figuresFor(all, 'russian-position');
  const article = articleSide(figures, true);
  const { stance, citizens } = claim.value;
  const label =
    stance === 'citizens-may-have-died' && citizens !== undefined
      ? `said ${citizens} Russian citizens may have died`
      : STANCE_LABELS[stance];
  return {
    point: 'russian-position',
    label: LABELS['russian-position'],
    page: { text: claim.text, display: `the Russian government ${label}` },
    article,
    verdict: verdictOf(
      article !== null,
      figures.some((f) => f.value.stance === stance),
    ),
  };
}

/**
 * One pair per page claim, in page order; all weapon mentions share one pair.
 * `figures` is the article's table; tests pass a reduced one to reach 'not-covered'.
 */
export function compareWithArticle(
  claims: readonly PageClaim[],
  figures: readonly ArticleFigure[] = ARTICLE_FIGURES,
): ComparisonPair[] {
  const weapons = claims.filter((c): c is ClaimOf<'weapons'> => c.point === 'weapons');
  const pairs: ComparisonPair[] = [];
  for (const claim of claims) {
    switch (claim.point) {
      case 'killed':
      case 'russians-killed':
        pairs.push(countPair(claim, figures));
        break;
      case 'date':
        pairs.push(datePair(claim, figures));
        break;
      case 'weapons':
        if (claim === weapons[0]) pairs.push(weaponsPair(weapons, figures));
        break;
      case 'aim':
        pairs.push(aimPair(claim, figures));
        break;
      case 'russian-position':
        pairs.push(positionPair(claim, figures));
        break;
    }
  }
  return pairs;
}
