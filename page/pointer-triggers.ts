// How a reader opens and closes the popover without the keyboard shortcut:
// a click on a mark, the pointer resting on one (after a delay), Escape, a
// click elsewhere. Highlights are not elements, so every test is by position.

import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { mentionAt } from './hit-test';
import type { PopoverHost } from './popover-host';
import type { PageMention } from './scanner';

export interface PointerTriggerOptions {
  mentions: () => readonly PageMention[];
  popover: PopoverHost;
  open: (mention: PageMention, takeFocus: boolean) => void;
  /** Read at every move, so a settings change applies at once. */
  hover: () => { enabled: boolean; delayMs: number };
}

export function watchPointer(ctx: ContentScriptContext, options: PointerTriggerOptions): void {
  const { popover } = options;
  let hoverTimer: number | undefined;
  let hovered: PageMention | undefined;

  ctx.addEventListener(document, 'click', (event: MouseEvent) => {
    if (popover.contains(event)) return;
    // A click decides: no pending hover may reopen or replace what it did.
    window.clearTimeout(hoverTimer);
    const mentions = options.mentions();
    const mention = mentions.length > 0 ? mentionAt(mentions, event.clientX, event.clientY) : undefined;
    // detail 0: a click made with the keyboard, so focus moves into the popover.
    if (mention) options.open(mention, event.detail === 0);
    else popover.close();
  });

  ctx.addEventListener(
    document,
    'mousemove',
    (event: MouseEvent) => {
      const hover = options.hover();
      const mentions = options.mentions();
      if (!hover.enabled || mentions.length === 0 || popover.contains(event)) return;
      const mention = mentionAt(mentions, event.clientX, event.clientY);
      if (mention === hovered) return;
      hovered = mention;
      window.clearTimeout(hoverTimer);
      if (mention && mention !== popover.openMention) {
        hoverTimer = ctx.setTimeout(() => {
          if (hovered === mention) options.open(mention, false);
        }, hover.delayMs);
      }
    },
    { passive: true },
  );

  ctx.addEventListener(
    document,
    'keydown',
    (event: KeyboardEvent) => {
      if (event.key === 'Escape' && popover.openMention) {
        window.clearTimeout(hoverTimer);
        popover.close();
      }
    },
    { capture: true },
  );

  // The popover follows its mention.
  const follow = () => popover.scheduleReposition();
  ctx.addEventListener(document, 'scroll', follow, { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', follow, { passive: true });
}
