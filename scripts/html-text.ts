// Visible text of an HTML document, the way the content script reads a page:
// no script, style, noscript, template, head or title; nothing hidden by the
// `hidden` attribute or an inline display:none / visibility:hidden; block
// elements start and end a line. Needs a DOM, so it lives with the scripts
// (linkedom), not in lib/.

import { parseHTML } from 'linkedom';

const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'HEAD',
  'TITLE',
  'IFRAME',
  'OBJECT',
  'SVG',
  'CANVAS',
]);

const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'HTML',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

interface ElementLike {
  nodeType: number;
  tagName?: string;
  nodeValue?: string | null;
  childNodes: ArrayLike<ElementLike>;
  hasAttribute?(name: string): boolean;
  getAttribute?(name: string): string | null;
}

function isHidden(element: ElementLike): boolean {
  if (element.hasAttribute?.('hidden')) return true;
  const style = element.getAttribute?.('style');
  return style != null && HIDDEN_STYLE.test(style);
}

/** Extracts the visible text: inline runs joined, blocks separated by "\n". */
export function htmlToText(html: string): string {
  const source = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(source);
  const parts: string[] = [];
  // Pending separator: '' none, ' ' a space, '\n' a line break (the strongest wins).
  let pending = '';
  const separate = (kind: ' ' | '\n') => {
    if (kind === '\n' || pending === '') pending = kind;
  };

  const walk = (node: ElementLike) => {
    if (node.nodeType === 3) {
      const text = (node.nodeValue ?? '').replace(/[ \t\n\r\f]+/g, ' ');
      if (text === '') return;
      const leading = text.startsWith(' ');
      const body = text.trim();
      if (leading) separate(' ');
      if (body !== '') {
        if (parts.length > 0 && pending !== '') parts.push(pending);
        pending = '';
        parts.push(body);
      }
      if (text.endsWith(' ') && body !== '') separate(' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node.tagName ?? '').toUpperCase();
    if (SKIPPED.has(tag) || isHidden(node)) return;
    if (tag === 'BR') {
      separate('\n');
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) separate('\n');
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) walk(children[i]!);
    if (block) separate('\n');
  };

  walk(document.documentElement as unknown as ElementLike);
  return parts.join('');
}
