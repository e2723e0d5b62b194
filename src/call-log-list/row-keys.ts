/** What a key pressed on a row does: move the tab stop to another row, or expand or collapse this one. */
export type RowKeyAction = { move: number } | 'toggle' | 'expand' | 'collapse' | undefined;

/**
 * The action of `key` on the row at `index` of `count` rows: ↑ ↓ Home End move (within the rows), Space toggles the
 * details, → opens and ← closes them (the other way round right to left, where the reading goes the other way). Any
 * other key is left to the browser.
 */
export function rowKeyAction(key: string, index: number, count: number, rtl = false): RowKeyAction {
  switch (key) {
    case 'ArrowDown':
      return { move: Math.min(index + 1, count - 1) };
    case 'ArrowUp':
      return { move: Math.max(index - 1, 0) };
    case 'Home':
      return { move: 0 };
    case 'End':
      return { move: count - 1 };
    case ' ':
      return 'toggle';
    case 'ArrowRight':
      return rtl ? 'collapse' : 'expand';
    case 'ArrowLeft':
      return rtl ? 'expand' : 'collapse';
    default:
      return undefined;
  }
}
