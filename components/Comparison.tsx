import type { ComparisonPair, Verdict } from '../lib/figures/types';

const VERDICT_LABEL: Record<Verdict, string> = {
  matching: 'Matches',
  differing: 'Differs',
  'not-covered': 'Not in the article',
};

/**
 * What this page says beside what the article reported, point by point. It
 * says whether the two agree, never which is true; the article keeps its hedges.
 */
export function Comparison({ pairs }: { pairs: readonly ComparisonPair[] }) {
  return (
    <section class="comparison" aria-labelledby="dz-comparison-title">
      <h3 id="dz-comparison-title" class="summary__heading">
        This page beside the article
      </h3>
      {pairs.length === 0 ? (
        <p class="comparison__none">The text around this mention states no figures on the points the article covers.</p>
      ) : (
        <ul class="summary__list">
          {pairs.map((pair, index) => (
            <li key={`${pair.point}-${index}`} class={`pair pair--${pair.verdict}`} data-point={pair.point}>
              <p class="pair__head">
                <span class="pair__label">{pair.label}</span>
                <span class={`pair__verdict pair__verdict--${pair.verdict}`}>{VERDICT_LABEL[pair.verdict]}</span>
              </p>
              <p class="pair__side">
                <span class="pair__who">This page:</span> {pair.page.display}
              </p>
              <p class="pair__side">
                <span class="pair__who">The article:</span>{' '}
                {pair.article ? pair.article.display : 'does not report this.'}
              </p>
              {pair.note && <p class="pair__note">{pair.note}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
