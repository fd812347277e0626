import { useEffect, useState } from 'preact/hooks';
import { HOVER_DELAY_RANGE, type Settings } from '../lib/settings';

export interface OptionsStore {
  load: () => Promise<{ settings: Settings; disabledSites: string[] }>;
  save: (patch: Partial<Settings>) => Promise<Settings>;
  enableSite: (site: string) => Promise<string[]>;
}

export function OptionsApp({ store }: { store: OptionsStore }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [sites, setSites] = useState<string[]>([]);
  const [saved, setSaved] = useState('');

  useEffect(() => {
    void store.load().then(({ settings, disabledSites }) => {
      setSettings(settings);
      setSites(disabledSites);
    });
  }, []);

  if (!settings) return <p>Loading…</p>;

  const save = async (patch: Partial<Settings>) => {
    setSettings(await store.save(patch));
    setSaved('Saved.');
  };
  const checkbox = (key: 'enabled' | 'hoverToOpen' | 'autoOpenFirst') => ({
    checked: settings[key],
    onChange: (event: Event) => void save({ [key]: (event.currentTarget as HTMLInputElement).checked }),
  });

  return (
    <main class="options">
      <h1>Deir ez-Zor 2018 Context — options</h1>
      <fieldset>
        <legend>Behaviour</legend>
        <label class="switch">
          <input type="checkbox" name="enabled" {...checkbox('enabled')} /> On everywhere
        </label>
        <label class="switch">
          <input type="checkbox" name="hoverToOpen" {...checkbox('hoverToOpen')} /> Open the popover when the pointer
          rests on a mark
        </label>
        <label class="field">
          Delay before it opens (milliseconds)
          <input
            type="number"
            name="hoverDelayMs"
            min={HOVER_DELAY_RANGE.min}
            max={HOVER_DELAY_RANGE.max}
            step={50}
            value={settings.hoverDelayMs}
            disabled={!settings.hoverToOpen}
            onChange={(event) => void save({ hoverDelayMs: Number((event.currentTarget as HTMLInputElement).value) })}
          />
        </label>
        <label class="switch">
          <input type="checkbox" name="autoOpenFirst" {...checkbox('autoOpenFirst')} /> Open the popover by itself
          beside the first mention on a page
        </label>
        <label class="field">
          Sensitivity
          <select
            name="sensitivity"
            value={settings.sensitivity}
            onChange={(event) =>
              void save({ sensitivity: (event.currentTarget as HTMLSelectElement).value as Settings['sensitivity'] })
            }
          >
            <option value="strict">Strict — fewer marks, almost never wrong</option>
            <option value="normal">Normal</option>
            <option value="broad">Broad — more marks, some may be about other events</option>
          </select>
        </label>
      </fieldset>
      <fieldset>
        <legend>Sites where it is off</legend>
        {sites.length === 0 ? (
          <p>None. Use “Don’t show on this site” in the popover or the toolbar popup to add one.</p>
        ) : (
          <ul class="sites">
            {sites.map((site) => (
              <li key={site}>
                <span>{site}</span>{' '}
                <button
                  type="button"
                  class="text-button"
                  aria-label={`Turn back on for ${site}`}
                  onClick={() => void store.enableSite(site).then(setSites)}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <p role="status" class="saved">
        {saved}
      </p>
    </main>
  );
}
