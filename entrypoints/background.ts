// The background: keeps the toolbar badge in step with each tab's mention
// count and forwards the keyboard shortcut to the active tab. It trusts only
// messages from this extension's own content scripts, and checks their shape.

import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { SUMMARY_ITEMS } from '../lib/article/summary';
import { badgeText, isToBackground, type ToContent } from '../lib/messages';

/** The article page's address, at one item's paragraph when the id is known. */
function articleUrl(itemId?: string): string {
  const known = SUMMARY_ITEMS.some((item) => item.id === itemId);
  return browser.runtime.getURL(`/article.html${known ? `#item-${itemId}` : ''}`);
}

const NEXT_MENTION_COMMAND = 'next-mention';

export default defineBackground(() => {
  // Manifest V3 has `action`; Firefox's Manifest V2 build has `browserAction`.
  const action = browser.action ?? browser.browserAction;
  void action.setBadgeBackgroundColor({ color: '#b45309' });

  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id || sender.tab?.id === undefined) return undefined;
    if (!isToBackground(message)) return undefined;
    if (message.type === 'open-article') {
      void browser.tabs.create({ url: articleUrl(message.itemId), index: sender.tab.index + 1 });
      return undefined;
    }
    // Only the top frame's count speaks for the tab.
    if (sender.frameId !== undefined && sender.frameId !== 0) return undefined;
    const tabId = sender.tab.id;
    void action.setBadgeText({ tabId, text: badgeText(message.count) });
    void action.setTitle({
      tabId,
      title:
        message.count > 0
          ? `Deir ez-Zor 2018 Context: ${message.count} mention${message.count === 1 ? '' : 's'} on this page`
          : 'Deir ez-Zor 2018 Context',
    });
    return undefined;
  });

  browser.commands.onCommand.addListener(async (command: string) => {
    if (command !== NEXT_MENTION_COMMAND) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    const message: ToContent = { type: 'next-mention' };
    await browser.tabs.sendMessage(tab.id, message).catch(() => {
      // No content script in this tab (a browser page): nothing to move to.
    });
  });
});
