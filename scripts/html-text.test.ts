import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-text';

describe('htmlToText', () => {
  it('keeps inline text together and separates blocks with a newline', () => {
    expect(htmlToText('<p>The battle of <em>Khasham</em>, <a href="#">in</a> 2018.</p><p>Second</p>')).toBe(
      'The battle of Khasham, in 2018.\nSecond',
    );
  });

  it('drops script, style, noscript, template, head and title', () => {
    const html =
      '<html><head><title>Deir ez-Zor</title><style>p{color:red}</style></head><body>' +
      '<script>var decoy = "Wagner Deir ez-Zor";</script><noscript>Enable JS</noscript>' +
      '<template><p>Khasham</p></template><p>Visible</p></body></html>';
    expect(htmlToText(html)).toBe('Visible');
  });

  it('drops elements hidden by attribute or inline style, with their children', () => {
    const html =
      '<div hidden><p>one</p></div><span style="color: red; display: none">two</span>' +
      '<p style="VISIBILITY:hidden !important">three</p><p style="display:block">four</p>';
    expect(htmlToText(html)).toBe('four');
  });

  it('turns br and list items into lines, collapses source whitespace and decodes entities', () => {
    expect(htmlToText('<ul><li>a\n   b</li><li>c<br>d</li></ul>Tom &amp; Jerry &lt;3')).toBe(
      'a b\nc\nd\nTom & Jerry <3',
    );
  });

  it('handles a bare text fragment and an empty document', () => {
    expect(htmlToText('just text')).toBe('just text');
    expect(htmlToText('')).toBe('');
  });
});
