// Marks mentions with the CSS Custom Highlight API: the page's text nodes are
// never touched. The ::highlight() rules live in highlight.css, injected at
// document level; open shadow roots get the same rules adopted, because
// document CSS does not reach into them.

import highlightCss from './highlight.css?inline';

export const MENTION_HIGHLIGHT = 'dz2018-mention';
export const ACTIVE_HIGHLIGHT = 'dz2018-mention-active';

export function isHighlightSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class Highlighter {
  private readonly all = new Highlight();
  private readonly active = new Highlight();
  private readonly shadowSheets = new Map<ShadowRoot, CSSStyleSheet>();

  constructor() {
    // The active mark is drawn above the ordinary ones.
    this.active.priority = 1;
    CSS.highlights.set(MENTION_HIGHLIGHT, this.all);
    CSS.highlights.set(ACTIVE_HIGHLIGHT, this.active);
  }

  add(range: Range): void {
    this.all.add(range);
    const root = range.startContainer.getRootNode();
    if (root instanceof ShadowRoot) this.styleShadowRoot(root);
  }

  delete(range: Range): void {
    this.all.delete(range);
    this.active.delete(range);
  }

  setActive(range: Range | null): void {
    this.active.clear();
    if (range) this.active.add(range);
  }

  clear(): void {
    this.all.clear();
    this.active.clear();
  }

  /** Removes every trace: registrations and adopted sheets. */
  dispose(): void {
    this.clear();
    if (CSS.highlights.get(MENTION_HIGHLIGHT) === this.all) CSS.highlights.delete(MENTION_HIGHLIGHT);
    if (CSS.highlights.get(ACTIVE_HIGHLIGHT) === this.active) CSS.highlights.delete(ACTIVE_HIGHLIGHT);
    for (const [root, sheet] of this.shadowSheets) {
      try {
        root.adoptedStyleSheets = root.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
      } catch {
        // The root may belong to a document that is gone; nothing left to undo.
      }
    }
    this.shadowSheets.clear();
  }

  private styleShadowRoot(root: ShadowRoot): void {
    if (this.shadowSheets.has(root)) return;
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(highlightCss);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      this.shadowSheets.set(root, sheet);
    } catch {
      // Some browsers refuse sheets made in the content script's world; the
      // mark is then still found by hit-testing, only not drawn in that root.
    }
  }
}
