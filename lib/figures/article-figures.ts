// The article's own figures, structured for comparison. Each rests on one item
// of SUMMARY_ITEMS (lib/article/summary.ts), which holds the article's words;
// article-figures.test.ts checks every id exists and every key word occurs in
// that item's quotes. Displays are short English renderings, not quotes.

import type { ArticleFigure } from './types';

export const ARTICLE_FIGURES: readonly ArticleFigure[] = [
  {
    point: 'killed',
    summaryItemId: 'casualties-initial',
    display: 'about 100',
    value: { min: 100, max: 100, hedge: 'about' },
    keyWords: ['around 100', 'killed'],
  },
  {
    point: 'killed',
    summaryItemId: 'casualties-later',
    display: 'as many as 200',
    value: { min: null, max: 200, hedge: 'up-to' },
    keyWords: ['as many as 200', 'killed'],
  },
  {
    // "at least some of them": of about 100 killed, so at most that total (+15 %).
    point: 'russians-killed',
    summaryItemId: 'casualties-initial',
    display: 'at least some',
    value: { min: 1, max: 115, hedge: 'vague' },
    keyWords: ['at least some', 'Russian'],
  },
  {
    // "dozens of them (if not all of them)": of as many as 200, so 24 up to 200.
    point: 'russians-killed',
    summaryItemId: 'casualties-later',
    display: 'dozens, if not all',
    value: { min: 24, max: 200, hedge: 'vague', vague: 'dozens' },
    keyWords: ['dozens', 'if not all', '200', 'Russians'],
  },
  {
    // The article gives no year; it was published on 15 February 2018 and
    // speaks of that month.
    point: 'date',
    summaryItemId: 'when-where',
    display: '7–8 February',
    value: { month: 2, days: [7, 8], year: 2018 },
    keyWords: ['7 February', '8 February'],
  },
  { point: 'weapons', summaryItemId: 'us-response', display: 'F-22', value: { weapon: 'f-22' }, keyWords: ['F-22'] },
  {
    point: 'weapons',
    summaryItemId: 'us-response',
    display: 'MQ-9 Reaper',
    value: { weapon: 'mq-9' },
    keyWords: ['MQ-9', 'Reaper'],
  },
  // The MQ-9 Reapers are drones, and the article calls them so.
  {
    point: 'weapons',
    summaryItemId: 'us-response',
    display: 'drones',
    value: { weapon: 'drones' },
    keyWords: ['drones'],
  },
  {
    point: 'weapons',
    summaryItemId: 'us-response',
    display: 'AC-130',
    value: { weapon: 'ac-130' },
    keyWords: ['AC-130'],
  },
  {
    point: 'weapons',
    summaryItemId: 'us-response',
    display: 'HIMARS',
    value: { weapon: 'himars' },
    keyWords: ['HIMARS'],
  },
  // HIMARS is rocket artillery, and the article names it so.
  {
    point: 'weapons',
    summaryItemId: 'us-response',
    display: 'rocket artillery',
    value: { weapon: 'artillery' },
    keyWords: ['Artillery Rocket System'],
  },
  {
    point: 'weapons',
    summaryItemId: 'when-where',
    display: 'precision airstrike',
    value: { weapon: 'airstrike' },
    keyWords: ['precision US airstrike'],
  },
  {
    point: 'aim',
    summaryItemId: 'aim',
    display: 'oil fields',
    value: { target: 'oil-fields' },
    keyWords: ['oil fields', 'capture'],
  },
  {
    point: 'russian-position',
    summaryItemId: 'russian-position',
    display: 'not known to it at the time',
    value: { stance: 'did-not-know' },
    keyWords: ['not known to them'],
  },
  {
    point: 'russian-position',
    summaryItemId: 'russian-position',
    display: 'the PMCs operated independently',
    value: { stance: 'operating-independently' },
    keyWords: ['PMCs', 'operating independently'],
  },
];
