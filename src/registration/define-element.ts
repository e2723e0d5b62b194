/** Tags already warned about, so a page that registers repeatedly warns once per tag. */
const warned = new Set<string>();

/**
 * Marks a class this package registered, with its tag. `Symbol.for` is shared by every copy of the package on a page
 * (the script loaded twice, the module and the classic bundle together), so a second copy knows the first's classes.
 */
const REGISTERED_TAG = Symbol.for('call-log-elements.registered-tag');

function warnOnce(tag: string, message: string): void {
  if (warned.has(tag)) return;
  warned.add(tag);
  console.warn(message);
}

/**
 * Registers `element` as `tag`. Calling it again is harmless: a second load of the script, or the module and the
 * classic script on one page, keep the first registration, silently. A tag taken by a class from elsewhere, or one
 * that cannot be registered, warns once and never throws, so one broken embed cannot break the page.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing) {
    const ours = (existing as unknown as Record<symbol, unknown>)[REGISTERED_TAG] === tag;
    if (!ours && existing !== element && !(existing.prototype instanceof element)) {
      warnOnce(tag, `<${tag}> is already defined by another class; ${element.name} was not registered as "${tag}".`);
    }
    return;
  }
  try {
    // A constructor can be registered under one tag only: a second tag gets a subclass of its own.
    const registered = customElements.getName?.(element);
    const registering = registered ? class extends (element as typeof HTMLElement) {} : element;
    customElements.define(tag, registering);
    Object.defineProperty(registering, REGISTERED_TAG, { value: tag });
  } catch (error) {
    warnOnce(tag, `${element.name} could not be registered as "${tag}": ${(error as Error).message}`);
  }
}
