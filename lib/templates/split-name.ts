// A display name from a mail header, split for "Hi {firstName}". A wrong guess ends up in a greeting
// to a prospect, so when in doubt we return less (an empty first name leaves {firstName} visible in
// the draft for the rep to fill in) rather than something invented.

export interface SplitName {
  firstName: string;
  lastName: string;
}

const EMPTY: SplitName = { firstName: '', lastName: '' };

/** Quote pairs a mail client may wrap a display name in. */
const QUOTES: ReadonlyArray<readonly [string, string]> = [
  ['"', '"'],
  ["'", "'"],
  ['“', '”'],
  ['‘', '’'],
  ['«', '»'],
];

/** Courtesy titles, never a first name ("Dr Dana Whitfield", "Mme Dupont"); lower-cased. "m" needs its dot: "M. Dupont". */
const TITLES: ReadonlySet<string> = new Set(
  ['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'mme', 'mlle']
    .flatMap((title) => [title, `${title}.`])
    .concat('m.'),
);

/** What may follow a name after a comma and is not a given name ("Dana Whitfield, PhD"); lower-cased, dots removed. */
const SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md', 'mba', 'esq']);

function stripQuotes(text: string): string {
  let current = text.trim();
  for (;;) {
    const pair = QUOTES.find(
      ([open, close]) => current.length >= 2 && current.startsWith(open) && current.endsWith(close),
    );
    if (!pair) return current;
    current = current.slice(1, -1).trim();
  }
}

/** A word in capitals, as French directories write surnames ("DUPONT Jean"). */
function isCapitalised(word: string): boolean {
  return /\p{L}/u.test(word) && word === word.toLocaleUpperCase() && word !== word.toLocaleLowerCase();
}

function splitWords(name: string): SplitName {
  const words = name.split(/\s+/);
  let hadTitle = false;
  while (words.length > 1 && TITLES.has((words[0] ?? '').toLowerCase())) {
    words.shift();
    hadTitle = true;
  }
  const [first = '', ...rest] = words;
  // "Mme Dupont": a title before a single word means that word is the surname.
  if (rest.length === 0)
    return hadTitle ? { firstName: '', lastName: first } : { firstName: first, lastName: '' };

  // "DUPONT Jean", "DE LA TOUR Jean-Pierre": leading capitals are the surname, the rest the given names.
  // Two-letter capitals alone ("JP Morgan") are more likely initials, so the block needs a longer word.
  const given = words.findIndex((word) => !isCapitalised(word));
  const surname = words.slice(0, Math.max(given, 0));
  if (given > 0 && surname.some((word) => word.length >= 3)) {
    return { firstName: words.slice(given).join(' '), lastName: surname.join(' ') };
  }
  // The first word is the first name, the rest the last name, so particles stay with it ("de la Tour").
  return { firstName: first, lastName: rest.join(' ') };
}

/**
 * "Dana Whitfield" → Dana / Whitfield; "Whitfield, Dana" → Dana / Whitfield;
 * "Jean-Pierre de la Tour" → Jean-Pierre / de la Tour; "DUPONT Jean" → Jean / DUPONT; a single word →
 * first name only; an address (or anything containing "@") or a blank → both empty: a local part like
 * "dana.w" or "sales" is never taken for a name. Surrounding quotes, a trailing "<address>" or
 * "(note)", a courtesy title ("Dr", "Mme") and a suffix after a comma ("PhD", "Jr") are dropped.
 */
export function splitName(fullName: string): SplitName {
  const cleaned = stripQuotes(
    stripQuotes(fullName)
      .replace(/<[^<>]*@[^<>]*>\s*$/, '')
      .replace(/\([^()]*\)\s*$/, ''),
  );
  if (cleaned === '' || cleaned.includes('@')) return EMPTY;

  const parts = cleaned.split(',').map((part) => part.trim());
  while (parts.length > 1 && SUFFIXES.has((parts.at(-1) ?? '').replace(/\./g, '').toLowerCase())) parts.pop();
  if (parts.some((part) => part === '') || parts.length > 2) return EMPTY;
  const [main = '', given] = parts;
  if (given !== undefined) return { firstName: given, lastName: main }; // "Whitfield, Dana"
  return splitWords(main);
}
