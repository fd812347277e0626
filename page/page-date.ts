// The host page's own publication date, where it states one, so the popover
// can say the article reflects what was known in February 2018.

export interface PageDate {
  /** YYYY-MM-DD */
  date: string;
  source: 'article:published_time' | 'JSON-LD datePublished' | '<time> element';
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

function isoDay(value: string | null | undefined): string | null {
  const match = ISO_DAY.exec(value?.trim() ?? '');
  if (!match) return null;
  const [, year, month, day] = match;
  const date = new Date(`${year}-${month}-${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : `${year}-${month}-${day}`;
}

function datePublishedIn(json: unknown, depth = 0): string | null {
  // JSON-LD nests: arrays, @graph, mainEntity. Page data is untrusted: bounded depth, strings only.
  if (depth > 4 || typeof json !== 'object' || json === null) return null;
  if (Array.isArray(json)) {
    for (const entry of json.slice(0, 20)) {
      const found = datePublishedIn(entry, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = json as Record<string, unknown>;
  if (typeof record.datePublished === 'string') return isoDay(record.datePublished);
  return datePublishedIn(record['@graph'], depth + 1) ?? datePublishedIn(record.mainEntity, depth + 1);
}

export function findPageDate(doc: Document): PageDate | null {
  const meta = isoDay(doc.querySelector<HTMLMetaElement>('meta[property="article:published_time"]')?.content);
  if (meta) return { date: meta, source: 'article:published_time' };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, 10)) {
    try {
      const found = datePublishedIn(JSON.parse((script.textContent ?? '').slice(0, 200_000)));
      if (found) return { date: found, source: 'JSON-LD datePublished' };
    } catch {
      // Broken JSON-LD is common; try the next one.
    }
  }
  const time = isoDay(doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime'));
  if (time) return { date: time, source: '<time> element' };
  return null;
}
