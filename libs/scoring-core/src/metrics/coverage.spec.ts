import { parseText } from '../text/tokenize';
import { TermSet, contentTerms } from '../text/terms';
import { coverTalkingPoints, measureRelevance } from './coverage';

function answerTerms(text: string) {
  const terms = parseText(text).sentences.flatMap((s) => contentTerms(s.words));
  return { terms, set: new TermSet(terms) };
}

describe('coverTalkingPoints', () => {
  const answer = answerTerms('I prioritized the backlog with the stakeholders and we deployed the caching layer.');

  it('matches stemmed, synonym-folded tokens, not exact strings', () => {
    const coverage = coverTalkingPoints(['Prioritization', 'Caching strategy', 'Deployment', 'Hiring plan'], answer.set, '');
    expect(coverage.covered).toEqual(['Prioritization', 'Caching strategy', 'Deployment']);
    expect(coverage.missed).toEqual(['Hiring plan']);
    expect(coverage.ratio).toBe(0.75);
  });
  it('needs about half of a talking point, discounting generic words', () => {
    expect(coverTalkingPoints(['Team budget'], answer.set, '').covered).toEqual([]);
    expect(coverTalkingPoints(['Stakeholder alignment and buy-in'], answer.set, '').covered).toEqual([]);
    expect(coverTalkingPoints(['Stakeholder alignment'], answer.set, '').covered).toEqual(['Stakeholder alignment']);
  });
  it('reports null ratio without talking points', () => {
    expect(coverTalkingPoints([], answer.set, '')).toEqual({ covered: [], missed: [], ratio: null });
  });
});

describe('measureRelevance', () => {
  const topic = {
    prompt: 'Tell me about a conflict with a coworker and how you resolved it.',
    talkingPoints: ['Listening to the other side', 'Compromise'],
    competencies: ['Collaboration'],
  };
  const onTopic = answerTerms(
    'A colleague and I disagreed about the release plan. I listened to his concerns, we found a compromise, and the disagreement was resolved within a day.',
  );
  const offTopic = answerTerms(
    'My favourite hobby is hiking. Last summer I walked the Pennine Way with two friends and camped every night.',
  );

  it('scores an on-topic answer far above an off-topic one', () => {
    expect(measureRelevance(topic, onTopic.terms, onTopic.set)).toBeGreaterThan(0.5);
    expect(measureRelevance(topic, offTopic.terms, offTopic.set)).toBeLessThan(0.15);
  });
  it('stays neutral when the prompt has nothing topical, and is 0 for no answer', () => {
    const bare = { prompt: 'Tell me about yourself.', talkingPoints: [], competencies: [] };
    expect(measureRelevance(bare, offTopic.terms, offTopic.set)).toBe(0.5);
    expect(measureRelevance(topic, [], new TermSet([]))).toBe(0);
  });
  it('leans toward neutral when the prompt has a single term', () => {
    const failed = { prompt: 'Tell me about a time you failed.', talkingPoints: [], competencies: [] };
    const relevance = measureRelevance(failed, offTopic.terms, offTopic.set);
    expect(relevance).toBeGreaterThan(0.15);
    expect(relevance).toBeLessThan(0.5);
  });
});
