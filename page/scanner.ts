// Finds mentions on the page: collects text in slices, runs the detector,
// maps matches to Ranges. Owns the list of mentions in document order; the
// caller decides what to draw. Never blocks the main thread for long: it
// checks a time budget between segments and yields to the page.

import { detect, mayMention, warmUpDetector, type DetectOptions } from '../lib/detect/detect';
import type { MentionView } from '../lib/messages';
import { collectText, type TextSegment } from './collect-text';
import { rangeFor } from './ranges';

export interface PageMention extends MentionView {
  range: Range;
  /** The paragraph around the mention (capped), where the page's own figures are looked for. */
  passage: string;
}

export interface ScannerOptions {
  /** Elements to leave out, such as our own UI host. */
  exclude: (element: Element) => boolean;
  /** Read at every scan, so a sensitivity change applies to the next one. */
  detectOptions: () => DetectOptions;
  /** Gives the main thread back to the page; resolves when we may go on. */
  yieldToPage: () => Promise<void>;
  /** True once the content script is invalidated: stop at the next check. */
  isStopped: () => boolean;
  /** Milliseconds of work between yields. */
  sliceBudgetMs?: number;
  /** False for a mention the reader said is not about the engagement. */
  accept?: (mention: MentionView) => boolean;
}

const SNIPPET_RADIUS = 70;
const PASSAGE_RADIUS = 600;

/** The block (paragraph) that holds the mention, at most PASSAGE_RADIUS either side of it. */
export function passageAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('\n', start - 1) + 1, start - PASSAGE_RADIUS);
  const blockEnd = text.indexOf('\n', end);
  const to = Math.min(blockEnd === -1 ? text.length : blockEnd, end + PASSAGE_RADIUS);
  return text.slice(from, to);
}

export function snippetAround(text: string, start: number, end: number): string {
  let from = Math.max(0, start - SNIPPET_RADIUS);
  let to = Math.min(text.length, end + SNIPPET_RADIUS);
  // Cut at word boundaries, and never across a block break.
  const blockStart = text.lastIndexOf('\n', start - 1);
  if (blockStart >= from) from = blockStart + 1;
  // Start at a word boundary, but never past the mention itself (a long unbroken token before it).
  else if (from > 0) from = Math.min(start, text.indexOf(' ', from) + 1 || from);
  const blockEnd = text.indexOf('\n', end);
  if (blockEnd !== -1 && blockEnd <= to) to = blockEnd;
  else if (to < text.length) to = text.lastIndexOf(' ', to) > end ? text.lastIndexOf(' ', to) : to;
  const body = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > 0 && blockStart < from - 1 ? '…' : ''}${body}${to < text.length && text[to] !== '\n' ? '…' : ''}`;
}

/** The node itself, or the shadow host that places it in the document. */
function inDocument(node: Node, other: Node): Node {
  let current = node;
  for (
    let root = current.getRootNode();
    root instanceof ShadowRoot && !root.contains(other);
    root = current.getRootNode()
  ) {
    current = root.host;
  }
  return current;
}

function documentOrder(a: PageMention, b: PageMention): number {
  if (a.range.startContainer === b.range.startContainer) return a.range.startOffset - b.range.startOffset;
  // Nodes in different (shadow) trees compare by the hosts that hold them.
  const left = inDocument(a.range.startContainer, b.range.startContainer);
  const right = inDocument(b.range.startContainer, left);
  const position = left.compareDocumentPosition(right);
  if (position & Node.DOCUMENT_POSITION_CONTAINED_BY) return 1;
  if (position & Node.DOCUMENT_POSITION_CONTAINS) return -1;
  if (position & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
  if (position & Node.DOCUMENT_POSITION_PRECEDING) return 1;
  return a.id - b.id;
}

export class MentionScanner {
  private list: PageMention[] = [];
  private nextId = 1;

  constructor(private readonly options: ScannerOptions) {}

  get mentions(): readonly PageMention[] {
    return this.list;
  }

  /**
   * Scans the subtrees under `roots` (the whole document at first, changed
   * subtrees later). Mentions already inside them are replaced. Returns the
   * mentions removed and added, for the caller to draw.
   */
  async scan(roots: readonly Node[]): Promise<{ added: PageMention[]; removed: PageMention[] }> {
    const removed = this.list.filter(
      (mention) =>
        !mention.range.startContainer.isConnected || roots.some((root) => root.contains(mention.range.startContainer)),
    );
    if (removed.length > 0) this.list = this.list.filter((mention) => !removed.includes(mention));

    const added: PageMention[] = [];
    const budget = this.options.sliceBudgetMs ?? 5;
    // Compiling the detector's patterns is the costliest first step: spread it
    // over slices too, and compile the evidence patterns (most of them) only
    // once some text may hold a mention.
    while (!warmUpDetector(budget, 'candidates')) {
      await this.options.yieldToPage();
      if (this.options.isStopped()) return { added: [], removed };
    }
    let evidenceReady = warmUpDetector(0); // a budget of 0 compiles nothing: only asks whether all is done
    let sliceStart = performance.now();
    const detectOptions = this.options.detectOptions();

    for (const root of roots) {
      for (const segment of collectText(root, { exclude: this.options.exclude, segmentSize: 1500 })) {
        if (!evidenceReady && mayMention(segment.text)) {
          while (!warmUpDetector(budget)) {
            await this.options.yieldToPage();
            if (this.options.isStopped()) return { added: [], removed };
          }
          evidenceReady = true;
          sliceStart = performance.now();
        }
        for (const mention of this.detectIn(segment, detectOptions)) added.push(mention);
        if (performance.now() - sliceStart > budget) {
          await this.options.yieldToPage();
          if (this.options.isStopped()) return { added: [], removed };
          sliceStart = performance.now();
        }
      }
    }
    // One at a time: a spread of a huge page's mentions into push() would overflow the stack.
    for (const mention of added) this.list.push(mention);
    this.list.sort(documentOrder);
    return { added, removed };
  }

  clear(): PageMention[] {
    const removed = this.list;
    this.list = [];
    return removed;
  }

  /** Drops the mentions that match, returning them for the caller to unmark. */
  removeWhere(predicate: (mention: PageMention) => boolean): PageMention[] {
    const removed = this.list.filter(predicate);
    if (removed.length > 0) this.list = this.list.filter((mention) => !removed.includes(mention));
    return removed;
  }

  find(id: number): PageMention | undefined {
    return this.list.find((mention) => mention.id === id);
  }

  private detectIn(segment: TextSegment, options: DetectOptions): PageMention[] {
    const found: PageMention[] = [];
    for (const match of detect(segment.text, options).mentions) {
      const view: MentionView = {
        id: 0,
        text: segment.text.slice(match.start, match.end),
        snippet: snippetAround(segment.text, match.start, match.end),
        score: match.score,
        cues: match.cues,
        against: match.against,
      };
      if (this.options.accept && !this.options.accept(view)) continue;
      const range = rangeFor(segment, match.start, match.end);
      if (!range) continue;
      found.push({ ...view, id: this.nextId++, range, passage: passageAround(segment.text, match.start, match.end) });
    }
    return found;
  }
}

/** The plain-data view of a mention, for messages and components. */
export function toView({ id, text, snippet, score, cues, against }: PageMention): MentionView {
  return { id, text, snippet, score, cues, against };
}
