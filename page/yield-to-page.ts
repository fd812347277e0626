// Gives the main thread back to the page between slices of our work. Not a
// timer: browsers clamp timers in background tabs to a second or more, which
// turned a page's first reading into tens of seconds when it was read while
// another tab was in front. scheduler.yield() where the browser has it, else a
// message to ourselves, which is a task of its own but not throttled.

import type { ContentScriptContext } from 'wxt/utils/content-script-context';

interface Scheduler {
  yield?: () => Promise<void>;
}

export function createYieldToPage(ctx: ContentScriptContext): () => Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return () => scheduler.yield!();

  const channel = new MessageChannel();
  const waiting: (() => void)[] = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  ctx.onInvalidated(() => channel.port1.close());
  return () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      channel.port2.postMessage(null);
    });
}
