// The summary as text a fact-checker can paste: plain text and Markdown, each
// with a citation of the article. Built from the summary data, never retyped.

import { ARTICLE, type SummaryItem } from './summary';

function citation(): string {
  return `“${ARTICLE.title}”, first published ${ARTICLE.publishedLabel} (no byline)`;
}

function line(item: SummaryItem): string {
  return `${item.statement} (${item.kind === 'opinion' ? 'opinion: ' : ''}${item.attribution})`;
}

export function summaryAsPlainText(items: readonly SummaryItem[]): string {
  const reporting = items.filter((item) => item.kind !== 'opinion');
  const opinion = items.filter((item) => item.kind === 'opinion');
  return [
    'The February 7–8, 2018 engagement near Deir ez-Zor, Syria — what one article reported',
    '',
    ...reporting.map((item) => `- ${line(item)}`),
    ...(opinion.length > 0
      ? ['', 'The article’s own view (opinion):', ...opinion.map((item) => `- ${line(item)}`)]
      : []),
    '',
    `Source: ${citation()}.`,
  ].join('\n');
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

export function summaryAsMarkdown(items: readonly SummaryItem[]): string {
  const entry = (item: SummaryItem) =>
    `- ${escapeMarkdown(item.statement)} — *${escapeMarkdown(item.attribution)}*\n  > ${item.quotes.map(escapeMarkdown).join(' … ')}`;
  const reporting = items.filter((item) => item.kind !== 'opinion');
  const opinion = items.filter((item) => item.kind === 'opinion');
  return [
    '### The February 7–8, 2018 engagement near Deir ez-Zor, Syria — what one article reported',
    '',
    ...reporting.map(entry),
    ...(opinion.length > 0 ? ['', '**The article’s own view (opinion):**', '', ...opinion.map(entry)] : []),
    '',
    `Source: ${escapeMarkdown(citation())}.`,
  ].join('\n');
}
