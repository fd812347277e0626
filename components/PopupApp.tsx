import { useEffect, useRef, useState } from 'preact/hooks';
import { summaryAsMarkdown, summaryAsPlainText } from '../lib/article/citation';
import { SUMMARY_ITEMS } from '../lib/article/summary';
import type { PageState } from '../lib/messages';
import { ArticleCitation } from './ArticleCitation';
import { SummaryItems } from './SummaryItems';

/** What the popup knows about the current tab. */
export type TabState =
  | { kind: 'loading' }
  /** The browser does not let extensions into this page (browser pages, stores). */
  | { kind: 'unsupported' }
  /** The reader withdrew the extension's access to websites. */
  | { kind: 'no-access' }
  | { kind: 'ready'; page: PageState };

export interface PopupActions {
  load: () => Promise<TabState>;
  reveal: (mentionId: number) => void;
  setSiteDisabled: (host: string, disabled: boolean) => Promise<void>;
  setEnabled: (enabled: boolean) => Promise<void>;
  /** Shows again the mentions hidden with "Not about this engagement" on a page. */
  restoreHidden: (page: string) => Promise<void>;
  openOptions: () => void;
  /** Asks the browser to give back access to websites (after the reader withdrew it). */
  requestAccess: () => Promise<boolean>;
  /** Opens the article page, at an item's paragraphs when given. */
  openArticle: (itemId?: string) => void;
  copy: (text: string) => Promise<boolean>;
}

function Status({ page }: { page: PageState }) {
  if (!page.enabled) return <p class="status">Switched off everywhere.</p>;
  if (page.siteDisabled) return <p class="status">Switched off on {page.host}.</p>;
  if (!page.scanComplete && page.mentions.length === 0) return <p class="status">Still reading this page…</p>;
  if (page.mentions.length === 0)
    return <p class="status">This page does not mention the February 2018 engagement near Deir ez-Zor.</p>;
  const count = page.mentions.length;
  return (
    <p class="status status--found">This page mentions the engagement {count === 1 ? 'once' : `${count} times`}.</p>
  );
}

export function PopupApp({ actions }: { actions: PopupActions }) {
  const [state, setState] = useState<TabState>({ kind: 'loading' });
  const [copied, setCopied] = useState('');
  const copy = async (text: string, what: string) => {
    setCopied((await actions.copy(text)) ? `${what} copied, with its citation.` : 'Could not copy.');
  };

  // Every load and every switch flip takes a number; a load that answers after
  // a newer one started (or after the reader flipped a switch) is stale and
  // must not flip the switch back under the reader's finger.
  const generation = useRef(0);
  const reload = () => {
    const mine = ++generation.current;
    return actions.load().then(
      (next) => mine === generation.current && setState(next),
      () => mine === generation.current && setState({ kind: 'unsupported' }),
    );
  };
  /** Shows a switch's new position at once; the store and the page follow. */
  const flip = (change: Partial<PageState>, persist: () => Promise<void>) => {
    generation.current++;
    setState((current) => (current.kind === 'ready' ? { ...current, page: { ...current.page, ...change } } : current));
    void persist().then(reload);
  };
  useEffect(() => {
    void reload();
  }, []);
  // The page may still be being read when the popup opens: ask again shortly
  // (not while it is switched off: then nothing is being read).
  useEffect(() => {
    if (state.kind !== 'ready' || state.page.scanComplete || !state.page.enabled || state.page.siteDisabled) return;
    const timer = setTimeout(() => void reload(), 300);
    return () => clearTimeout(timer);
  }, [state]);

  return (
    <main class="popup">
      <h1 class="popup__title">Deir ez-Zor 2018 Context</h1>
      {state.kind === 'loading' && <p class="status">Looking at this page…</p>}
      {state.kind === 'unsupported' && (
        <p class="status" role="status">
          Extensions can’t read this page (browser pages and extension stores are off limits), so there is nothing to
          show here.
        </p>
      )}
      {state.kind === 'no-access' && (
        <div class="status" role="status">
          <p>This extension has no access to websites at the moment, so it cannot read this page.</p>
          <button type="button" class="text-button" onClick={() => void actions.requestAccess().then(reload)}>
            Allow access to websites
          </button>
        </div>
      )}
      {state.kind === 'ready' && (
        <>
          <Status page={state.page} />
          {state.page.mentions.length > 0 && (
            <ol class="mentions" aria-label="Mentions on this page">
              {state.page.mentions.map((mention) => (
                <li key={mention.id}>
                  <button type="button" class="mention" onClick={() => actions.reveal(mention.id)}>
                    <strong>{mention.text}</strong>
                    <span class="mention__snippet">{mention.snippet}</span>
                  </button>
                </li>
              ))}
            </ol>
          )}
          {state.page.hiddenCount > 0 && (
            <p class="hidden-note">
              {state.page.hiddenCount === 1
                ? 'One mention is hidden on this page'
                : `${state.page.hiddenCount} mentions are hidden on this page`}{' '}
              (“Not about this engagement”).{' '}
              <button
                type="button"
                class="text-button"
                onClick={() => void actions.restoreHidden(state.page.page).then(() => setTimeout(reload, 300))}
              >
                Show again
              </button>
            </p>
          )}
          <fieldset class="switches">
            <legend class="visually-hidden">Where it runs</legend>
            <label class="switch">
              <input
                type="checkbox"
                checked={!state.page.siteDisabled}
                disabled={!state.page.enabled || state.page.host === ''}
                onChange={(event) => {
                  const disabled = !(event.currentTarget as HTMLInputElement).checked;
                  const host = state.page.host;
                  flip({ siteDisabled: disabled }, () => actions.setSiteDisabled(host, disabled));
                }}
              />
              On {state.page.host || 'this site'}
            </label>
            <label class="switch">
              <input
                type="checkbox"
                checked={state.page.enabled}
                onChange={(event) => {
                  const enabled = (event.currentTarget as HTMLInputElement).checked;
                  flip({ enabled }, () => actions.setEnabled(enabled));
                }}
              />
              On everywhere
            </label>
          </fieldset>
        </>
      )}
      <section class="popup__summary" aria-labelledby="popup-summary-title">
        <h2 id="popup-summary-title" class="popup__subtitle">
          What the article reported
        </h2>
        <SummaryItems items={SUMMARY_ITEMS} showQuotes onOpenItem={actions.openArticle} />
        <ArticleCitation />
        <p class="popover__actions">
          <button type="button" class="text-button" onClick={() => actions.openArticle()}>
            Read the article
          </button>
          <button
            type="button"
            class="text-button"
            onClick={() => void copy(summaryAsPlainText(SUMMARY_ITEMS), 'Text')}
          >
            Copy as text
          </button>
          <button
            type="button"
            class="text-button"
            onClick={() => void copy(summaryAsMarkdown(SUMMARY_ITEMS), 'Markdown')}
          >
            Copy as Markdown
          </button>
          <span role="status" class="popover__copied">
            {copied}
          </span>
        </p>
      </section>
      <p>
        <button type="button" class="text-button" onClick={actions.openOptions}>
          Options
        </button>
      </p>
    </main>
  );
}
