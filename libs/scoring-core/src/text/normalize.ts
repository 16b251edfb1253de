/**
 * Canonical form of an answer before any analysis: NFKC folds full-width digits, ligatures and
 * non-breaking spaces; typographic quotes become ASCII so one set of patterns covers pasted text.
 */
export function normalizeText(raw: string): string {
  // Everything but whitespace handling concerns non-ASCII text; skip it for the common case.
  const ascii = !/[^\t\n\r -~]/.test(raw);
  const folded = ascii
    ? raw
    : raw
        .normalize('NFKC')
        .replace(/[\u2018\u2019\u02BC\u00B4]/g, "'")
        .replace(/[\u201C\u201D\u201E\u00AB\u00BB]/g, '"')
        // Dashes used as clause breaks become a spaced hyphen, which the tokenizer treats as a pause.
        .replace(/\s*[\u2013\u2014\u2015]\s*/g, ' - ');
  return folded
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ *\n\s*/g, '\n')
    .trim();
}
