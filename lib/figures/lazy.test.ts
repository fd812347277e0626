import { describe, expect, it } from 'vitest';
import { lazy } from './lazy';

describe('lazy', () => {
  it('builds nothing until asked, then builds once', () => {
    let builds = 0;
    const value = lazy(() => {
      builds++;
      return /x/g;
    });
    expect(builds).toBe(0);
    const first = value();
    expect(value()).toBe(first);
    expect(builds).toBe(1);
  });
});
