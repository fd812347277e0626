import { describe, expect, it } from 'vitest';
import { compareWithArticle } from './compare';
import { extractClaims } from './extract';
import { ARTICLE_TEXT } from '../article/article-text';
import { ARTICLE_FIGURES } from './article-figures';
import type { ComparisonPair } from './types';

const compare = (passage: string): ComparisonPair[] => compareWithArticle(extractClaims(passage));
const pairFor = (passage: string, point: ComparisonPair['point']): ComparisonPair | undefined =>
  compare(passage).find((p) => p.point === point);

describe('compareWithArticle', () => {
  it('sets "as many as 300 Russians" beside the article\'s Russian figures, and they differ', () => {
    const pairs = compare('As many as 300 Russians were killed in the battle near Deir ez-Zor.');
    expect(pairs).toHaveLength(1);
    const [pair] = pairs;
    expect(pair?.point).toBe('russians-killed');
    expect(pair?.label).toBe('Russians killed');
    expect(pair?.page).toEqual({ text: 'As many as 300', display: 'as many as 300 Russians killed' });
    expect(pair?.article?.display).toContain('dozens');
    expect(pair?.article?.display).toContain('at least some');
    expect(pair?.article?.items).toEqual([
      { summaryItemId: 'casualties-initial', attribution: 'initial US reports' },
      { summaryItemId: 'casualties-later', attribution: 'further reports' },
    ]);
    // The article's later figure is "dozens, if not all" of as many as 200; 300 exceeds it.
    expect(pair?.verdict).toBe('differing');
  });

  const killed: [string, ComparisonPair['verdict'], string][] = [
    ['About 100 fighters were killed.', 'matching', 'about 100 killed'],
    ['As many as 200 fighters were killed.', 'matching', 'as many as 200 killed'],
    ['150 fighters were killed.', 'matching', '150 killed'],
    ['More than 100 were killed.', 'matching', 'more than 100 killed'],
    ['Dozens of fighters were killed.', 'matching', 'dozens killed'],
    ['As many as 300 fighters were killed.', 'differing', 'as many as 300 killed'],
    ['Hundreds of fighters were killed.', 'matching', 'hundreds killed'],
    ['More than 200 fighters were killed.', 'differing', 'more than 200 killed'],
    ['Between 250 and 300 fighters were killed.', 'differing', '250–300 killed'],
    ['Only 20 fighters were killed.', 'matching', '20 killed'],
    ['Около 600 человек погибли.', 'differing', 'about 600 killed'],
  ];
  it.each(killed)('killed: %s → %s', (passage, verdict, display) => {
    const pair = pairFor(passage, 'killed');
    expect(pair?.verdict).toBe(verdict);
    expect(pair?.page.display).toBe(display);
    expect(pair?.article?.display).toBe('about 100 (initial US reports); as many as 200 (further reports)');
    expect(pair?.article?.items.map((i) => i.summaryItemId)).toEqual(['casualties-initial', 'casualties-later']);
  });

  it('says "dozens of Russians"', () => {
    expect(pairFor('US strikes killed dozens of Russian contractors.', 'russians-killed')?.page.display).toBe(
      'dozens of Russians killed',
    );
    expect(pairFor('Reports say Russian mercenaries were killed.', 'russians-killed')?.page.display).toBe(
      'some Russians killed',
    );
  });

  it('finds nothing differing when the page is the article itself', () => {
    const pairs = compareWithArticle(extractClaims(ARTICLE_TEXT));
    expect(new Set(pairs.map((p) => p.point)).size).toBe(6);
    expect(pairs.filter((p) => p.verdict !== 'matching')).toEqual([]);
  });

  it('notes that casualties can include the wounded', () => {
    const pair = pairFor('They suffered about 100 casualties.', 'killed');
    expect(pair?.page.display).toBe('about 100 killed or wounded (casualties)');
    expect(pair?.note).toMatch(/wounded/);
  });

  it("matches Russian counts within the article's figures", () => {
    expect(pairFor('Dozens of Russian contractors were killed.', 'russians-killed')?.verdict).toBe('matching');
    expect(pairFor('Reports say Russian mercenaries were killed.', 'russians-killed')?.verdict).toBe('matching');
    expect(pairFor('Five hundred Russians were killed.', 'russians-killed')?.verdict).toBe('differing');
  });

  it.each([
    ['The battle took place on February 7, 2018.', 'matching', '7 February 2018'],
    ['Fighting raged on 7–8 February.', 'matching', '7–8 February'],
    ['The battle took place on February 10, 2018.', 'differing', '10 February 2018'],
    ['The battle took place on 7 February 2017.', 'differing', '7 February 2017'],
  ] as const)('date: %s → %s', (passage, verdict, display) => {
    const pair = pairFor(passage, 'date');
    expect(pair?.verdict).toBe(verdict);
    expect(pair?.page.display).toBe(display);
    expect(pair?.article?.items).toEqual([{ summaryItemId: 'when-where', attribution: 'the US military' }]);
  });

  it('puts all weapon mentions in one pair, matching when the article names them all', () => {
    const pairs = compare('F-22 Raptors and MQ-9 Reaper drones struck, then an AC-130 and HIMARS.');
    expect(pairs).toHaveLength(1);
    expect(pairs[0]?.verdict).toBe('matching');
    expect(pairs[0]?.page.display).toBe('F-22, MQ-9 Reaper, AC-130, HIMARS');
    expect(pairs[0]?.note).toBeUndefined();
    expect(pairs[0]?.article?.items.map((i) => i.summaryItemId)).toEqual(['us-response', 'when-where']);
  });

  it('lists weapons the article does not name', () => {
    const pair = pairFor('B-52 bombers, AH-64 Apaches and F-22s struck the column.', 'weapons');
    expect(pair?.verdict).toBe('differing');
    expect(pair?.note).toBe('This page also names B-52, AH-64.');
  });

  it.each([
    ['They tried to capture oil fields.', 'matching'],
    ['They tried to capture oil and gas fields.', 'matching'],
    ['They aimed to seize the Conoco gas plant.', 'differing'],
  ] as const)('aim: %s → %s', (passage, verdict) => {
    const pair = pairFor(passage, 'aim');
    expect(pair?.verdict).toBe(verdict);
    expect(pair?.article?.items).toEqual([{ summaryItemId: 'aim', attribution: 'unnamed sources ("it is believed")' }]);
  });

  it.each([
    ['Moscow said the contractors were operating independently.', 'matching'],
    ['The Kremlin said the operation was not known to it.', 'matching'],
    ['The Kremlin declined to comment.', 'differing'],
    ["Russia's foreign ministry said 5 Russian citizens may have died.", 'differing'],
  ] as const)('russian position: %s → %s', (passage, verdict) => {
    const pair = pairFor(passage, 'russian-position');
    expect(pair?.verdict).toBe(verdict);
    expect(pair?.page.display).toMatch(/^the Russian government /);
    expect(pair?.article?.items).toEqual([
      { summaryItemId: 'russian-position', attribution: 'the Russian government' },
    ]);
  });

  it('shows the number of citizens the page names', () => {
    const pair = pairFor("Russia's foreign ministry said 5 Russian citizens may have died.", 'russian-position');
    expect(pair?.page.display).toBe('the Russian government said 5 Russian citizens may have died');
  });

  it('marks a point the article does not cover as not-covered, with no article side', () => {
    const claims = extractClaims('They tried to capture oil fields; B-52s struck.');
    const pairs = compareWithArticle(
      claims,
      ARTICLE_FIGURES.filter((f) => f.point !== 'aim' && f.point !== 'weapons'),
    );
    expect(pairs.map((p) => [p.point, p.verdict, p.article])).toEqual([
      ['aim', 'not-covered', null],
      ['weapons', 'not-covered', null],
    ]);
    expect(pairs[1]?.note).toBeUndefined();
  });

  it('returns pairs in page order and nothing for no claims', () => {
    expect(compareWithArticle([])).toEqual([]);
    const pairs = compare('On February 7, 2018, as many as 300 fighters were killed by F-22s.');
    expect(pairs.map((p) => p.point)).toEqual(['date', 'killed', 'weapons']);
  });
});
