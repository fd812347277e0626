// Where the content script spends its time on a page, by function: the
// Chrome CPU profiler's self time over three loads of a demo page, with the
// built extension in headless Chromium. The bundle is minified; the names
// and positions point into .output/chrome-mv3/content-scripts/content.js.
// Run: npm run profile:page [-- PAGE]   (default: city-council.html, a page without a name the detector knows)

import { launchChromium } from '../tests/e2e/chromium-harness';
import { serveDemo } from './serve';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const LOADS = 3;
const pageName = process.argv[2] ?? 'city-council.html';
const server = await serveDemo(0);
const session = await launchChromium();
const page = await session.context.newPage();
const selfMs = new Map<string, number>();
try {
  for (let load = 0; load < LOADS; load++) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.goto(`${server.origin}/${pageName}?load=${load}`);
    await page.waitForTimeout(1500);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    profile.samples.forEach((id, i) => {
      const { functionName, url, lineNumber, columnNumber } = byId.get(id)!.callFrame;
      // The extension's own functions, and the engine's work they cause (no page script runs).
      if (url !== '' && !url.startsWith('chrome-extension://')) return;
      if (functionName === '(idle)' || functionName === '(program)') return; // (program): the renderer's own work, the page's too
      const where = url === '' ? '' : ` ${url.split('/').pop()}:${lineNumber + 1}:${columnNumber + 1}`;
      const key = `${functionName || '(top level)'}${where}`.slice(0, 100);
      selfMs.set(key, (selfMs.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
    await cdp.detach();
  }
} finally {
  await session.close();
  await server.close();
}
console.log(`self time per load of ${pageName} (mean of ${LOADS}):`);
for (const [key, ms] of [...selfMs].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
  console.log(`${(ms / LOADS).toFixed(1).padStart(7)} ms  ${key}`);
}
