// Moving between the popup's rows with the keyboard: every row is an element marked [data-row],
// in reading order across the sections.

export function rowsIn(root: ParentNode | null): HTMLElement[] {
  return root ? [...root.querySelectorAll<HTMLElement>('[data-row]')] : [];
}

export function focusRow(row: HTMLElement | null | undefined): void {
  row?.focus();
}

/** The row after (+1) or before (-1) the one holding the focus; the first one when none does. */
export function neighbourRow(
  root: ParentNode | null,
  from: Element | null,
  step: 1 | -1,
): HTMLElement | null {
  const rows = rowsIn(root);
  if (rows.length === 0) return null;
  const current = from?.closest<HTMLElement>('[data-row]');
  const index = current ? rows.indexOf(current) : -1;
  if (index === -1) return rows[0] ?? null;
  return rows[Math.min(rows.length - 1, Math.max(0, index + step))] ?? null;
}
