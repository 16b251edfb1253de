/**
 * Porter (1980) stemmer, so "deadlines", "deadline" and "deadlined" compare equal.
 * One deviation borrowed from Porter2: a final "y" becomes "i" only after a consonant,
 * which keeps "deploy"/"deployed"/"deployment" together.
 */
const CONS = '[^aeiou]';
const VOWEL = '[aeiouy]';
const CONS_SEQ = `${CONS}[^aeiouy]*`;
const VOWEL_SEQ = `${VOWEL}[aeiou]*`;

const M_GT_0 = new RegExp(`^(${CONS_SEQ})?${VOWEL_SEQ}${CONS_SEQ}`);
const M_EQ_1 = new RegExp(`^(${CONS_SEQ})?${VOWEL_SEQ}${CONS_SEQ}(${VOWEL_SEQ})?$`);
const M_GT_1 = new RegExp(`^(${CONS_SEQ})?${VOWEL_SEQ}${CONS_SEQ}${VOWEL_SEQ}${CONS_SEQ}`);
const HAS_VOWEL = new RegExp(`^(${CONS_SEQ})?${VOWEL}`);
const ENDS_CVC = new RegExp(`^${CONS_SEQ}${VOWEL}[^aeiouwxy]$`);
const DOUBLE_CONS = /([^aeiouylsz])\1$/;

const STEP2: Record<string, string> = {
  ational: 'ate',
  tional: 'tion',
  enci: 'ence',
  anci: 'ance',
  izer: 'ize',
  bli: 'ble',
  alli: 'al',
  entli: 'ent',
  eli: 'e',
  ousli: 'ous',
  ization: 'ize',
  ation: 'ate',
  ator: 'ate',
  alism: 'al',
  iveness: 'ive',
  fulness: 'ful',
  ousness: 'ous',
  aliti: 'al',
  iviti: 'ive',
  biliti: 'ble',
  logi: 'log',
};
const STEP3: Record<string, string> = {
  icate: 'ic',
  ative: '',
  alize: 'al',
  iciti: 'ic',
  ical: 'ic',
  ful: '',
  ness: '',
};
const STEP2_RE = new RegExp(`^(.+?)(${Object.keys(STEP2).join('|')})$`);
const STEP3_RE = new RegExp(`^(.+?)(${Object.keys(STEP3).join('|')})$`);
const STEP4_RE = /^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$/;
const STEP4_ION_RE = /^(.+?)([st])ion$/;

export function stem(input: string): string {
  if (input.length < 3 || !/^[a-z]+$/.test(input)) return input;
  let w = input;

  // Step 1a: plurals.
  if (/sses$|ies$/.test(w)) w = w.slice(0, -2);
  else if (/[^s]s$/.test(w)) w = w.slice(0, -1);

  // Step 1b: -eed, -ed, -ing.
  let match = /^(.+?)eed$/.exec(w);
  if (match) {
    if (M_GT_0.test(match[1])) w = w.slice(0, -1);
  } else if ((match = /^(.+?)(ed|ing)$/.exec(w)) && HAS_VOWEL.test(match[1])) {
    w = match[1];
    if (/(at|bl|iz)$/.test(w)) w += 'e';
    else if (DOUBLE_CONS.test(w)) w = w.slice(0, -1);
    else if (ENDS_CVC.test(w)) w += 'e';
  }

  // Step 1c (Porter2 variant): y -> i after a non-initial consonant.
  if (/[^aeiou]y$/.test(w) && w.length > 2) w = `${w.slice(0, -1)}i`;

  if ((match = STEP2_RE.exec(w)) && M_GT_0.test(match[1])) w = match[1] + STEP2[match[2]];
  if ((match = STEP3_RE.exec(w)) && M_GT_0.test(match[1])) w = match[1] + STEP3[match[2]];

  if ((match = STEP4_RE.exec(w))) {
    if (M_GT_1.test(match[1])) w = match[1];
  } else if ((match = STEP4_ION_RE.exec(w)) && M_GT_1.test(match[1] + match[2])) {
    w = match[1] + match[2];
  }

  // Step 5: final -e and -ll.
  if ((match = /^(.+?)e$/.exec(w))) {
    const stem = match[1];
    if (M_GT_1.test(stem) || (M_EQ_1.test(stem) && !ENDS_CVC.test(stem))) w = stem;
  }
  if (/ll$/.test(w) && M_GT_1.test(w)) w = w.slice(0, -1);
  return w;
}
