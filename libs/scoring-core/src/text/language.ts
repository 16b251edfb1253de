/**
 * Which language a text is written in, from its script and its most frequent function words.
 * Function words are the most common words of any language and carry no topic, so a handful of
 * them identifies the language of a sentence whatever it is about.
 */

const FUNCTION_WORDS: Readonly<Record<string, string>> = {
  English: `the a an and or but of to in on at for with by from as is are was were be been being have has had
    do does did will would can could should may might must i we you he she it they me us him her them my our
    your his their its this that these those which who what when where why how so because if then than not
    there into about after before over out all some also just very`,
  Spanish: `el la los las del y que en un una por con para es su sus se lo le les como pero más fue ya muy
    porque cuando también yo nosotros mi mis este esta esto ese esa hay sin sobre entre hasta donde fueron
    era son estaba hizo hice`,
  French: `le la les des du et est une un dans pour pas sur au aux avec ce cette il elle nous vous je ne qui
    que plus par mais ou sont été était avons avait mon ma mes notre nos leur leurs très aussi quand`,
  German: `der die das und ist nicht ein eine einen zu den von mit sich des auf für im dem auch es als ich
    wir sie er wurde wurden war hat haben habe bei oder aber nach wie noch nur mein meine unser unsere sehr`,
  Portuguese: `o os as da do das dos e que em um uma para com não por mais foi são ao na no nas nos seu sua
    eu nós meu minha também quando muito está estava fiz foram isso este esta`,
  Italian: `il lo gli della dello delle degli di e che è un una per con non sono nel nella del alla al più
    ma anche come io noi mio mia nostro nostra questo questa molto quando stato stata ho abbiamo`,
  Dutch: `de het een en van dat die niet zijn op te met voor er maar ook als bij nog wij ik mijn ons onze
    werd hebben heb naar dan zeer wanneer omdat`,
};

// A word shared with English ("a", "in", "die", "is") says nothing about the language.
const ENGLISH = new Set(FUNCTION_WORDS.English.split(/\s+/).filter(Boolean));
const LEXICONS: readonly [string, ReadonlySet<string>][] = Object.entries(FUNCTION_WORDS).map(([language, words]) => [
  language,
  new Set(
    words
      .split(/\s+/)
      .filter(Boolean)
      .filter((w) => language === 'English' || !ENGLISH.has(w)),
  ),
]);

const SCRIPTS: readonly [string, RegExp][] = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Chinese', /\p{Script=Han}/u],
  ['Japanese', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Korean', /\p{Script=Hangul}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
  ['Thai', /\p{Script=Thai}/u],
];

/** Function words needed before a language is called at all: a stray "o" or "de" in a list proves nothing. */
const MIN_HITS = 3;
const MIN_DISTINCT_HITS = 2;
const MIN_SHARE = 0.1;

/** The script most letters belong to; null without letters. */
export function dominantScript(text: string): string | null {
  // Most answers are plain ASCII: no need to look at each letter.
  if (!/[^\t\n\r -~]/.test(text)) return /[A-Za-z]/.test(text) ? 'Latin' : null;
  const counts = new Map<string, number>();
  for (const ch of text) {
    if (!/\p{L}/u.test(ch)) continue;
    const script = SCRIPTS.find(([, re]) => re.test(ch))?.[0] ?? 'Other';
    counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [script, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = script;
  return best;
}

/** Share of the words that are English function words. */
export function englishFunctionShare(words: readonly string[]): number {
  if (words.length === 0) return 0;
  return words.filter((w) => ENGLISH.has(w)).length / words.length;
}

export function isEnglishFunctionWord(word: string): boolean {
  return ENGLISH.has(word);
}

/**
 * The language of lowercase words and their text: a script name for non-Latin scripts, else the
 * language whose function words are most frequent; null when there is too little to tell.
 */
export function detectLanguage(text: string, words: readonly string[]): string | null {
  const script = dominantScript(text);
  if (script === null) return null;
  if (script !== 'Latin') return script;
  let best: string | null = null;
  let bestHits: string[] = [];
  for (const [language, lexicon] of LEXICONS) {
    const hits = words.filter((w) => lexicon.has(w));
    if (hits.length > bestHits.length) [best, bestHits] = [language, hits];
  }
  const enough =
    bestHits.length >= MIN_HITS && new Set(bestHits).size >= MIN_DISTINCT_HITS && bestHits.length / words.length >= MIN_SHARE;
  return enough ? best : null;
}
