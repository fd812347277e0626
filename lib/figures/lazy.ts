/**
 * A value built on first use. The extractors' Unicode patterns cost
 * milliseconds to build, and the content script loads on every page while most
 * pages never need a figure: build them when a popover first does.
 */
export function lazy<T extends object>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}
