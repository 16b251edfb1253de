import { parseText } from '../text/tokenize';
import { askedClarifyingQuestion } from './clarifying';
import { findHedges } from './hedging';
import { measureOwnership } from './ownership';
import { reasoningSignals } from './reasoning';
import { findSpecifics } from './specifics';
import { measureTiming, sentenceStats } from './timing';

describe('findHedges', () => {
  it('counts the longest phrase once', () => {
    expect(findHedges("i think maybe it was fine. i'm not sure, probably.")).toEqual({
      count: 3,
      phrases: ['i think maybe', "i'm not sure", 'probably'],
    });
  });
  it('ignores confident wording', () => {
    expect(findHedges('i measured it and it was 40% faster.').count).toBe(0);
  });
});

describe('measureOwnership', () => {
  it('counts subject forms of I and we only', () => {
    const { sentences } = parseText("I built it, we tested it, and I'm proud. My team helped me. We've shipped.");
    expect(measureOwnership(sentences)).toEqual({ iCount: 2, weCount: 2, ratio: 0.5 });
  });
  it('has a null ratio when neither is used', () => {
    expect(measureOwnership(parseText('The cache was added.').sentences).ratio).toBeNull();
  });
});

describe('askedClarifyingQuestion', () => {
  const asked = (text: string) => {
    const parsed = parseText(text);
    return askedClarifyingQuestion(parsed.sentences, parsed.lower);
  };
  it('detects questions to the interviewer', () => {
    expect(asked('Can I assume we only need reads? Then I would use a cache.')).toBe(true);
    expect(asked('Just to clarify, is this for mobile users?')).toBe(true);
    expect(asked("What's the expected scale?")).toBe(true);
  });
  it('ignores rhetorical questions in a story', () => {
    expect(asked('So what did I do? I called the customer.')).toBe(false);
    expect(asked('The build failed again.')).toBe(false);
  });
});

describe('reasoningSignals', () => {
  it('finds signposts, trade-offs, assumptions and a conclusion', () => {
    expect(
      reasoningSignals('first, assuming 1k qps, i would use a queue. second, the trade-off is latency. in summary, a queue.'),
    ).toEqual({ signposts: 2, considersTradeoffs: true, statesAssumptions: true, hasConclusion: true });
  });
});

describe('findSpecifics', () => {
  it('collects names, acronyms, technical terms and vague wording', () => {
    const parsed = parseText(
      'Last spring I asked Priya to move our QA jobs to Kafka with a load balancer. We did a lot of stuff.',
    );
    const specifics = findSpecifics(parsed.sentences, parsed.lower, 0);
    expect(specifics.names).toEqual(['Priya', 'QA', 'Kafka']);
    expect(specifics.technicalTerms).toEqual(['kafka', 'load balancer']);
    expect(specifics.vagueTerms).toEqual(['a lot', 'stuff']);
  });
});

describe('timing', () => {
  it('estimates duration at 140 wpm when it is missing', () => {
    expect(measureTiming(280, {})).toEqual({
      durationSeconds: 120,
      durationEstimated: true,
      wordsPerMinute: 140,
      thinkingSeconds: null,
    });
  });
  it('uses measured values and ignores unusable ones', () => {
    expect(measureTiming(150, { durationSeconds: 60, thinkingSeconds: 4 })).toMatchObject({
      durationEstimated: false,
      wordsPerMinute: 150,
      thinkingSeconds: 4,
    });
    expect(measureTiming(140, { durationSeconds: 0, thinkingSeconds: Number.NaN })).toMatchObject({
      durationSeconds: 60,
      durationEstimated: true,
      thinkingSeconds: null,
    });
  });
  it('summarizes sentence lengths', () => {
    expect(sentenceStats(parseText('One two three. Four five.').sentences)).toEqual({
      count: 2,
      averageWords: 2.5,
      longestWords: 3,
    });
  });
});
