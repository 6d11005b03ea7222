// French typography puts a non-breaking space before : and inside « », and a narrow one before ? ! ;
// (Imprimerie nationale). Templates are written with ordinary spaces, readable in source, and this
// makes them unbreakable so a compose box never wraps a lone "?" onto the next line.
const NBSP = '\u00a0';
const NARROW_NBSP = '\u202f';

export function frenchSpacing(text: string): string {
  return text
    .replace(/ ([?!;])/g, `${NARROW_NBSP}$1`)
    .replace(/ :/g, `${NBSP}:`)
    .replace(/« /g, `«${NBSP}`)
    .replace(/ »/g, `${NBSP}»`);
}
