// Types shared by the page-claim extractor (extract.ts), the article's own
// figures (article-figures.ts) and the comparison (compare.ts).

/** How a count was hedged. `vague` = a word such as "dozens" rather than a number. */
export type Hedge = 'exact' | 'about' | 'up-to' | 'at-least' | 'more-than' | 'range' | 'vague';

export type VagueCount = 'dozens' | 'scores' | 'hundreds';

/**
 * A count of people. `min`/`max` are the numbers stated: "about 100" is
 * {min: 100, max: 100, hedge: 'about'}, "up to 300" is {min: null, max: 300},
 * "more than 100" is {min: 100, max: null}. For vague words, which state no
 * number, they hold the range the word implies ("dozens" = 24–99).
 */
export interface CountValue {
  min: number | null;
  max: number | null;
  hedge: Hedge;
  vague?: VagueCount;
  /** Tied to "casualties" (or "killed or wounded"): may include the wounded. */
  includesWounded?: boolean;
}

/** A February date; the engagement was on 7–8 February 2018. */
export interface DateValue {
  month: 2;
  days: number[];
  year?: number;
}

export type WeaponId =
  'f-22' | 'f-15e' | 'mq-9' | 'ac-130' | 'ah-64' | 'b-52' | 'himars' | 'artillery' | 'drones' | 'airstrike';

export interface WeaponValue {
  weapon: WeaponId;
}

export type AimTarget = 'oil-fields' | 'oil-and-gas-fields' | 'gas-field' | 'conoco-plant';

export interface AimValue {
  target: AimTarget;
}

export type RussianStance =
  | 'denied'
  | 'did-not-know'
  | 'not-servicemen'
  | 'citizens-may-have-died'
  | 'reconnaissance'
  | 'no-comment'
  | 'operating-independently';

export interface PositionValue {
  stance: RussianStance;
  /** For 'citizens-may-have-died': the number of citizens named, if any. */
  citizens?: number;
}

/** The normalized value for each point a claim can be about. */
export interface ClaimValues {
  killed: CountValue;
  'russians-killed': CountValue;
  date: DateValue;
  weapons: WeaponValue;
  aim: AimValue;
  'russian-position': PositionValue;
}

export type ClaimPoint = keyof ClaimValues;

/** What the page says on one point. `passage.slice(start, end) === text` (UTF-16 offsets). */
export type PageClaim = {
  [P in ClaimPoint]: { point: P; start: number; end: number; text: string; value: ClaimValues[P] };
}[ClaimPoint];

/** One structured figure the article reports, resting on one summary item. */
export type ArticleFigure = {
  [P in ClaimPoint]: {
    point: P;
    summaryItemId: string;
    /** Short English rendering, e.g. 'about 100'. Not a quote. */
    display: string;
    value: ClaimValues[P];
    /** Words that must occur in the summary item's quotes (checked by a test). */
    keyWords: readonly string[];
  };
}[ClaimPoint];

export type Verdict = 'matching' | 'differing' | 'not-covered';

export interface ComparisonPair {
  point: ClaimPoint;
  label: string;
  page: { text: string; display: string };
  article: { display: string; items: { summaryItemId: string; attribution: string }[] } | null;
  verdict: Verdict;
  /** Extra context, e.g. "This page also names B-52." or a casualties caveat. */
  note?: string;
}
