// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { blockRoots } from './block-roots';

const HOST = 'dz-context-host';

/** Real mutation records for whatever `mutate` does under `target`. */
async function recordsFor(mutate: () => void, target: Node = document.body): Promise<MutationRecord[]> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((batch) => records.push(...batch));
  observer.observe(target, { childList: true, subtree: true, characterData: true });
  mutate();
  await Promise.resolve();
  await new Promise((resolve) => setTimeout(resolve, 0));
  records.push(...observer.takeRecords());
  observer.disconnect();
  return records;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('blockRoots', () => {
  it('gives the paragraph for a text change inside an <em> in it', async () => {
    document.body.innerHTML = '<div><p id="p">Strikes near Deir <em>ez-Zor</em> today.</p></div>';
    const text = document.querySelector('em')!.firstChild as Text;
    const records = await recordsFor(() => {
      text.data = 'ez-Zor, Syria';
    });
    expect(records.some((record) => record.type === 'characterData')).toBe(true);
    expect(blockRoots(records, HOST)).toEqual([document.getElementById('p')]);
  });

  it('gives the paragraph for a text change deep in nested inline elements', async () => {
    document.body.innerHTML = '<p id="p">Near <a href="#"><strong><em>Deir</em></strong></a> ez-Zor</p>';
    const text = document.querySelector('em')!.firstChild as Text;
    const records = await recordsFor(() => {
      text.data = 'Dayr';
    });
    expect(blockRoots(records, HOST)).toEqual([document.getElementById('p')]);
  });

  it('gives the block an inline element was added to', async () => {
    document.body.innerHTML = '<section><p id="p">Strikes near </p></section>';
    const p = document.getElementById('p')!;
    const records = await recordsFor(() => {
      const em = document.createElement('em');
      em.textContent = 'Deir ez-Zor';
      p.append(em);
    });
    expect(blockRoots(records, HOST)).toEqual([p]);
  });

  it('gives an added block element itself', async () => {
    document.body.innerHTML = '<main id="main"></main>';
    const records = await recordsFor(() => {
      const p = document.createElement('p');
      p.id = 'new';
      p.textContent = 'A new paragraph.';
      document.getElementById('main')!.append(p);
    });
    expect(blockRoots(records, HOST)).toEqual([document.getElementById('new')]);
  });

  it('collapses nested roots to the outermost', async () => {
    document.body.innerHTML = '<article id="outer"><p id="inner">Old <em>text</em>.</p></article>';
    const outer = document.getElementById('outer')!;
    const inner = document.getElementById('inner')!;
    let div: HTMLDivElement | undefined;
    let deeper: HTMLParagraphElement | undefined;
    const records = await recordsFor(() => {
      (document.querySelector('em')!.firstChild as Text).data = 'changed';
      div = document.createElement('div');
      div.textContent = 'Another block';
      outer.append(div);
      deeper = document.createElement('p');
      deeper.textContent = 'Deeper';
      div.append(deeper);
    });
    const roots = blockRoots(records, HOST);
    // The added <p> is inside the added <div>: only the <div> remains, beside the changed paragraph.
    expect(roots).toHaveLength(2);
    expect(roots).toEqual(expect.arrayContaining([inner, div]));
    expect(roots).not.toContain(deeper);
    expect(roots).not.toContain(outer);
    // Another case: a change in a child and a change in its parent give only the parent.
    const records2 = await recordsFor(() => {
      (inner.firstChild as Text).data = 'New ';
      outer.append(document.createTextNode(' tail'));
    });
    expect(blockRoots(records2, HOST)).toEqual([outer]);
  });

  it('keeps separate roots that do not contain each other', async () => {
    document.body.innerHTML = '<p id="a">One</p><p id="b">Two</p>';
    const a = document.getElementById('a')!;
    const b = document.getElementById('b')!;
    const records = await recordsFor(() => {
      (a.firstChild as Text).data = 'Uno';
      (b.firstChild as Text).data = 'Dos';
    });
    const roots = blockRoots(records, HOST);
    expect(roots).toHaveLength(2);
    expect(roots).toEqual(expect.arrayContaining([a, b]));
  });

  it('ignores our own host element when it is added', async () => {
    document.body.innerHTML = '<p>Page.</p>';
    const records = await recordsFor(() => {
      const host = document.createElement(HOST);
      host.textContent = 'Our popover text';
      document.body.append(host);
    });
    expect(records.length).toBeGreaterThan(0);
    expect(blockRoots(records, HOST)).toEqual([]);
  });

  it('ignores changes inside our own host element', async () => {
    document.body.innerHTML = `<${HOST}><span id="inside">Popover</span></${HOST}>`;
    const records = await recordsFor(() => {
      (document.getElementById('inside')!.firstChild as Text).data = 'Changed popover';
    });
    expect(records.length).toBeGreaterThan(0);
    expect(blockRoots(records, HOST)).toEqual([]);
  });

  it('does not ignore other custom elements', async () => {
    document.body.innerHTML = '<p>Page.</p>';
    const records = await recordsFor(() => {
      const other = document.createElement('other-widget');
      other.textContent = 'Someone else’s widget';
      document.body.append(other);
    });
    expect(blockRoots(records, HOST)).toEqual([document.querySelector('other-widget')]);
  });

  it('drops roots that are no longer in the document', async () => {
    document.body.innerHTML = '<p id="p">Text</p>';
    const p = document.getElementById('p')!;
    const records = await recordsFor(() => {
      (p.firstChild as Text).data = 'Changed';
      p.remove();
    });
    expect(blockRoots(records, HOST)).not.toContain(p);
  });

  it('gives the parent block when a node is removed from it', async () => {
    document.body.innerHTML = '<p id="p">Strikes near <em>Deir ez-Zor</em> today.</p>';
    const records = await recordsFor(() => {
      document.querySelector('em')!.remove();
    });
    expect(blockRoots(records, HOST)).toEqual([document.getElementById('p')]);
  });

  it('falls back to the body when too many roots changed', async () => {
    document.body.innerHTML = Array.from({ length: 80 }, (_, i) => `<p>Paragraph ${i}</p>`).join('');
    const records = await recordsFor(() => {
      for (const p of document.querySelectorAll('p')) (p.firstChild as Text).data += ' changed';
    });
    expect(blockRoots(records, HOST)).toEqual([document.body]);
  });
});
