// Collects the page's visible text into segments the detector can read, and
// remembers which Text node each piece came from so matches map back to Ranges.
// Reads the DOM only; never changes it.

export interface TextPiece {
  node: Text;
  /** Offset of the node's first character in the segment's text. */
  start: number;
}

export interface TextSegment {
  /** Text of consecutive blocks; a '\n' separates blocks. */
  text: string;
  pieces: TextPiece[];
}

/** Elements whose text is not reading matter (or not ours to touch). */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'SVG',
  'MATH',
  'VIDEO',
  'AUDIO',
  'HEAD',
  'TITLE',
]);

/** Inline elements continue the current sentence; everything else starts a new block. */
export const INLINE_TAGS = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'CODE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'KBD',
  'LABEL',
  'MARK',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
]);

export interface CollectOptions {
  /** Elements to leave out entirely, such as the extension's own UI host. */
  exclude?: (element: Element) => boolean;
  /** Soft size limit of one segment; a segment ends at a block boundary past it. */
  segmentSize?: number;
}

function isSkipped(element: Element, exclude?: (element: Element) => boolean): boolean {
  if (SKIPPED_TAGS.has(element.tagName.toUpperCase())) return true;
  if (element.hasAttribute('hidden')) return true;
  if (element instanceof HTMLElement && element.isContentEditable) return true;
  return exclude?.(element) ?? false;
}

function isHidden(element: Element): boolean {
  // checkVisibility covers display:none, content-visibility and visibility on
  // ancestors; it is asked once per block, not per text node.
  if (typeof element.checkVisibility === 'function') {
    return !element.checkVisibility({ visibilityProperty: true });
  }
  return false;
}

/**
 * Walks `root` (and every open shadow root below it) in document order and
 * yields text segments. A generator, so the caller can stop between segments
 * and give the page the main thread back.
 */
export function* collectText(root: Node, options: CollectOptions = {}): Generator<TextSegment> {
  const segmentSize = options.segmentSize ?? 4000;
  let text = '';
  let pieces: TextPiece[] = [];
  // Whether the current block's visibility has been checked, and its answer.
  let blockVisible: boolean | undefined;
  let blockElement: Element | null = null;

  const breakBlock = () => {
    if (text.length > 0 && !text.endsWith('\n')) text += '\n';
    blockVisible = undefined;
  };

  // Explicit stack instead of recursion: deep pages must not overflow it.
  const stack: Node[] = [root];
  const exits: Node[] = [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === exitMarker) {
      const element = exits.pop();
      if (element && !INLINE_TAGS.has((element as Element).tagName?.toUpperCase())) breakBlock();
      if (text.length >= segmentSize && text.endsWith('\n')) {
        yield { text, pieces };
        text = '';
        pieces = [];
      }
      continue;
    }
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      if (data.trim().length === 0) {
        if (text.length > 0 && !/\s$/.test(text)) text += ' ';
        continue;
      }
      const parent = node.parentElement;
      if (parent !== blockElement || blockVisible === undefined) {
        blockElement = parent;
        blockVisible = parent ? !isHidden(parent) : true;
      }
      if (!blockVisible) continue;
      pieces.push({ node: node as Text, start: text.length });
      // Line breaks inside a text node are source formatting, not sentence
      // breaks: read them as spaces (one for one, so offsets still map).
      text += data.replace(/[\n\r\t\f\v]/g, ' ');
      continue;
    }
    if (node.nodeType === Node.ELEMENT_NODE) {
      const element = node as Element;
      if (isSkipped(element, options.exclude)) continue;
      if (element.tagName === 'BR') {
        breakBlock();
        continue;
      }
      const inline = INLINE_TAGS.has(element.tagName.toUpperCase());
      if (!inline) breakBlock();
      stack.push(exitMarker);
      exits.push(element);
      pushChildren(stack, element);
      continue;
    }
    if (node.nodeType === Node.DOCUMENT_NODE || node.nodeType === Node.DOCUMENT_FRAGMENT_NODE) {
      pushChildren(stack, node);
    }
  }
  if (pieces.length > 0) yield { text, pieces };
}

// A sentinel pushed after an element's children: popping it means "leaving the element".
const exitMarker = { nodeType: -1 } as unknown as Node;

function pushChildren(stack: Node[], parent: Node): void {
  // An open shadow root is what the reader sees; walk it, then the light DOM
  // (slotted children are rendered through it).
  // Pushed in reverse, one at a time (an element can have more children than
  // a spread into push() takes arguments); the shadow root's last, so it is
  // popped first.
  const light = parent.childNodes;
  for (let i = light.length - 1; i >= 0; i--) stack.push(light[i]!);
  const shadow = parent instanceof Element ? parent.shadowRoot : null;
  if (shadow) for (let i = shadow.childNodes.length - 1; i >= 0; i--) stack.push(shadow.childNodes[i]!);
}
