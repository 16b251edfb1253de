import { parseText } from '../text/tokenize';
import { countFillers } from './fillers';

const fillers = (text: string) => {
  const parsed = parseText(text);
  return countFillers(parsed.sentences, parsed.wordCount);
};

describe('countFillers', () => {
  it.each([
    ['Um, I think, uh, we were er late. Hmm.', { um: 1, uh: 1, er: 1, hmm: 1 }],
    ['It was, like, a mess.', { like: 1 }],
    ['There were like 50 tickets.', { like: 1 }],
    ['And like we never heard back.', { like: 1 }],
    ['We shipped it, you know, on time.', { 'you know': 1 }],
    ['It was hard, you know what I mean?', { 'you know': 1 }],
    ['I mean, it worked.', { 'i mean': 1 }],
    ['It was kind of slow and sort of buggy.', { 'kind of': 1, 'sort of': 1 }],
    ['So I called the vendor.', { so: 1 }],
    ['Well, the plan changed.', { well: 1 }],
    ['I basically, literally, actually rewrote it.', { basically: 1, literally: 1, actually: 1 }],
    ['It was kinda weird.', { 'kind of': 1 }],
  ])('counts fillers in %j', (text, expected) => {
    expect(fillers(text).breakdown).toEqual(expected);
  });

  it.each([
    "I'd like to explain. It looks like a bug. I like testing.",
    'It felt like a long month. Things like this happen. Something like 20 users.',
    'What kind of test? This kind of problem. A sort of compromise.',
    'You know the codebase. Do you know why? As you know, it failed.',
    'What I mean is simple. So far it works. So that everyone agreed.',
    'We were like family. They treated us like partners.',
  ])('does not flag normal usage in %j', (text) => {
    expect(fillers(text).total).toBe(0);
  });

  it('reports the rate per 100 words', () => {
    const result = fillers('Um we shipped the new billing page on time and um the customers were happy with it overall.');
    expect(result.total).toBe(2);
    expect(result.per100Words).toBe(11.1);
  });
});
