/**
 * Loads the module of an element when a page first uses its tag, so a page pays only for the elements it has: at once
 * when the document already holds the tag, else when one is added to it. Tags inside shadow roots are not seen (a
 * document's observer does not look into them): for those, call the returned function, which loads the module once
 * and resolves with what it resolves with.
 *
 * A module that cannot be loaded (a site that copied the bundle without the files beside it) is said once on the
 * console, naming the tag and the file; the elements already on the page stay as they are.
 */
export function defineOnUse<T>(tag: string, file: string, load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  const loadOnce = (): Promise<T> => {
    loading ??= load().catch((error: unknown) => {
      console.error(`<${tag}> could not be loaded from ${file}, beside the call-log-elements script: ${String(error)}`);
      throw error;
    });
    return loading;
  };
  const start = (): void => {
    observer?.disconnect();
    // Seen by the page only through the console message above.
    loadOnce().catch(() => undefined);
  };
  const holdsTag = (node: Node): boolean =>
    node instanceof Element && (node.localName === tag || node.getElementsByTagName(tag).length > 0);
  let observer: MutationObserver | undefined;
  if (typeof document === 'undefined') return loadOnce;
  if (document.getElementsByTagName(tag).length > 0) {
    start();
  } else {
    observer = new MutationObserver((records) => {
      if (records.some((record) => [...record.addedNodes].some(holdsTag))) start();
    });
    observer.observe(document, { childList: true, subtree: true });
  }
  return loadOnce;
}
