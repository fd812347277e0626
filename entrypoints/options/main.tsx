import { render } from 'preact';
import { OptionsApp, type OptionsStore } from '../../components/OptionsApp';
import '../../components/ui.css';
import { loadDisabledSites, loadSettings, saveSettings, setSiteDisabled } from '../../utils/storage';

const store: OptionsStore = {
  load: async () => ({ settings: await loadSettings(), disabledSites: await loadDisabledSites() }),
  save: saveSettings,
  enableSite: (site) => setSiteDisabled(site, false),
};

render(<OptionsApp store={store} />, document.getElementById('app')!);
