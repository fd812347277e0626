// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { collectText, type TextSegment } from './collect-text';
import { rangeFor } from './ranges';

function firstSegment(root: Node = document.body): TextSegment {
  const segment = collectText(root).next().value;
  if (!segment) throw new Error('no text collected');
  return segment;
}

function spanOf(segment: TextSegment, words: string): [number, number] {
  const start = segment.text.indexOf(words);
  expect(start).toBeGreaterThanOrEqual(0);
  return [start, start + words.length];
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('rangeFor', () => {
  it('maps a match inside one text node', () => {
    document.body.innerHTML = '<p>Intro.</p><p>Strikes near Deir ez-Zor were reported.</p>';
    const segment = firstSegment();
    const range = rangeFor(segment, ...spanOf(segment, 'Deir ez-Zor'));
    expect(range).not.toBeNull();
    expect(range!.toString()).toBe('Deir ez-Zor');
    const textNode = document.querySelectorAll('p')[1]!.firstChild;
    expect(range!.startContainer).toBe(textNode);
    expect(range!.endContainer).toBe(textNode);
    expect(range!.startOffset).toBe('Strikes near '.length);
  });

  it('maps a match that spans an inline element', () => {
    document.body.innerHTML = '<p>Strikes near Deir <em>ez-Zor</em> were reported.</p>';
    const segment = firstSegment();
    const range = rangeFor(segment, ...spanOf(segment, 'Deir ez-Zor'));
    expect(range).not.toBeNull();
    expect(range!.toString()).toBe('Deir ez-Zor');
    expect(range!.startContainer).toBe(document.querySelector('p')!.firstChild);
    expect(range!.endContainer).toBe(document.querySelector('em')!.firstChild);
    expect(range!.endOffset).toBe('ez-Zor'.length);
  });

  it('maps a match that ends exactly where a node ends, into that node', () => {
    document.body.innerHTML = '<p><b>Deir</b> ez-Zor</p>';
    const segment = firstSegment();
    const range = rangeFor(segment, ...spanOf(segment, 'Deir'));
    expect(range!.toString()).toBe('Deir');
    expect(range!.endContainer).toBe(document.querySelector('b')!.firstChild);
  });

  it('maps a match that starts exactly where a node starts', () => {
    document.body.innerHTML = '<p>Near <b>Deir ez-Zor</b> today</p>';
    const segment = firstSegment();
    const range = rangeFor(segment, ...spanOf(segment, 'Deir ez-Zor'));
    expect(range!.toString()).toBe('Deir ez-Zor');
    expect(range!.startContainer).toBe(document.querySelector('b')!.firstChild);
    expect(range!.startOffset).toBe(0);
  });

  it('maps a match inside a shadow root', () => {
    document.body.innerHTML = '<p>Outside.</p><div id="host"></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Inside the shadow, Deir <em>ez-Zor</em> again.</p>';
    const segment = firstSegment();
    const range = rangeFor(segment, ...spanOf(segment, 'Deir ez-Zor'));
    expect(range).not.toBeNull();
    expect(range!.toString()).toBe('Deir ez-Zor');
    expect(range!.startContainer.getRootNode()).toBe(shadow);
  });

  it('maps matches in a later block of a multi-block segment', () => {
    document.body.innerHTML = '<p>Deir ez-Zor first.</p><p>Then <i>Deir</i> ez-Zor second.</p>';
    const segment = firstSegment();
    const second = segment.text.lastIndexOf('Deir ez-Zor');
    const range = rangeFor(segment, second, second + 'Deir ez-Zor'.length);
    expect(range!.toString()).toBe('Deir ez-Zor');
    expect(range!.startContainer).toBe(document.querySelector('i')!.firstChild);
  });

  it('gives null for an empty span', () => {
    document.body.innerHTML = '<p>Some text here.</p>';
    const segment = firstSegment();
    expect(rangeFor(segment, 3, 3)).toBeNull();
  });

  it('gives null for a reversed span', () => {
    document.body.innerHTML = '<p>Some text here.</p>';
    const segment = firstSegment();
    expect(rangeFor(segment, 8, 2)).toBeNull();
  });

  it('gives null for a segment without pieces', () => {
    expect(rangeFor({ text: 'Deir ez-Zor', pieces: [] }, 0, 11)).toBeNull();
  });

  it('gives null for a span past the end of the text', () => {
    document.body.innerHTML = '<p>Short.</p>';
    const segment = firstSegment();
    expect(rangeFor(segment, 500, 510)).toBeNull();
  });
});
