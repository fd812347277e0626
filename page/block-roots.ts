// From a batch of mutation records to the smallest set of block-level
// subtrees worth rescanning: a changed <em> inside a paragraph rescans the
// paragraph, so mentions that span elements are found whole.

import { INLINE_TAGS } from './collect-text';

const MAX_ROOTS = 64;

function blockOf(node: Node): Element | null {
  let element: Element | null = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  while (element && INLINE_TAGS.has(element.tagName.toUpperCase()) && element.parentElement)
    element = element.parentElement;
  return element;
}

export function blockRoots(records: readonly MutationRecord[], ownHostName: string): Node[] {
  const candidates = new Set<Element>();
  for (const record of records) {
    if (record.type === 'characterData') {
      const block = blockOf(record.target);
      if (block) candidates.add(block);
      continue;
    }
    for (const node of record.addedNodes) {
      if (node.nodeType === Node.ELEMENT_NODE && (node as Element).localName === ownHostName) continue;
      if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.TEXT_NODE) continue;
      const block = blockOf(node);
      if (block) candidates.add(block);
    }
    // Removals need no rescan: the scanner drops mentions whose text left the page.
    if (record.removedNodes.length > 0 && record.target.isConnected) {
      const block = blockOf(record.target);
      if (block && record.addedNodes.length === 0) candidates.add(block);
    }
  }
  const connected = [...candidates].filter((element) => element.isConnected && element.localName !== ownHostName);
  if (connected.length > MAX_ROOTS) return [document.body ?? document.documentElement];
  // Keep only outermost roots: a root inside another is scanned with it.
  return connected.filter((element) => !connected.some((other) => other !== element && other.contains(element)));
}
