// The content script: wires the page layer (scanner, highlighter, popover) to
// settings and messages. All the logic lives in lib/ and page/.

import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { PageState, ToBackground } from '../../lib/messages';
import { isToContent } from '../../lib/messages';
import { DEFAULT_SETTINGS, mentionKey, pageKey, type Settings } from '../../lib/settings';
import { blockRoots } from '../../page/block-roots';
import '../../page/highlight.css';
import { Highlighter, isHighlightSupported } from '../../page/highlighter';
import { watchPointer } from '../../page/pointer-triggers';
import { createYieldToPage } from '../../page/yield-to-page';
import { PopoverHost, UI_HOST_NAME } from '../../page/popover-host';
import { MentionScanner, toView, type PageMention } from '../../page/scanner';
import {
  disabledSitesItem,
  dismissalsItem,
  dismissMention,
  isSiteDisabled,
  loadDisabledSites,
  loadDismissals,
  loadSettings,
  setSiteDisabled,
  settingsItem,
} from '../../utils/storage';

const MUTATION_BATCH_MS = 250;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // highlight.css (the ::highlight rules) goes into the manifest, at document
  // level; the popover's own CSS is passed to its shadow root as a string.
  cssInjectionMode: 'manifest',
  main(ctx) {
    if (!isHighlightSupported()) return;
    void start(ctx);
  },
});

async function start(ctx: ContentScriptContext): Promise<void> {
  let settings: Settings = { ...DEFAULT_SETTINGS };
  let disabledSites: string[] = [];
  // Mentions the reader said are not about the engagement, on this page.
  let dismissed = new Set<string>();
  const currentPage = () => pageKey(location.href) ?? '';
  const loadDismissed = async () => new Set((await loadDismissals())[currentPage()] ?? []);
  [settings, disabledSites, dismissed] = await Promise.all([loadSettings(), loadDisabledSites(), loadDismissed()]);
  if (ctx.isInvalid) return;

  const host = location.hostname;
  const isActive = () => settings.enabled && !isSiteDisabled(disabledSites, host);

  const yieldToPage = createYieldToPage(ctx);
  let highlighter: Highlighter | null = null;
  const scanner = new MentionScanner({
    exclude: (element) => element.localName === UI_HOST_NAME,
    detectOptions: () => ({ sensitivity: settings.sensitivity, context: pageContext() }),
    yieldToPage,
    isStopped: () => ctx.isInvalid || !isActive(),
    accept: (mention) => !dismissed.has(mentionKey(mention.text, mention.snippet)),
  });
  const popover = new PopoverHost(ctx, {
    onOpenArticle: () => {
      const message: ToBackground = { type: 'open-article' };
      void browser.runtime.sendMessage(message).catch(() => undefined);
    },
    onDisableSite: () => void setSiteDisabled(host, true),
    onNotAbout: (mention) => void dismissMention(currentPage(), mentionKey(mention.text, mention.snippet)),
    onNext: () => openNext(),
    onClosed: () => highlighter?.setActive(null),
  });

  // ── Scanning ────────────────────────────────────────────────────────────
  let queue = Promise.resolve();
  let scannedOnce = false;
  // Whether the latest full read of the page has finished: the popup keeps
  // asking until it has (it is false again after switching back on).
  let readComplete = false;
  const enqueue = (roots: () => Node[]) => {
    queue = queue
      .then(async () => {
        if (ctx.isInvalid || !isActive()) return;
        const { added, removed } = await scanner.scan(roots());
        if (ctx.isInvalid) return;
        if (added.length > 0 && !highlighter) highlighter = new Highlighter();
        for (const mention of removed) highlighter?.delete(mention.range);
        for (const mention of added) highlighter?.add(mention.range);
        if (popover.openMention && removed.includes(popover.openMention)) popover.close(false);
        if (added.length > 0 || removed.length > 0 || !scannedOnce) reportCount();
        if (!scannedOnce && settings.autoOpenFirst && scanner.mentions[0]) void open(scanner.mentions[0], false);
        scannedOnce = true;
        readComplete = true;
      })
      .catch((error: unknown) => console.warn('[Deir ez-Zor 2018 Context] scan failed', error));
  };
  const scanAll = () => {
    readComplete = false;
    enqueue(() => [document.body ?? document.documentElement]);
  };

  let pending: MutationRecord[] = [];
  let flushTimer: number | undefined;
  const observer = new MutationObserver((records) => {
    for (const record of records) pending.push(record);
    if (flushTimer === undefined) {
      flushTimer = ctx.setTimeout(() => {
        flushTimer = undefined;
        const records = pending;
        pending = [];
        enqueue(() => blockRoots(records, UI_HOST_NAME));
      }, MUTATION_BATCH_MS);
    }
  });

  const activate = () => {
    scanAll();
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  };
  const deactivate = () => {
    observer.disconnect();
    pending = [];
    popover.close(false);
    for (const mention of scanner.clear()) highlighter?.delete(mention.range);
    reportCount();
  };

  // ── Popover ─────────────────────────────────────────────────────────────
  async function open(mention: PageMention, takeFocus: boolean) {
    const index = scanner.mentions.indexOf(mention);
    highlighter?.setActive(mention.range);
    await popover.open(mention, { index: index + 1, total: scanner.mentions.length, takeFocus });
  }

  function reveal(mention: PageMention) {
    const element = mention.range.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center', inline: 'nearest' });
    void open(mention, true);
  }

  function openNext() {
    const mentions = scanner.mentions;
    if (mentions.length === 0) return;
    const current = popover.openMention ? mentions.indexOf(popover.openMention) : -1;
    reveal(mentions[(current + 1) % mentions.length]!);
  }

  // ── Pointer and keyboard ────────────────────────────────────────────────
  watchPointer(ctx, {
    mentions: () => scanner.mentions,
    popover,
    open: (mention, takeFocus) => void open(mention, takeFocus),
    hover: () => ({ enabled: settings.hoverToOpen, delayMs: settings.hoverDelayMs }),
  });

  // In-page navigation (history API): the page's content changed under us.
  ctx.addEventListener(window, 'wxt:locationchange', async () => {
    dismissed = await loadDismissed();
    if (!isActive()) return;
    popover.close(false);
    for (const mention of scanner.clear()) highlighter?.delete(mention.range);
    scanAll();
  });

  // ── Messages ────────────────────────────────────────────────────────────
  const onMessage = (message: unknown): Promise<PageState> | undefined => {
    if (!isToContent(message)) return undefined;
    switch (message.type) {
      case 'get-state':
        // The popup may have just flipped a switch in storage: apply what is
        // stored before answering, so the answer is never older than the question.
        return applySettings().then(pageState);
      case 'reveal-mention': {
        const mention = scanner.find(message.id);
        if (mention) reveal(mention);
        return Promise.resolve(pageState());
      }
      case 'next-mention':
        openNext();
        return Promise.resolve(pageState());
    }
  };
  browser.runtime.onMessage.addListener(onMessage);

  function pageState(): PageState {
    return {
      host,
      page: currentPage(),
      hiddenCount: dismissed.size,
      enabled: settings.enabled,
      siteDisabled: isSiteDisabled(disabledSites, host),
      scanComplete: readComplete || !isActive(),
      mentions: isActive() ? scanner.mentions.map(toView) : [],
    };
  }

  function reportCount() {
    const message: ToBackground = { type: 'mention-count', count: isActive() ? scanner.mentions.length : 0 };
    browser.runtime.sendMessage(message).catch(() => {
      // The background may be restarting; the next change reports again.
    });
  }

  // ── Settings ────────────────────────────────────────────────────────────
  // One update at a time: a storage change and a popup's question can both
  // ask for one, and two at once would both switch the page on.
  let settingsUpdate = Promise.resolve();
  const applySettings = () => (settingsUpdate = settingsUpdate.then(onSettingsChanged, onSettingsChanged));
  const onSettingsChanged = async () => {
    const wasActive = isActive();
    const previousSensitivity = settings.sensitivity;
    [settings, disabledSites] = await Promise.all([loadSettings(), loadDisabledSites()]);
    if (ctx.isInvalid) return;
    if (wasActive && !isActive()) deactivate();
    else if (!wasActive && isActive()) activate();
    else if (isActive() && previousSensitivity !== settings.sensitivity) {
      for (const mention of scanner.clear()) highlighter?.delete(mention.range);
      scanAll();
    }
  };
  const unwatchSettings = settingsItem.watch(() => void applySettings());
  const unwatchSites = disabledSitesItem.watch(() => void applySettings());
  const unwatchDismissals = dismissalsItem.watch(async () => {
    const before = dismissed;
    dismissed = await loadDismissed();
    if (ctx.isInvalid || !isActive()) return;
    if ([...before].some((key) => !dismissed.has(key))) {
      // Some were shown again (the popup's undo): read the page afresh.
      for (const mention of scanner.clear()) highlighter?.delete(mention.range);
      scanAll();
      return;
    }
    const hidden = scanner.removeWhere((mention) => dismissed.has(mentionKey(mention.text, mention.snippet)));
    if (hidden.length === 0) return;
    if (popover.openMention && hidden.includes(popover.openMention)) popover.close();
    for (const mention of hidden) highlighter?.delete(mention.range);
    reportCount();
  });

  ctx.onInvalidated(() => {
    unwatchSettings();
    unwatchSites();
    unwatchDismissals();
    observer.disconnect();
    browser.runtime.onMessage.removeListener(onMessage);
    popover.dispose();
    scanner.clear();
    highlighter?.dispose();
  });

  if (isActive()) activate();
  else reportCount();
}

/** The page's own headline and date help weigh evidence (at half strength). */
function pageContext(): string {
  const meta = (selector: string) => document.querySelector<HTMLMetaElement>(selector)?.content ?? '';
  return [document.title, meta('meta[property="og:title"]'), meta('meta[property="article:published_time"]')]
    .filter(Boolean)
    .join('\n')
    .slice(0, 1000);
}
