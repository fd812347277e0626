import { describe, expect, it } from 'vitest';
import { badgeText, isPageState, isToBackground, isToContent, type MentionView, type PageState } from './messages';

const mention: MentionView = {
  id: 1,
  text: 'Deir ez-Zor',
  snippet: 'US strikes near Deir ez-Zor…',
  score: 0.9,
  cues: ['Deir ez-Zor', 'Wagner'],
  against: [],
};

const state: PageState = {
  host: 'example.com',
  page: 'https://example.com/news/story',
  hiddenCount: 0,
  enabled: true,
  siteDisabled: false,
  scanComplete: true,
  mentions: [mention],
};

describe('isToBackground', () => {
  it('accepts a mention count', () => {
    expect(isToBackground({ type: 'mention-count', count: 0 })).toBe(true);
    expect(isToBackground({ type: 'mention-count', count: 7 })).toBe(true);
    expect(isToBackground({ type: 'mention-count', count: 999_999 })).toBe(true);
  });

  it('accepts a request to open the article, with or without an item id', () => {
    expect(isToBackground({ type: 'open-article' })).toBe(true);
    expect(isToBackground({ type: 'open-article', itemId: 'casualties-initial' })).toBe(true);
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'mention-count'],
    ['a number', 3],
    ['an array', [{ type: 'mention-count', count: 1 }]],
    ['an array with type fields', Object.assign(['x'], { type: 'mention-count', count: 1 })],
    ['a wrong type', { type: 'get-state', count: 1 }],
    ['a missing count', { type: 'mention-count' }],
    ['a string count', { type: 'mention-count', count: '3' }],
    ['a negative count', { type: 'mention-count', count: -1 }],
    ['a float count', { type: 'mention-count', count: 1.5 }],
    ['a huge count', { type: 'mention-count', count: 1_000_000 }],
    ['an infinite count', { type: 'mention-count', count: Infinity }],
    ['a NaN count', { type: 'mention-count', count: NaN }],
    ['a nested message', { type: { type: 'mention-count' }, count: 1 }],
    ['a message wrapped in another', { message: { type: 'mention-count', count: 1 } }],
    ['an open-article with a numeric item id', { type: 'open-article', itemId: 3 }],
    ['an open-article with a null item id', { type: 'open-article', itemId: null }],
    ['an open-article with an item id that is not an id', { type: 'open-article', itemId: '../../etc' }],
    ['an open-article with an overlong item id', { type: 'open-article', itemId: 'a'.repeat(41) }],
    ['an open-article with a nested item id', { type: 'open-article', itemId: { id: 'attack' } }],
  ])('rejects %s', (_label, message) => {
    expect(isToBackground(message)).toBe(false);
  });
});

describe('isToContent', () => {
  it('accepts each command', () => {
    expect(isToContent({ type: 'get-state' })).toBe(true);
    expect(isToContent({ type: 'next-mention' })).toBe(true);
    expect(isToContent({ type: 'reveal-mention', id: 0 })).toBe(true);
    expect(isToContent({ type: 'reveal-mention', id: 42 })).toBe(true);
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'get-state'],
    ['an array', [{ type: 'get-state' }]],
    ['an unknown type', { type: 'delete-everything' }],
    ['a missing type', {}],
    ['a type of the wrong case', { type: 'GET-STATE' }],
    ['a reveal without id', { type: 'reveal-mention' }],
    ['a reveal with a string id', { type: 'reveal-mention', id: '1' }],
    ['a reveal with a negative id', { type: 'reveal-mention', id: -1 }],
    ['a reveal with a float id', { type: 'reveal-mention', id: 0.5 }],
    ['a reveal with a huge id', { type: 'reveal-mention', id: 1e12 }],
    ['a reveal with a nested id', { type: 'reveal-mention', id: { id: 1 } }],
    ['a wrapped command', { message: { type: 'get-state' } }],
    ['a mention-count message', { type: 'mention-count', count: 1 }],
  ])('rejects %s', (_label, message) => {
    expect(isToContent(message)).toBe(false);
  });
});

describe('isPageState', () => {
  it('accepts a well-formed state, with and without mentions', () => {
    expect(isPageState(state)).toBe(true);
    expect(isPageState({ ...state, mentions: [] })).toBe(true);
    expect(isPageState({ ...state, host: '', scanComplete: false })).toBe(true);
    expect(isPageState({ ...state, hiddenCount: 3 })).toBe(true);
    expect(isPageState({ ...state, mentions: [mention, { ...mention, id: 2, against: ['siege'] }] })).toBe(true);
  });

  it('rejects non-objects', () => {
    expect(isPageState(null)).toBe(false);
    expect(isPageState(undefined)).toBe(false);
    expect(isPageState('state')).toBe(false);
    expect(isPageState([state])).toBe(false);
  });

  it.each(['host', 'page', 'hiddenCount', 'enabled', 'siteDisabled', 'scanComplete', 'mentions'] as const)(
    'rejects a state without %s',
    (key) => {
      const broken: Record<string, unknown> = { ...state };
      delete broken[key];
      expect(isPageState(broken)).toBe(false);
    },
  );

  it.each([
    ['a numeric host', { host: 1 }],
    ['a numeric page', { page: 42 }],
    ['a negative hiddenCount', { hiddenCount: -1 }],
    ['a float hiddenCount', { hiddenCount: 1.5 }],
    ['a huge hiddenCount', { hiddenCount: 1e7 }],
    ['a string hiddenCount', { hiddenCount: '2' }],
    ['a string enabled', { enabled: 'true' }],
    ['a numeric siteDisabled', { siteDisabled: 0 }],
    ['a null scanComplete', { scanComplete: null }],
    ['mentions as an object', { mentions: { 0: mention } }],
    ['a null mention', { mentions: [null] }],
    ['a mention that is an array', { mentions: [[mention]] }],
    ['a mention with a negative id', { mentions: [{ ...mention, id: -3 }] }],
    ['a mention with a float id', { mentions: [{ ...mention, id: 1.25 }] }],
    ['a mention with a huge id', { mentions: [{ ...mention, id: 5_000_000 }] }],
    ['a mention with a numeric text', { mentions: [{ ...mention, text: 5 }] }],
    ['a mention without snippet', { mentions: [{ ...mention, snippet: undefined }] }],
    ['a mention with a string score', { mentions: [{ ...mention, score: '0.9' }] }],
    ['a mention with non-string cues', { mentions: [{ ...mention, cues: ['ok', 3] }] }],
    ['a mention with cues as a string', { mentions: [{ ...mention, cues: 'Wagner' }] }],
    ['a mention with nested against', { mentions: [{ ...mention, against: [['siege']] }] }],
    ['one bad mention among good ones', { mentions: [mention, { ...mention, id: 'x' }] }],
  ])('rejects %s', (_label, patch) => {
    expect(isPageState({ ...state, ...patch })).toBe(false);
  });

  it('rejects a state nested one level too deep', () => {
    expect(isPageState({ page: state })).toBe(false);
  });
});

describe('badgeText', () => {
  it('is empty for zero (and anything below)', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(-4)).toBe('');
  });

  it('shows small counts as they are', () => {
    expect(badgeText(1)).toBe('1');
    expect(badgeText(7)).toBe('7');
    expect(badgeText(99)).toBe('99');
  });

  it('caps large counts at 99+', () => {
    expect(badgeText(100)).toBe('99+');
    expect(badgeText(150)).toBe('99+');
  });
});
