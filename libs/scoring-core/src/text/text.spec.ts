import { clauseAround, clauseFrom } from './clauses';
import { normalizeText } from './normalize';
import { stem } from './stem';
import { TermSet, contentTerms, termOf } from './terms';
import { parseText, splitSentences, tokenizeSentence } from './tokenize';

describe('stem', () => {
  it.each([
    ['caresses', 'caress'],
    ['ponies', 'poni'],
    ['relational', 'relat'],
    ['deadlines', 'deadlin'],
    ['deployed', 'deploy'],
    ['deployment', 'deploy'],
    ['happiness', 'happi'],
    ['prioritization', 'priorit'],
  ])('%s -> %s', (word, expected) => expect(stem(word)).toBe(expected));

  it('leaves short and non-ASCII words alone', () => {
    expect(stem('is')).toBe('is');
    expect(stem('équipe')).toBe('équipe');
  });
});

describe('normalizeText', () => {
  it('folds typographic quotes, full-width digits and dashes', () => {
    expect(normalizeText('I’d cut it by ５０％ — fast')).toBe("I'd cut it by 50% - fast");
  });
  it('collapses whitespace but keeps line breaks', () => {
    expect(normalizeText('  a \t b\n\n c  ')).toBe('a b\nc');
  });
});

describe('splitSentences', () => {
  it('splits on terminal punctuation and line breaks', () => {
    expect(splitSentences('First one. Second one! Third?\nFourth')).toEqual(['First one.', 'Second one!', 'Third?', 'Fourth']);
  });
  it('does not split decimals, abbreviations or initials', () => {
    expect(splitSentences('Latency was 3.5 s, e.g. on login. J. Smith agreed.')).toEqual([
      'Latency was 3.5 s, e.g. on login.',
      'J. Smith agreed.',
    ]);
  });
  it('drops punctuation-only pieces', () => {
    expect(splitSentences('... !!! ok.')).toEqual(['ok.']);
  });
});

describe('tokenizeSentence', () => {
  it('keeps contractions, hyphens and dotted names as words and records pauses', () => {
    const s = tokenizeSentence("Well, we didn't use node.js - it was a trade-off.");
    expect(s.words).toEqual(['well', 'we', "didn't", 'use', 'node.js', 'it', 'was', 'a', 'trade-off']);
    expect(s.pauseAfter[0]).toBe(true);
    expect(s.pauseAfter[4]).toBe(true);
    expect(s.pauseAfter[1]).toBe(false);
  });
  it('handles non-Latin scripts', () => {
    expect(parseText('我们 改进了 流程。 Готово!').wordCount).toBe(4);
  });
});

describe('content terms', () => {
  it('drops stop-words and numbers, folds possessives, hyphens and synonyms', () => {
    expect(contentTerms(['the', "team's", '42', 'trade-offs'])).toEqual([termOf('team'), termOf('tradeoff')]);
    expect(termOf('coworker')).toBe(termOf('colleague'));
    expect(termOf('mistakes')).toBe(termOf('failure'));
  });
  it('ignores the topic word inside connectives like "as a result"', () => {
    expect(contentTerms(['as', 'a', 'result', 'sales', 'grew'])).toEqual([termOf('sales'), termOf('grew')]);
  });
  it('TermSet matches exact terms and long shared prefixes', () => {
    const set = new TermSet(['authent']);
    expect(set.has('authent')).toBe(true);
    expect(set.has('authenticator')).toBe(true);
    expect(set.has('auth')).toBe(false);
  });
});

describe('clauses', () => {
  const text = 'Over the next month, we cut onboarding time from 3 weeks to 5 days, which freed two engineers.';
  it('clauseAround returns the clause holding the span', () => {
    const start = text.indexOf('3 weeks');
    expect(clauseAround(text, start, start + 7)).toBe('we cut onboarding time from 3 weeks to 5 days');
  });
  it('clauseFrom stops at punctuation or at a new spoken clause, without dangling words', () => {
    expect(clauseFrom(text, text.indexOf('we'))).toBe('we cut onboarding time from 3 weeks to 5 days');
    expect(clauseFrom('i owned the mistake i called our lead', 0)).toBe('i owned the mistake');
  });
});
