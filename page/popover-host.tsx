// Owns the popover's shadow root: mounts it on first use (pages without
// mentions never get one), renders the Preact popover into it, keeps it beside
// its mention while the page scrolls, and closes it on Escape, a click outside
// or its close button, giving keyboard focus back to where it was.

import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Popover } from '../components/Popover';
import uiCss from '../components/ui.css?inline';
import { anchorRect } from './hit-test';
import { placePopover } from './position';
import { compareWithArticle } from '../lib/figures/compare';
import { extractClaims } from '../lib/figures/extract';
import { findPageDate } from './page-date';
import { toView, type PageMention } from './scanner';

export const UI_HOST_NAME = 'dz2018-context';

// The host is a zero-size fixed box: it can never push page content around.
const HOST_CSS = `:host{all:initial!important;position:fixed!important;top:0!important;left:0!important;width:0!important;height:0!important;margin:0!important;padding:0!important;border:0!important;z-index:2147483647!important;display:block!important;overflow:visible!important;direction:ltr!important;}
.popover-frame{position:absolute;top:0;left:0;}
html,body{margin:0;padding:0;}`;

export interface PopoverCallbacks {
  onOpenArticle: () => void;
  onDisableSite: () => void;
  onNotAbout: (mention: PageMention) => void;
  onNext: () => void;
  onClosed: () => void;
}

export interface OpenOptions {
  index: number;
  total: number;
  /** True when opened from the keyboard or a click: focus moves in. */
  takeFocus: boolean;
}

export class PopoverHost {
  private ui: ShadowRootContentScriptUi<void> | null = null;
  private frame: HTMLElement | null = null;
  private mention: PageMention | null = null;
  private returnFocus: HTMLElement | null = null;
  private repositionQueued = false;
  /** The host page's date, read once at the first opening. */
  private pageDate: string | null | undefined;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly callbacks: PopoverCallbacks,
  ) {}

  get openMention(): PageMention | null {
    return this.mention;
  }

  /** True when the event happened inside our popover. */
  contains(event: Event): boolean {
    return this.ui !== null && event.composedPath().includes(this.ui.shadowHost);
  }

  async open(mention: PageMention, options: OpenOptions): Promise<void> {
    await this.ensureMounted();
    if (this.ctx.isInvalid || !this.frame) return;
    if (!this.mention) {
      const active = document.activeElement;
      this.returnFocus = active instanceof HTMLElement && active !== document.body ? active : null;
    }
    this.mention = mention;
    if (this.pageDate === undefined) this.pageDate = findPageDate(document)?.date ?? null;
    render(
      <Popover
        mention={toView(mention)}
        index={options.index}
        total={options.total}
        takeFocus={options.takeFocus}
        comparison={compareWithArticle(extractClaims(mention.passage))}
        pageDate={this.pageDate}
        onOpenArticle={this.callbacks.onOpenArticle}
        onClose={() => this.close()}
        onDisableSite={this.callbacks.onDisableSite}
        onNotAbout={() => this.callbacks.onNotAbout(mention)}
        onNext={this.callbacks.onNext}
      />,
      this.frame,
    );
    this.reposition();
  }

  close(restoreFocus = true): void {
    if (!this.mention || !this.frame || !this.ui) return;
    // Give focus back only if it is still ours: a click elsewhere put it where the reader wanted it.
    const hadFocus = this.ui.shadow.activeElement !== null;
    render(null, this.frame);
    this.mention = null;
    if (restoreFocus && hadFocus) {
      if (this.returnFocus?.isConnected) this.returnFocus.focus({ preventScroll: true });
      else (document.activeElement as HTMLElement | null)?.blur?.();
    }
    this.returnFocus = null;
    this.callbacks.onClosed();
  }

  /** Call on scroll and resize: the popover follows its mention. */
  scheduleReposition(): void {
    if (!this.mention || this.repositionQueued) return;
    this.repositionQueued = true;
    this.ctx.requestAnimationFrame(() => {
      this.repositionQueued = false;
      this.reposition();
    });
  }

  dispose(): void {
    if (this.frame) render(null, this.frame);
    this.ui?.remove();
    this.ui = null;
    this.frame = null;
    this.mention = null;
  }

  private reposition(): void {
    if (!this.mention || !this.frame) return;
    const popover = this.frame.firstElementChild as HTMLElement | null;
    if (!popover) return;
    // Measure the popover at its natural height (up to its CSS limit), then fit it.
    popover.style.maxHeight = '';
    const size = popover.getBoundingClientRect();
    const place = placePopover(
      anchorRect(this.mention.range),
      { width: size.width, height: size.height },
      { width: document.documentElement.clientWidth, height: window.innerHeight },
    );
    this.frame.style.top = `${place.top}px`;
    this.frame.style.left = `${place.left}px`;
    this.frame.dataset.side = place.side;
    if (place.maxHeight < size.height) popover.style.maxHeight = `${place.maxHeight}px`;
  }

  private async ensureMounted(): Promise<ShadowRootContentScriptUi<void>> {
    if (this.ui) return this.ui;
    const ui = await createShadowRootUi<void>(this.ctx, {
      name: UI_HOST_NAME,
      position: 'inline',
      anchor: () => document.body ?? document.documentElement,
      append: 'last',
      inheritStyles: true,
      isolateEvents: true,
      css: `${HOST_CSS}\n${uiCss}`,
      onMount: (container) => {
        const frame = document.createElement('div');
        frame.className = 'popover-frame';
        container.append(frame);
        this.frame = frame;
      },
    });
    ui.mount();
    this.ui = ui;
    return ui;
  }
}
