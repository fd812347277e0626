// How the content script behaves on big pages, measured in real Chromium with
// the built extension: the longest single task it runs on the page's main
// thread, the sum of its work, and the time until the page is fully read.
// Reads a Chrome trace (CDP Tracing), so the figures are the browser's own.
// Run: npm run bench:page   (-- --top lists the longest tasks and what filled them)

import type { Page } from 'playwright-core';
import { serveDemo } from './serve';
import { badgeOf, launchChromium, tabIdOf, type ChromiumSession } from '../tests/e2e/chromium-harness';

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  ts: number;
  tid: number;
  args?: { data?: { url?: string; scriptName?: string } };
}

const MENTION =
  'On the night of February 7, 2018, pro-government fighters, among them Russian contractors of the Wagner group, attacked a Syrian Democratic Forces headquarters near Deir ez-Zor where US advisers were stationed. ';
const FILLER =
  'The council met on Tuesday to discuss the budget, the new tram line and the state of the city’s parks, and residents spoke for and against each plan in turn. ';

function bigPage(paragraphs: number, withMentions: boolean): string {
  const body: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    const mention = withMentions && i % 100 === 0;
    body.push(`<p>${mention ? MENTION : ''}${FILLER.repeat(3)}<a href="#">link ${i}</a> <em>${FILLER}</em></p>`);
  }
  return `<!doctype html><html><head><meta charset="utf-8"><title>Big page</title></head><body><main>${body.join('\n')}</main></body></html>`;
}

async function trace(session: ChromiumSession, page: Page, url: string, expectedMarks: number) {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  // The trace events' shapes are looser than the CDP types say; read them as plain data.
  const raw = cdp as unknown as { on: (event: string, listener: (payload: { value: TraceEvent[] }) => void) => void };
  raw.on('Tracing.dataCollected', (payload) => events.push(...payload.value));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    categories: 'toplevel,devtools.timeline,disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  });
  const started = Date.now();
  await page.goto(url);
  // Fully read: the badge shows the expected count (asked of the extension, so
  // no script of the test runs in the page while it is traced); without
  // mentions, a quiet 1.5 s.
  if (expectedMarks > 0) {
    const tabId = await tabIdOf(session, page);
    while ((await badgeOf(session, tabId)) !== String(expectedMarks)) await page.waitForTimeout(20);
  } else {
    await page.waitForTimeout(1500);
  }
  const readMs = Date.now() - started;
  await cdp.send('Tracing.end');
  await done;
  // The bench pages run no script of their own, and the test runs none in them
  // while tracing: every main-thread task that runs JavaScript is ours. (Slices
  // resumed by scheduler.yield() or a message carry no script URL, so tasks
  // cannot be told apart by URL.) A task's length is how long we held the
  // main thread.
  const script = events.find(
    (event) => event.name === 'EvaluateScript' && (event.args?.data?.url ?? '').startsWith('chrome-extension://'),
  );
  const JS = new Set([
    'FunctionCall',
    'RunMicrotasks',
    'EvaluateScript',
    'TimerFire',
    'v8.callFunction',
    'RunYieldContinuation',
  ]);
  const js = events.filter((event) => event.ph === 'X' && event.tid === script?.tid && JS.has(event.name));
  const tasks = events.filter(
    (event) =>
      event.ph === 'X' &&
      event.name === 'RunTask' &&
      event.tid === script?.tid &&
      event.ts + (event.dur ?? 0) >= (script?.ts ?? 0),
  );
  const ours = tasks.filter((task) => js.some((call) => call.ts >= task.ts && call.ts <= task.ts + (task.dur ?? 0)));
  if (process.argv.includes('--top')) {
    // The four longest tasks, with what took more than 2 ms inside each.
    for (const task of [...ours].sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0)).slice(0, 4)) {
      const end = task.ts + (task.dur ?? 0);
      const inside = events.filter(
        (e) => e.tid === task.tid && e.ph === 'X' && e.ts >= task.ts && e.ts <= end && (e.dur ?? 0) > 2000,
      );
      console.log(
        `  ${((task.dur ?? 0) / 1000).toFixed(1)} ms: ${inside.map((e) => `${e.name} ${((e.dur ?? 0) / 1000).toFixed(1)}`).join(', ')}`,
      );
    }
  }
  const durations = ours.map((event) => (event.dur ?? 0) / 1000).sort((a, b) => b - a);
  return {
    tasks: durations.length,
    longestMs: durations[0] ?? 0,
    p95Ms: durations[Math.floor(durations.length * 0.05)] ?? 0,
    totalMs: durations.reduce((sum, value) => sum + value, 0),
    readMs,
  };
}

const server = await serveDemo();
const pages = new Map<string, { html: string; marks: number }>([
  ['/bench/with-mentions', { html: bigPage(2000, true), marks: 20 }],
  ['/bench/without-mentions', { html: bigPage(2000, false), marks: 0 }],
]);
server.server.removeAllListeners('request');
server.server.on('request', (request, response) => {
  const entry = pages.get(request.url ?? '');
  if (!entry) return void response.writeHead(404).end();
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(entry.html);
});

const session = await launchChromium();
console.log('| page | text | our tasks | longest task | 95th percentile | our total | until fully read |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const [path, { html, marks }] of pages) {
  const page = await session.context.newPage();
  const result = await trace(session, page, `${server.origin}${path}`, marks);
  const textKb = Math.round(html.replace(/<[^>]+>/g, '').length / 1024);
  console.log(
    `| ${path} | ${textKb} kB | ${result.tasks} | ${result.longestMs.toFixed(1)} ms | ${result.p95Ms.toFixed(1)} ms | ${result.totalMs.toFixed(0)} ms | ${result.readMs} ms |`,
  );
  await page.close();
}
await session.close();
await server.close();
