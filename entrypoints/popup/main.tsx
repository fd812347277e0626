import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp, type PopupActions, type TabState } from '../../components/PopupApp';
import { copyText } from '../../components/copy';
import '../../components/ui.css';
import { isPageState, type ToContent } from '../../lib/messages';
import { restoreMentions, saveSettings, setSiteDisabled } from '../../utils/storage';

/** The sites the content script runs on (the manifest's content_scripts matches). */
const SITE_ORIGINS = ['http://*/*', 'https://*/*'];

// The tab the popup describes: the active one, or the one named in ?tab= (the
// end-to-end tests open the popup as a page for a given tab).
async function targetTabId(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function send(message: ToContent): Promise<unknown> {
  const tabId = await targetTabId();
  if (tabId === undefined) throw new Error('no tab');
  return browser.tabs.sendMessage(tabId, message);
}

const actions: PopupActions = {
  async load(): Promise<TabState> {
    try {
      const state = await send({ type: 'get-state' });
      return isPageState(state) ? { kind: 'ready', page: state } : { kind: 'unsupported' };
    } catch {
      // No content script answers: a page extensions may not enter, or the
      // reader withdrew our access to websites (both browsers allow that).
      const access = await browser.permissions.contains({ origins: SITE_ORIGINS }).catch(() => true);
      return { kind: access ? 'unsupported' : 'no-access' };
    }
  },
  reveal(id) {
    void send({ type: 'reveal-mention', id }).finally(() => {
      if (!new URLSearchParams(location.search).has('tab')) window.close();
    });
  },
  async setSiteDisabled(host, disabled) {
    await setSiteDisabled(host, disabled);
  },
  async setEnabled(enabled) {
    await saveSettings({ enabled });
  },
  async restoreHidden(page) {
    await restoreMentions(page);
  },
  openArticle(itemId) {
    const hash = itemId ? `#item-${itemId}` : '';
    void browser.tabs.create({ url: browser.runtime.getURL(`/article.html${hash}`) });
  },
  copy: (text) => copyText(text, document.body),
  requestAccess: () => browser.permissions.request({ origins: SITE_ORIGINS }).catch(() => false),
  openOptions() {
    void browser.runtime.openOptionsPage();
  },
};

render(<PopupApp actions={actions} />, document.getElementById('app')!);
