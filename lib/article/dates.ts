import { ARTICLE } from './summary';

/** True when a page's date (YYYY-MM-DD) is after the article's publication. */
export function isAfterArticle(day: string): boolean {
  return day > ARTICLE.published;
}

/** "March 7, 2023" for "2023-03-07", in English like the rest of the UI. */
export function formatDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime())
    ? day
    : date.toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}
