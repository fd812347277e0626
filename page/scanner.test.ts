// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MentionScanner, snippetAround, toView, type ScannerOptions } from './scanner';

const POSITIVE =
  'US strikes near Deir ez-Zor on February 7, 2018 killed dozens of Russian Wagner contractors who attacked an SDF headquarters.';
const POSITIVE_SPLIT =
  'US strikes near Deir <em>ez-Zor</em> on February 7, 2018 killed dozens of Russian Wagner contractors who attacked an SDF headquarters.';
const NEGATIVE = 'The siege of Deir ez-Zor lasted from 2014 to 2017.';

function makeScanner(overrides: Partial<ScannerOptions> = {}) {
  const options: ScannerOptions = {
    exclude: (element) => element.localName === 'dz-host',
    detectOptions: () => ({ sensitivity: 'normal' }),
    yieldToPage: vi.fn(() => Promise.resolve()),
    isStopped: () => false,
    ...overrides,
  };
  return { scanner: new MentionScanner(options), options };
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('snippetAround', () => {
  const words =
    'alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa quebec romeo sierra tango';

  it('keeps a short block whole, without ellipses', () => {
    const text = 'US strikes near Deir ez-Zor killed many.';
    const start = text.indexOf('Deir');
    expect(snippetAround(text, start, start + 11)).toBe(text);
  });

  it('trims long text to whole words and marks both cuts with ellipses', () => {
    const text = `${words} Deir ez-Zor ${words}`;
    const start = text.indexOf('Deir');
    const snippet = snippetAround(text, start, start + 11);
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet).toContain('Deir ez-Zor');
    expect(snippet.length).toBeLessThan(text.length);
    // Every word in the snippet is a whole word of the text.
    const known = new Set(`${words} Deir ez-Zor`.split(' '));
    for (const word of snippet.replace(/…/g, '').trim().split(' ')) expect(known.has(word)).toBe(true);
  });

  it('never crosses a block break, and adds no ellipsis at one', () => {
    const text = `${words}\nStrikes near Deir ez-Zor were reported.\n${words}`;
    const start = text.indexOf('Deir');
    expect(snippetAround(text, start, start + 11)).toBe('Strikes near Deir ez-Zor were reported.');
  });

  it('cuts at the block break on one side and at a word on the other', () => {
    const text = `${words}\nDeir ez-Zor then ${words}`;
    const start = text.indexOf('Deir');
    const snippet = snippetAround(text, start, start + 11);
    expect(snippet.startsWith('Deir ez-Zor then alpha')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet).not.toContain('\n');
    expect(snippet).not.toContain('tango');
  });

  it('collapses runs of whitespace', () => {
    const text = 'Strikes   near\tDeir ez-Zor    today.';
    const start = text.indexOf('Deir');
    expect(snippetAround(text, start, start + 11)).toBe('Strikes near Deir ez-Zor today.');
  });

  it('always contains the matched words, even after a long unbroken token', () => {
    const text = `Reported: ${'x'.repeat(80)}/Deir ez-Zor. More words follow here.`;
    const start = text.indexOf('Deir');
    expect(snippetAround(text, start, start + 'Deir ez-Zor'.length)).toContain('Deir ez-Zor');
  });
});

describe('MentionScanner', () => {
  it('finds a mention in a positive paragraph, with a Range over its words', async () => {
    document.body.innerHTML = `<p>${POSITIVE}</p>`;
    const { scanner } = makeScanner();
    const { added, removed } = await scanner.scan([document.body]);
    expect(removed).toEqual([]);
    expect(added).toHaveLength(1);
    const mention = added[0]!;
    expect(mention.text).toBe('Deir ez-Zor');
    expect(mention.range.toString()).toBe('Deir ez-Zor');
    expect(mention.snippet).toContain('Deir ez-Zor');
    expect(mention.score).toBeGreaterThan(0.6);
    expect(mention.cues.length).toBeGreaterThan(0);
    expect(scanner.mentions).toEqual(added);
    expect(scanner.find(mention.id)).toBe(mention);
  });

  it('finds a mention that spans an inline element', async () => {
    document.body.innerHTML = `<p>${POSITIVE_SPLIT}</p>`;
    const { scanner } = makeScanner();
    const { added } = await scanner.scan([document.body]);
    expect(added).toHaveLength(1);
    expect(added[0]!.range.toString()).toBe('Deir ez-Zor');
    expect(added[0]!.range.endContainer).toBe(document.querySelector('em')!.firstChild);
  });

  it('finds nothing in a negative paragraph', async () => {
    document.body.innerHTML = `<p>${NEGATIVE}</p>`;
    const { scanner } = makeScanner();
    const { added } = await scanner.scan([document.body]);
    expect(added).toEqual([]);
    expect(scanner.mentions).toEqual([]);
  });

  it('leaves out excluded elements', async () => {
    document.body.innerHTML = `<dz-host><p>${POSITIVE}</p></dz-host>`;
    const { scanner } = makeScanner();
    expect((await scanner.scan([document.body])).added).toEqual([]);
  });

  it('reads the detect options at every scan', async () => {
    document.body.innerHTML = `<p>${POSITIVE}</p>`;
    let threshold = 0.5;
    const { scanner } = makeScanner({ detectOptions: () => ({ threshold }) });
    expect((await scanner.scan([document.body])).added).toHaveLength(1);
    threshold = 1.01;
    const second = await scanner.scan([document.body]);
    expect(second.removed).toHaveLength(1);
    expect(second.added).toEqual([]);
    expect(scanner.mentions).toEqual([]);
  });

  it('replaces the mentions inside a rescanned root and keeps the others', async () => {
    document.body.innerHTML = `<p id="a">${POSITIVE}</p><p id="b">${POSITIVE_SPLIT}</p>`;
    const a = document.getElementById('a')!;
    const b = document.getElementById('b')!;
    const { scanner } = makeScanner();
    const first = await scanner.scan([document.body]);
    expect(first.added).toHaveLength(2);
    const [inA, inB] = first.added;

    const second = await scanner.scan([b]);
    expect(second.removed).toEqual([inB]);
    expect(second.added).toHaveLength(1);
    expect(second.added[0]!.id).not.toBe(inB!.id);
    expect(b.contains(second.added[0]!.range.startContainer)).toBe(true);
    expect(scanner.mentions).toHaveLength(2);
    expect(scanner.mentions).toContain(inA);
    expect(scanner.mentions).not.toContain(inB);
    expect(scanner.find(inB!.id)).toBeUndefined();
    expect(a.contains(scanner.mentions[0]!.range.startContainer)).toBe(true);
  });

  it('keeps the mentions in document order when a earlier root is scanned later', async () => {
    document.body.innerHTML = `<p id="a">${POSITIVE}</p><p id="b">${POSITIVE}</p>`;
    const a = document.getElementById('a')!;
    const b = document.getElementById('b')!;
    const { scanner } = makeScanner();
    await scanner.scan([b]);
    await scanner.scan([a]);
    expect(scanner.mentions).toHaveLength(2);
    expect(a.contains(scanner.mentions[0]!.range.startContainer)).toBe(true);
    expect(b.contains(scanner.mentions[1]!.range.startContainer)).toBe(true);
  });

  it('drops mentions whose text left the page on the next scan', async () => {
    document.body.innerHTML = `<p id="a">${POSITIVE}</p><p id="b">${POSITIVE}</p><p id="c">Unrelated.</p>`;
    const { scanner } = makeScanner();
    const first = await scanner.scan([document.body]);
    expect(first.added).toHaveLength(2);
    document.getElementById('a')!.remove();
    const second = await scanner.scan([document.getElementById('c')!]);
    expect(second.removed).toEqual([first.added[0]]);
    expect(second.added).toEqual([]);
    expect(scanner.mentions).toEqual([first.added[1]]);
  });

  it('finds a mention inside an open shadow root', async () => {
    document.body.innerHTML = '<p>Before.</p><div id="host"></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<p>${POSITIVE}</p>`;
    const { scanner } = makeScanner();
    const { added } = await scanner.scan([document.body]);
    expect(added).toHaveLength(1);
    expect(added[0]!.range.toString()).toBe('Deir ez-Zor');
    expect(added[0]!.range.startContainer.getRootNode()).toBe(shadow);
  });

  it('yields to the page between segments when the slice budget is spent', async () => {
    document.body.innerHTML = `<p id="a">${POSITIVE}</p><p id="b">${POSITIVE}</p>`;
    const yieldToPage = vi.fn(() => Promise.resolve());
    const { scanner } = makeScanner({ yieldToPage, sliceBudgetMs: 0 });
    const { added } = await scanner.scan([document.getElementById('a')!, document.getElementById('b')!]);
    expect(yieldToPage).toHaveBeenCalled();
    expect(added).toHaveLength(2);
  });

  it('does not yield while within a generous budget', async () => {
    document.body.innerHTML = `<p>${POSITIVE}</p>`;
    const yieldToPage = vi.fn(() => Promise.resolve());
    const { scanner } = makeScanner({ yieldToPage, sliceBudgetMs: 60_000 });
    await scanner.scan([document.body]);
    expect(yieldToPage).not.toHaveBeenCalled();
  });

  it('stops early once isStopped is true, adding nothing', async () => {
    document.body.innerHTML = `<p id="a">${POSITIVE}</p><p id="b">${POSITIVE}</p><p id="c">${POSITIVE}</p>`;
    const roots = ['a', 'b', 'c'].map((id) => document.getElementById(id)!);
    const yieldToPage = vi.fn(() => Promise.resolve());
    const isStopped = vi.fn(() => true);
    const { scanner } = makeScanner({ yieldToPage, isStopped, sliceBudgetMs: 0 });
    const result = await scanner.scan(roots);
    expect(yieldToPage).toHaveBeenCalledTimes(1);
    expect(isStopped).toHaveBeenCalledTimes(1);
    expect(result.added).toEqual([]);
    expect(scanner.mentions).toEqual([]);
  });

  it('clear() removes and returns every mention', async () => {
    document.body.innerHTML = `<p>${POSITIVE}</p>`;
    const { scanner } = makeScanner();
    const { added } = await scanner.scan([document.body]);
    expect(scanner.clear()).toEqual(added);
    expect(scanner.mentions).toEqual([]);
  });

  it('toView gives plain data without the Range', async () => {
    document.body.innerHTML = `<p>${POSITIVE}</p>`;
    const { scanner } = makeScanner();
    const { added } = await scanner.scan([document.body]);
    const view = toView(added[0]!);
    expect(view).not.toHaveProperty('range');
    expect(view).toEqual({
      id: added[0]!.id,
      text: 'Deir ez-Zor',
      snippet: added[0]!.snippet,
      score: added[0]!.score,
      cues: added[0]!.cues,
      against: added[0]!.against,
    });
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
  });
});
