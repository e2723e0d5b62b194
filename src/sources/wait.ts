/**
 * Settles as `promise` does, or rejects with `aborted()` (by default the signal's reason) as soon as `signal` is or
 * becomes aborted, even when what `promise` waits for ignores the signal (a custom fetch, a body being read).
 */
export function untilAborted<T>(
  promise: Promise<T>,
  signal: AbortSignal | undefined,
  aborted = (): unknown => signal?.reason,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(aborted());
    if (signal?.aborted) onAbort();
    else signal?.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal?.removeEventListener('abort', onAbort));
  });
}

/**
 * Resolves after `ms` (0: on a later task, as a network answer would), or rejects with `aborted()` as soon as
 * `signal` is or becomes aborted, clearing the timer.
 */
export function wait(ms: number, signal: AbortSignal | undefined, aborted: () => Error): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const elapsed = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  return untilAborted(elapsed, signal, aborted).finally(() => clearTimeout(timer));
}
