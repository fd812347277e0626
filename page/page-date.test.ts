// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { findPageDate } from './page-date';

function setHead(html: string) {
  document.head.replaceChildren();
  document.body.replaceChildren();
  const template = document.createElement('template');
  template.innerHTML = html;
  document.head.append(template.content);
}

describe('findPageDate', () => {
  beforeEach(() => setHead(''));

  it('reads article:published_time first', () => {
    setHead(
      '<meta property="article:published_time" content="2023-02-07T08:00:00Z"><time datetime="2020-01-01">x</time>',
    );
    expect(findPageDate(document)).toEqual({ date: '2023-02-07', source: 'article:published_time' });
  });

  it('reads datePublished from JSON-LD, also inside @graph', () => {
    setHead(
      '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2019-05-03T10:00:00+02:00"}]}</script>',
    );
    expect(findPageDate(document)).toEqual({ date: '2019-05-03', source: 'JSON-LD datePublished' });
  });

  it('skips broken JSON-LD and falls back to a <time> element', () => {
    setHead('<script type="application/ld+json">{ not json</script>');
    const time = document.createElement('time');
    time.setAttribute('datetime', '2018-02-09');
    document.body.append(time);
    expect(findPageDate(document)).toEqual({ date: '2018-02-09', source: '<time> element' });
  });

  it('returns null when the page states no date, or only nonsense', () => {
    expect(findPageDate(document)).toBeNull();
    setHead('<meta property="article:published_time" content="yesterday">');
    expect(findPageDate(document)).toBeNull();
  });
});
