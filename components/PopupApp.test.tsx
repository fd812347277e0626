// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SUMMARY_ITEMS } from '../lib/article/summary';
import type { MentionView, PageState } from '../lib/messages';
import { PopupApp, type PopupActions, type TabState } from './PopupApp';

afterEach(cleanup);

const mentions: MentionView[] = [
  {
    id: 4,
    text: 'Deir ez-Zor',
    snippet: 'US strikes near Deir ez-Zor on February 7, 2018 killed dozens…',
    score: 0.95,
    cues: ['Wagner'],
    against: [],
  },
  {
    id: 9,
    text: 'Khasham',
    snippet: '…the battle of Khasham, where Wagner contractors attacked…',
    score: 0.88,
    cues: ['battle'],
    against: [],
  },
];

function page(overrides: Partial<PageState> = {}): PageState {
  return {
    host: 'example.com',
    page: 'https://example.com/news/story',
    hiddenCount: 0,
    enabled: true,
    siteDisabled: false,
    scanComplete: true,
    mentions,
    ...overrides,
  };
}

function makeActions(load: () => Promise<TabState>) {
  return {
    load: vi.fn(load),
    reveal: vi.fn((_mentionId: number) => {}),
    setSiteDisabled: vi.fn((_host: string, _disabled: boolean) => Promise.resolve()),
    setEnabled: vi.fn((_enabled: boolean) => Promise.resolve()),
    restoreHidden: vi.fn((_page: string) => Promise.resolve()),
    openOptions: vi.fn(() => {}),
    openArticle: vi.fn((_itemId?: string) => {}),
    copy: vi.fn((_text: string) => Promise.resolve(true)),
    requestAccess: vi.fn(() => Promise.resolve(true)),
  } satisfies PopupActions;
}

describe('PopupApp', () => {
  it('says it is looking at the page while loading', () => {
    const actions = makeActions(() => new Promise<TabState>(() => {}));
    render(<PopupApp actions={actions} />);
    expect(screen.getByText('Looking at this page…')).toBeTruthy();
  });

  it('says it can’t read an unsupported page', async () => {
    const actions = makeActions(() => Promise.resolve({ kind: 'unsupported' }));
    render(<PopupApp actions={actions} />);
    expect(await screen.findByText(/Extensions can’t read this page/)).toBeTruthy();
    expect(screen.queryByText('Looking at this page…')).toBeNull();
    expect(screen.queryByRole('list', { name: 'Mentions on this page' })).toBeNull();
  });

  it('offers to restore access to websites when the reader withdrew it', async () => {
    const actions = makeActions(() => Promise.resolve({ kind: 'no-access' }));
    render(<PopupApp actions={actions} />);
    expect(await screen.findByText(/no access to websites/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Allow access to websites' }));
    await waitFor(() => expect(actions.requestAccess).toHaveBeenCalledTimes(1));
    // Asked again after the grant, to show the page's state.
    await waitFor(() => expect(actions.load).toHaveBeenCalledTimes(2));
  });

  it('treats a failed load as unsupported', async () => {
    const actions = makeActions(() => Promise.reject(new Error('no receiver')));
    render(<PopupApp actions={actions} />);
    expect(await screen.findByText(/Extensions can’t read this page/)).toBeTruthy();
  });

  it('lists each mention with its snippet, and reveals the one clicked', async () => {
    const actions = makeActions(() => Promise.resolve({ kind: 'ready', page: page() }));
    render(<PopupApp actions={actions} />);
    const list = await screen.findByRole('list', { name: 'Mentions on this page' });
    const buttons = [...list.querySelectorAll('button')];
    expect(buttons).toHaveLength(2);
    for (const [i, mention] of mentions.entries()) {
      expect(buttons[i]!.textContent).toContain(mention.text);
      expect(buttons[i]!.textContent).toContain(mention.snippet);
    }
    expect(screen.getByText('This page mentions the engagement 2 times.')).toBeTruthy();
    fireEvent.click(buttons[1]!);
    expect(actions.reveal).toHaveBeenCalledWith(9);
    fireEvent.click(screen.getByText('Deir ez-Zor'));
    expect(actions.reveal).toHaveBeenLastCalledWith(4);
    expect(actions.reveal).toHaveBeenCalledTimes(2);
  });

  it('says “once” for a single mention and reports a page with none', async () => {
    const one = makeActions(() => Promise.resolve({ kind: 'ready', page: page({ mentions: [mentions[0]!] }) }));
    render(<PopupApp actions={one} />);
    expect(await screen.findByText('This page mentions the engagement once.')).toBeTruthy();
    cleanup();
    const none = makeActions(() => Promise.resolve({ kind: 'ready', page: page({ mentions: [] }) }));
    render(<PopupApp actions={none} />);
    expect(await screen.findByText(/does not mention the February 2018 engagement/)).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Mentions on this page' })).toBeNull();
  });

  it('shows “Still reading this page…” while the scan runs, and asks again', async () => {
    let calls = 0;
    const actions = makeActions(() => {
      calls++;
      return Promise.resolve<TabState>({
        kind: 'ready',
        page: calls === 1 ? page({ scanComplete: false, mentions: [] }) : page({ scanComplete: true }),
      });
    });
    render(<PopupApp actions={actions} />);
    expect(await screen.findByText('Still reading this page…')).toBeTruthy();
    await waitFor(() => expect(actions.load).toHaveBeenCalledTimes(2), { timeout: 2000 });
    expect(await screen.findByText('This page mentions the engagement 2 times.')).toBeTruthy();
    expect(screen.queryByText('Still reading this page…')).toBeNull();
    // Once complete, it stops asking.
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect(actions.load).toHaveBeenCalledTimes(2);
  });

  it('does not poll when the scan is already complete', async () => {
    const actions = makeActions(() => Promise.resolve({ kind: 'ready', page: page() }));
    render(<PopupApp actions={actions} />);
    await screen.findByRole('list', { name: 'Mentions on this page' });
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect(actions.load).toHaveBeenCalledTimes(1);
  });

  it('turns the site off when its switch is unchecked, then reloads', async () => {
    const actions = makeActions(() => Promise.resolve({ kind: 'ready', page: page() }));
    render(<PopupApp actions={actions} />);
    const siteSwitch = (await screen.findByLabelText('On example.com')) as HTMLInputElement;
    expect(siteSwitch.checked).toBe(true);
    fireEvent.click(siteSwitch);
    expect(actions.setSiteDisabled).toHaveBeenCalledWith('example.com', true);
    await waitFor(() => expect(actions.load).toHaveBeenCalledTimes(2));
  });

  it('turns the site back on when its switch is checked', async () => {
    const actions = makeActions(() =>
      Promise.resolve({ kind: 'ready', page: page({ siteDisabled: true, mentions: [] }) }),
    );
    render(<PopupApp actions={actions} />);
    expect(await screen.findByText('Switched off on example.com.')).toBeTruthy();
    const siteSwitch = screen.getByLabelText('On example.com') as HTMLInputElement;
    expect(siteSwitch.checked).toBe(false);
    fireEvent.click(siteSwitch);
    expect(actions.setSiteDisabled).toHaveBeenCalledWith('example.com', false);
  });

  it('keeps a flipped switch where the reader put it, even when an older answer arrives late', async () => {
    // The page is still being read, so the popup polls; a poll that left before
    // the click answers after it, with the switch's old position.
    const pending: ((state: TabState) => void)[] = [];
    const actions = makeActions(() => new Promise<TabState>((resolve) => pending.push(resolve)));
    // The first answer: on, and still reading, so the popup polls.
    actions.load.mockImplementationOnce(() =>
      Promise.resolve<TabState>({ kind: 'ready', page: page({ scanComplete: false, mentions: [] }) }),
    );
    render(<PopupApp actions={actions} />);
    await waitFor(() => expect(pending.length).toBe(1), { timeout: 2000 }); // a poll is in flight
    const siteSwitch = screen.getByLabelText('On example.com') as HTMLInputElement;
    fireEvent.click(siteSwitch); // off
    expect(siteSwitch.checked).toBe(false);
    pending[0]!({ kind: 'ready', page: page({ scanComplete: false, mentions: [] }) }); // the old poll: "on"
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((screen.getByLabelText('On example.com') as HTMLInputElement).checked).toBe(false);
    expect(actions.setSiteDisabled).toHaveBeenCalledWith('example.com', true);
  });

  it('does not poll while the site is switched off', async () => {
    const actions = makeActions(() =>
      Promise.resolve({ kind: 'ready', page: page({ siteDisabled: true, scanComplete: false, mentions: [] }) }),
    );
    render(<PopupApp actions={actions} />);
    expect(await screen.findByText('Switched off on example.com.')).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect(actions.load).toHaveBeenCalledTimes(1);
  });

  it('disables the site switch when off everywhere or without a host', async () => {
    const off = makeActions(() => Promise.resolve({ kind: 'ready', page: page({ enabled: false }) }));
    render(<PopupApp actions={off} />);
    expect(await screen.findByText('Switched off everywhere.')).toBeTruthy();
    expect((screen.getByLabelText('On example.com') as HTMLInputElement).disabled).toBe(true);
    cleanup();
    const noHost = makeActions(() => Promise.resolve({ kind: 'ready', page: page({ host: '' }) }));
    render(<PopupApp actions={noHost} />);
    expect(((await screen.findByLabelText('On this site')) as HTMLInputElement).disabled).toBe(true);
  });

  it('switches it off everywhere', async () => {
    const actions = makeActions(() => Promise.resolve({ kind: 'ready', page: page() }));
    render(<PopupApp actions={actions} />);
    fireEvent.click(await screen.findByLabelText('On everywhere'));
    expect(actions.setEnabled).toHaveBeenCalledWith(false);
  });

  it('shows every statement of the full summary, with its quotes', async () => {
    const actions = makeActions(() => Promise.resolve({ kind: 'unsupported' }));
    const { container } = render(<PopupApp actions={actions} />);
    await screen.findByText(/Extensions can’t read this page/);
    for (const item of SUMMARY_ITEMS) {
      expect(screen.getByText(item.statement)).toBeTruthy();
      for (const quote of item.quotes) expect(container.textContent).toContain(quote);
    }
    expect(container.querySelector('.citation')?.textContent).toContain('February 15, 2018');
  });

  it('says how many mentions are hidden and shows them again for this page', async () => {
    const actions = makeActions(() => Promise.resolve({ kind: 'ready', page: page({ hiddenCount: 2 }) }));
    render(<PopupApp actions={actions} />);
    expect(await screen.findByText(/2 mentions are hidden on this page/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show again' }));
    expect(actions.restoreHidden).toHaveBeenCalledWith('https://example.com/news/story');
  });

  it('says nothing about hidden mentions when there are none', async () => {
    const actions = makeActions(() => Promise.resolve({ kind: 'ready', page: page() }));
    render(<PopupApp actions={actions} />);
    await screen.findByRole('list', { name: 'Mentions on this page' });
    expect(screen.queryByRole('button', { name: 'Show again' })).toBeNull();
  });

  it('opens the options', async () => {
    const actions = makeActions(() => Promise.resolve({ kind: 'unsupported' }));
    render(<PopupApp actions={actions} />);
    fireEvent.click(screen.getByRole('button', { name: 'Options' }));
    expect(actions.openOptions).toHaveBeenCalledTimes(1);
  });
});
