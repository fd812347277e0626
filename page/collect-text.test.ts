// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { collectText, type CollectOptions, type TextSegment } from './collect-text';

function segments(root: Node = document.body, options?: CollectOptions): TextSegment[] {
  return [...collectText(root, options)];
}

function allText(root: Node = document.body, options?: CollectOptions): string {
  return segments(root, options)
    .map((segment) => segment.text)
    .join('');
}

function expectPiecesAligned(list: readonly TextSegment[]): void {
  for (const segment of list) {
    for (const piece of segment.pieces) {
      expect(segment.text.slice(piece.start, piece.start + piece.node.length)).toBe(piece.node.data);
    }
  }
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('collectText', () => {
  it('walks an element with more children than a function takes arguments', () => {
    const div = document.createElement('div');
    for (let i = 0; i < 150_000; i++) div.appendChild(document.createTextNode('a'));
    document.body.appendChild(div);
    expect(allText().trim()).toBe('a'.repeat(150_000));
  });

  it('collects paragraphs with a newline between blocks', () => {
    document.body.innerHTML = '<p>First paragraph.</p><p>Second paragraph.</p><div>Third block.</div>';
    const list = segments();
    expect(list).toHaveLength(1);
    expect(list[0]!.text.trimEnd()).toBe('First paragraph.\nSecond paragraph.\nThird block.');
    expect(list[0]!.pieces.map((piece) => piece.node.data)).toEqual([
      'First paragraph.',
      'Second paragraph.',
      'Third block.',
    ]);
    expectPiecesAligned(list);
  });

  it('continues the sentence through inline elements', () => {
    document.body.innerHTML = '<p>Strikes near Deir <em>ez-Zor</em> and <a href="#">Khasham</a> were reported.</p>';
    expect(allText().trimEnd()).toBe('Strikes near Deir ez-Zor and Khasham were reported.');
    expectPiecesAligned(segments());
  });

  it('breaks the block at <br>', () => {
    document.body.innerHTML = '<p>Line one<br>Line two</p>';
    expect(allText().trimEnd()).toBe('Line one\nLine two');
  });

  it.each([
    ['script', '<script>var hidden = "secret";</script>'],
    ['style', '<style>.secret { color: red }</style>'],
    ['noscript', '<noscript>secret</noscript>'],
    ['template', '<template><p>secret</p></template>'],
    ['textarea', '<textarea>secret</textarea>'],
    ['input', '<input value="secret">'],
    ['select', '<select><option>secret</option></select>'],
    ['button', '<button>secret</button>'],
    ['[hidden]', '<p hidden>secret</p>'],
    ['contenteditable', '<div contenteditable="true"><p>secret</p></div>'],
  ])('skips %s', (_label, html) => {
    document.body.innerHTML = `<p>Visible before.</p>${html}<p>Visible after.</p>`;
    const text = allText();
    expect(text).toContain('Visible before.');
    expect(text).toContain('Visible after.');
    expect(text).not.toContain('secret');
    for (const segment of segments()) {
      for (const piece of segment.pieces) expect(piece.node.data).not.toContain('secret');
    }
  });

  it('skips the element the exclude callback names, and everything inside it', () => {
    document.body.innerHTML = '<p>Page text.</p><dz-host><p>Our own UI text.</p></dz-host><p>More page text.</p>';
    const text = allText(document.body, { exclude: (element) => element.localName === 'dz-host' });
    expect(text).toContain('Page text.');
    expect(text).toContain('More page text.');
    expect(text).not.toContain('Our own UI');
  });

  it('includes text inside an open shadow root', () => {
    document.body.innerHTML = '<p>Light text.</p><div id="host"></div><p>After the host.</p>';
    const host = document.getElementById('host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Shadow <em>text</em> here.</p>';
    const list = segments();
    const text = list.map((segment) => segment.text).join('');
    expect(text).toContain('Light text.');
    expect(text).toContain('Shadow text here.');
    expect(text).toContain('After the host.');
    expect(text.indexOf('Light text.')).toBeLessThan(text.indexOf('Shadow text here.'));
    expect(text.indexOf('Shadow text here.')).toBeLessThan(text.indexOf('After the host.'));
    const shadowPiece = list.flatMap((segment) => segment.pieces).find((piece) => piece.node.data === 'Shadow ');
    expect(shadowPiece?.node.getRootNode()).toBe(shadow);
    expectPiecesAligned(list);
  });

  it('walks a shadow root passed as the root', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Only shadow.</p>';
    expect(allText(shadow).trimEnd()).toBe('Only shadow.');
  });

  it('yields nothing for a root without text', () => {
    document.body.innerHTML = '<div><script>x()</script><p>   </p></div>';
    expect(segments()).toEqual([]);
  });

  it('splits segments past segmentSize only at block boundaries', () => {
    const paragraphs = Array.from(
      { length: 6 },
      (_, i) => `Paragraph number ${i} has <em>inline words</em> inside it.`,
    );
    document.body.innerHTML = paragraphs.map((html) => `<p>${html}</p>`).join('');
    const list = segments(document.body, { segmentSize: 60 });
    expect(list.length).toBeGreaterThan(1);
    for (const segment of list) {
      // Each segment is whole paragraphs: it ends at a block break, and no paragraph is split.
      for (const line of segment.text.split('\n').filter((l) => l.length > 0)) {
        expect(line).toMatch(/^Paragraph number \d has inline words inside it\.$/);
      }
    }
    const joined = list.map((segment) => segment.text).join('');
    for (let i = 0; i < 6; i++) expect(joined).toContain(`Paragraph number ${i} has inline words inside it.`);
    expectPiecesAligned(list);
  });

  it('keeps everything in one segment below segmentSize', () => {
    document.body.innerHTML = '<p>One.</p><p>Two.</p><p>Three.</p>';
    expect(segments(document.body, { segmentSize: 10_000 })).toHaveLength(1);
  });

  it('points each piece start at its node’s text in the segment', () => {
    document.body.innerHTML =
      '<article><h1>Title</h1><p>US strikes near Deir <em>ez-Zor</em> on <time>February 7</time>, 2018.</p>' +
      '<ul><li>One <b>bold</b> item</li><li>Two</li></ul></article>';
    const list = segments();
    expect(list[0]!.pieces.length).toBeGreaterThanOrEqual(8);
    expectPiecesAligned(list);
    const text = list[0]!.text;
    expect(text).toContain('US strikes near Deir ez-Zor on February 7, 2018.');
    expect(text).toContain('Title\n');
  });

  it('does not change the DOM', () => {
    document.body.innerHTML = '<p>Some <em>text</em>.</p><p>More.</p>';
    const before = document.body.innerHTML;
    segments();
    expect(document.body.innerHTML).toBe(before);
  });
});

describe('source formatting inside text nodes', () => {
  it('reads line breaks inside a paragraph as spaces, so a wrapped sentence stays one sentence', () => {
    document.body.replaceChildren();
    const paragraph = document.createElement('p');
    paragraph.textContent =
      '\n      On the night of February 7, 2018, fighters\n      attacked near Deir ez-Zor.\n    ';
    document.body.append(paragraph);
    const [segment] = [...collectText(document.body)];
    expect(segment!.text).not.toMatch(/fighters\n/);
    expect(segment!.text).toContain('fighters       attacked');
    // Offsets still map one for one onto the node's own text.
    const piece = segment!.pieces[0]!;
    expect(segment!.text.slice(piece.start, piece.start + piece.node.length).length).toBe(piece.node.length);
  });
});
