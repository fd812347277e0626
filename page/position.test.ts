import { describe, expect, it } from 'vitest';
import { placePopover, type Placement, type Rect } from './position';

const viewport = { width: 1280, height: 800 };
const size = { width: 320, height: 240 };
const MARGIN = 8;
const GAP = 8;

function anchor(top: number, left: number, width = 80, height = 20): Rect {
  return { top, left, width, height };
}

function expectInside(
  place: Placement,
  popover: { width: number; height: number },
  view: { width: number; height: number },
) {
  expect(place.left).toBeGreaterThanOrEqual(MARGIN);
  expect(place.left + popover.width).toBeLessThanOrEqual(view.width - MARGIN);
  expect(place.top).toBeGreaterThanOrEqual(MARGIN);
  expect(place.top + popover.height).toBeLessThanOrEqual(view.height - MARGIN);
}

describe('placePopover', () => {
  it('goes below the anchor when there is room, aligned with its left edge', () => {
    const place = placePopover(anchor(100, 200), size, viewport);
    expect(place).toMatchObject({ side: 'below', top: 100 + 20 + GAP, left: 200 });
    expect(place.maxHeight).toBeGreaterThanOrEqual(size.height);
  });

  it('flips above the anchor near the bottom edge', () => {
    const place = placePopover(anchor(700, 200), size, viewport);
    expect(place.side).toBe('above');
    expect(place.top).toBe(700 - GAP - size.height);
    expect(place.top + size.height).toBeLessThanOrEqual(700);
    expectInside(place, size, viewport);
  });

  it('shifts left near the right edge', () => {
    const place = placePopover(anchor(100, 1200), size, viewport);
    expect(place.left).toBe(viewport.width - MARGIN - size.width);
    expect(place.left).toBeLessThan(1200);
    expectInside(place, size, viewport);
  });

  it('is never negative at the left edge', () => {
    const place = placePopover(anchor(100, -50), size, viewport);
    expect(place.left).toBe(MARGIN);
    expect(placePopover(anchor(100, 0), size, viewport).left).toBe(MARGIN);
  });

  it('stays inside a 360-px-wide viewport', () => {
    const phone = { width: 360, height: 640 };
    const popover = { width: 320, height: 200 };
    for (const left of [0, 20, 100, 200, 300, 350]) {
      for (const top of [10, 200, 400, 600]) {
        expectInside(placePopover(anchor(top, left, 60, 18), popover, phone), popover, phone);
      }
    }
  });

  it('stays within the top and bottom margins when neither side fits', () => {
    const short = { width: 1280, height: 300 };
    const tall = { width: 320, height: 260 };
    for (const top of [20, 100, 150, 250]) {
      const place = placePopover(anchor(top, 100), tall, short);
      const height = Math.min(tall.height, place.maxHeight);
      expect(place.top).toBeGreaterThanOrEqual(MARGIN);
      expect(place.top + height).toBeLessThanOrEqual(short.height - MARGIN);
    }
  });

  it('chooses the side with more room when neither fits', () => {
    const short = { width: 1280, height: 300 };
    const tall = { width: 320, height: 260 };
    expect(placePopover(anchor(30, 100), tall, short).side).toBe('below');
    expect(placePopover(anchor(250, 100), tall, short).side).toBe('above');
  });

  it('returns whole pixels', () => {
    const place = placePopover({ top: 100.4, left: 200.6, width: 80, height: 20.3 }, size, viewport);
    expect(Number.isInteger(place.top)).toBe(true);
    expect(Number.isInteger(place.left)).toBe(true);
  });
});

describe('placePopover with a popover taller than either side', () => {
  const view = { width: 1200, height: 900 };
  const tall = { width: 360, height: 560 };

  it('takes the roomier side and limits its height instead of covering the mention', () => {
    const mention = anchor(440, 150, 64, 19);
    const place = placePopover(mention, tall, view);
    expect(place.side).toBe('below');
    expect(place.top).toBe(440 + 19 + GAP);
    expect(place.maxHeight).toBe(900 - MARGIN - (440 + 19 + GAP));
    expect(place.top + place.maxHeight).toBeLessThanOrEqual(900 - MARGIN);
  });

  it('moves with the mention as the page scrolls', () => {
    const first = placePopover(anchor(440, 150, 64, 19), tall, view);
    const scrolled = placePopover(anchor(320, 150, 64, 19), tall, view);
    expect(first.top - scrolled.top).toBe(120);
  });

  it('goes above when there is more room there', () => {
    const place = placePopover(anchor(600, 150, 64, 19), tall, view);
    expect(place.side).toBe('above');
    expect(place.top + Math.min(tall.height, place.maxHeight)).toBeLessThanOrEqual(600 - GAP);
  });
});
