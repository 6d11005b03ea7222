// In lib/mail/: only the adapters' folder reads a webmail's DOM (DESIGN.md); this reading is shared by both.
// Whether the webmail shows a dark or a light theme, so the panel matches the page rather than the
// operating system (Gmail and Outlook have their own theme settings). Read from the computed
// background of the page's main surfaces; null when nothing opaque says (then the panel follows
// prefers-color-scheme).

/** sRGB relative luminance of an `rgb(a)` (or hex) colour; null when transparent or unreadable. */
export function luminance(color: string): number | null {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (hex) {
    const h = hex[1] ?? '';
    const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
    return luminance(`rgb(${[0, 2, 4].map((i) => Number.parseInt(full.slice(i, i + 2), 16)).join(', ')})`);
  }
  const m = /rgba?\(\s*(\d+)[,\s]+(\d+)[,\s]+(\d+)(?:[,\s/]+([\d.]+%?))?\s*\)/.exec(color);
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number.parseFloat(m[4]) / 100 : Number(m[4]);
  if (alpha < 0.5) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The page's theme from its main region, its body and its root, the first that is opaque. */
export function pageTheme(doc: Document): 'dark' | 'light' | null {
  const view = doc.defaultView;
  if (!view) return null;
  const surfaces = [doc.querySelector('[role="main"]'), doc.body, doc.documentElement];
  for (const element of surfaces) {
    if (!element) continue;
    const l = luminance(view.getComputedStyle(element).backgroundColor);
    if (l !== null) return l < 0.2 ? 'dark' : 'light';
  }
  return null;
}
