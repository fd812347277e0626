// The article as numbered paragraphs, and where each summary item's quotes
// sit in it, so the reader can check every statement against its source.

import { ARTICLE_TEXT } from './article-text';
import type { SummaryItem } from './summary';

export interface Paragraph {
  /** 1-based, as shown to the reader. */
  number: number;
  text: string;
}

/** The body's paragraphs: the headline and the "first published" line are not numbered. */
export const ARTICLE_PARAGRAPHS: readonly Paragraph[] = ARTICLE_TEXT.split(/\n\s*\n/)
  .map((text) => text.trim())
  .filter((text, index) => index > 1 && text.length > 0)
  .map((text, index) => ({ number: index + 1, text }));

/** The paragraph a quote occurs in, or undefined if it occurs in none. */
export function paragraphOf(quote: string): Paragraph | undefined {
  return ARTICLE_PARAGRAPHS.find((paragraph) => paragraph.text.includes(quote));
}

/** The paragraphs an item rests on, in article order, without repeats. */
export function paragraphsOf(item: SummaryItem): Paragraph[] {
  const found = new Set<Paragraph>();
  for (const quote of item.quotes) {
    const paragraph = paragraphOf(quote);
    if (paragraph) found.add(paragraph);
  }
  return [...found].sort((a, b) => a.number - b.number);
}

export interface TextPart {
  text: string;
  /** The id of the summary item whose quote this is, when it is one. */
  itemId?: string;
}

/** A paragraph cut into plain and quoted parts, for marking quotes without HTML strings. */
export function splitByQuotes(paragraph: Paragraph, items: readonly SummaryItem[]): TextPart[] {
  const marks: { start: number; end: number; itemId: string }[] = [];
  for (const item of items) {
    for (const quote of item.quotes) {
      const start = paragraph.text.indexOf(quote);
      if (start !== -1) marks.push({ start, end: start + quote.length, itemId: item.id });
    }
  }
  marks.sort((a, b) => a.start - b.start);
  const parts: TextPart[] = [];
  let cursor = 0;
  for (const mark of marks) {
    if (mark.start < cursor) continue; // overlapping quotes: the first one wins
    if (mark.start > cursor) parts.push({ text: paragraph.text.slice(cursor, mark.start) });
    parts.push({ text: paragraph.text.slice(mark.start, mark.end), itemId: mark.itemId });
    cursor = mark.end;
  }
  if (cursor < paragraph.text.length) parts.push({ text: paragraph.text.slice(cursor) });
  return parts;
}
