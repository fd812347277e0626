// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, sanitizeSettings, type Settings } from '../lib/settings';
import { OptionsApp, type OptionsStore } from './OptionsApp';

afterEach(cleanup);

function makeStore(initial: Partial<Settings> = {}, sites: string[] = []) {
  let settings: Settings = { ...DEFAULT_SETTINGS, ...initial };
  let disabledSites = [...sites];
  const store = {
    load: vi.fn(() => Promise.resolve({ settings: { ...settings }, disabledSites: [...disabledSites] })),
    save: vi.fn((patch: Partial<Settings>) => {
      settings = sanitizeSettings({ ...settings, ...patch });
      return Promise.resolve({ ...settings });
    }),
    enableSite: vi.fn((site: string) => {
      disabledSites = disabledSites.filter((entry) => entry !== site);
      return Promise.resolve([...disabledSites]);
    }),
  } satisfies OptionsStore;
  return store;
}

function control<T extends HTMLElement>(name: string): T {
  const element = document.querySelector<T>(`[name="${name}"]`);
  if (!element) throw new Error(`no control named ${name}`);
  return element;
}

async function renderLoaded(store: OptionsStore) {
  render(<OptionsApp store={store} />);
  await screen.findByRole('heading', { name: /options/ });
}

describe('OptionsApp', () => {
  it('shows “Loading…” until the settings arrive', () => {
    render(<OptionsApp store={{ ...makeStore(), load: () => new Promise(() => {}) }} />);
    expect(screen.getByText('Loading…')).toBeTruthy();
  });

  it('loads the settings into the controls', async () => {
    const store = makeStore({
      enabled: false,
      hoverToOpen: true,
      hoverDelayMs: 900,
      autoOpenFirst: true,
      sensitivity: 'broad',
    });
    await renderLoaded(store);
    expect(control<HTMLInputElement>('enabled').checked).toBe(false);
    expect(control<HTMLInputElement>('hoverToOpen').checked).toBe(true);
    expect(control<HTMLInputElement>('autoOpenFirst').checked).toBe(true);
    expect(control<HTMLInputElement>('hoverDelayMs').value).toBe('900');
    expect(control<HTMLInputElement>('hoverDelayMs').disabled).toBe(false);
    expect(control<HTMLSelectElement>('sensitivity').value).toBe('broad');
  });

  it('saves hoverToOpen: false when hover is switched off, and disables the delay', async () => {
    const store = makeStore();
    await renderLoaded(store);
    fireEvent.click(control<HTMLInputElement>('hoverToOpen'));
    expect(store.save).toHaveBeenCalledWith({ hoverToOpen: false });
    await waitFor(() => expect(control<HTMLInputElement>('hoverDelayMs').disabled).toBe(true));
    expect(control<HTMLInputElement>('hoverToOpen').checked).toBe(false);
    expect(screen.getByRole('status').textContent).toBe('Saved.');
  });

  it('saves the other switches by their own keys', async () => {
    const store = makeStore();
    await renderLoaded(store);
    fireEvent.click(control<HTMLInputElement>('enabled'));
    expect(store.save).toHaveBeenLastCalledWith({ enabled: false });
    fireEvent.click(control<HTMLInputElement>('autoOpenFirst'));
    expect(store.save).toHaveBeenLastCalledWith({ autoOpenFirst: true });
  });

  it('saves the delay as a number and the sensitivity', async () => {
    const store = makeStore();
    await renderLoaded(store);
    const delay = control<HTMLInputElement>('hoverDelayMs');
    delay.value = '1200';
    fireEvent.change(delay);
    expect(store.save).toHaveBeenLastCalledWith({ hoverDelayMs: 1200 });
    const sensitivity = control<HTMLSelectElement>('sensitivity');
    sensitivity.value = 'strict';
    fireEvent.change(sensitivity);
    expect(store.save).toHaveBeenLastCalledWith({ sensitivity: 'strict' });
  });

  it('shows the value the store settled on after a save', async () => {
    const store = makeStore();
    await renderLoaded(store);
    const delay = control<HTMLInputElement>('hoverDelayMs');
    delay.value = '10';
    fireEvent.change(delay);
    await waitFor(() => expect(control<HTMLInputElement>('hoverDelayMs').value).toBe('150'));
  });

  it('lists each disabled site, and “Remove” turns it back on', async () => {
    const store = makeStore({}, ['a.example', 'b.example']);
    await renderLoaded(store);
    const list = document.querySelector('ul.sites')!;
    expect([...list.querySelectorAll('li span')].map((span) => span.textContent)).toEqual(['a.example', 'b.example']);
    expect(screen.getAllByRole('button', { name: /^Turn back on for / })).toHaveLength(2);

    const remove = screen.getByRole('button', { name: 'Turn back on for a.example' });
    expect(remove.textContent).toBe('Remove');
    fireEvent.click(remove);
    expect(store.enableSite).toHaveBeenCalledWith('a.example');
    await waitFor(() => expect(screen.queryByText('a.example')).toBeNull());
    expect(screen.getByText('b.example')).toBeTruthy();
  });

  it('shows the hint when no site is disabled, and after the last one is removed', async () => {
    const store = makeStore({}, ['only.example']);
    await renderLoaded(store);
    expect(screen.queryByText(/^None\./)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Turn back on for only.example' }));
    expect(await screen.findByText(/^None\. Use “Don’t show on this site”/)).toBeTruthy();
    expect(document.querySelector('ul.sites')).toBeNull();
    cleanup();
    await renderLoaded(makeStore());
    expect(screen.getByText(/^None\. Use “Don’t show on this site”/)).toBeTruthy();
  });
});
