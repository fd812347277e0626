// The one message protocol between content script, background and popup.
// Every receiver checks shape before trusting a message: page-facing code must
// treat anything it did not construct itself as untrusted.

/** A mention as the UI sees it: plain data, no DOM. */
export interface MentionView {
  id: number;
  /** The marked words, as on the page. */
  text: string;
  /** A short stretch of the sentence around it. */
  snippet: string;
  score: number;
  cues: string[];
  against: string[];
}

export interface PageState {
  host: string;
  /** The page's origin and path: where "Not about this engagement" choices are kept. */
  page: string;
  /** How many mentions the reader hid on this page. */
  hiddenCount: number;
  /** False when the reader switched the extension off everywhere. */
  enabled: boolean;
  /** True when the reader switched it off for this site. */
  siteDisabled: boolean;
  /** False while the first reading of the page is still under way. */
  scanComplete: boolean;
  mentions: MentionView[];
}

/** Content script → background. */
export type ToBackground =
  | { type: 'mention-count'; count: number }
  /** Open the article page, at one summary item's paragraph when given. */
  | { type: 'open-article'; itemId?: string };

const ITEM_ID = /^[a-z-]{1,40}$/;

/** Background or popup → content script. */
export type ToContent = { type: 'get-state' } | { type: 'reveal-mention'; id: number } | { type: 'next-mention' };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 1_000_000;
}

export function isToBackground(message: unknown): message is ToBackground {
  if (!isRecord(message)) return false;
  if (message.type === 'mention-count') return isCount(message.count);
  if (message.type === 'open-article')
    return message.itemId === undefined || (typeof message.itemId === 'string' && ITEM_ID.test(message.itemId));
  return false;
}

export function isToContent(message: unknown): message is ToContent {
  if (!isRecord(message)) return false;
  switch (message.type) {
    case 'get-state':
    case 'next-mention':
      return true;
    case 'reveal-mention':
      return isCount(message.id);
    default:
      return false;
  }
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isMentionView(value: unknown): value is MentionView {
  return (
    isRecord(value) &&
    isCount(value.id) &&
    typeof value.text === 'string' &&
    typeof value.snippet === 'string' &&
    typeof value.score === 'number' &&
    isStringArray(value.cues) &&
    isStringArray(value.against)
  );
}

export function isPageState(value: unknown): value is PageState {
  return (
    isRecord(value) &&
    typeof value.host === 'string' &&
    typeof value.page === 'string' &&
    isCount(value.hiddenCount) &&
    typeof value.enabled === 'boolean' &&
    typeof value.siteDisabled === 'boolean' &&
    typeof value.scanComplete === 'boolean' &&
    Array.isArray(value.mentions) &&
    value.mentions.every(isMentionView)
  );
}

/** Badge text for a count: empty when there is nothing to show. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 99 ? '99+' : String(count);
}
