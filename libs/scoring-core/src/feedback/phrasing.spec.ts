import { analyzeAnswer } from '../analyze';
import { fitQuestion, isPluralPhrase, quoteClause, swapVoice, topicPhrase } from './phrasing';

describe('swapVoice', () => {
  it('speaks to the candidate', () => {
    expect(swapVoice('I was asked to fix my own script with our team', 'you')).toBe(
      'you were asked to fix your own script with your team',
    );
  });
  it('attributes "we" to the team with agreement', () => {
    expect(swapVoice('we were migrating our database', 'team')).toBe("the team was migrating the team's database");
  });
  it('keeps names capitalized and drops dangling words', () => {
    expect(swapVoice('Priya and I rewrote the', 'you')).toBe('Priya and you rewrote');
  });
});

describe('quoteClause', () => {
  it('starts at the pattern, skips lead-ins and stops at the clause end', () => {
    expect(quoteClause('As a result, the client renewed the contract, which was great.', 'you')).toBe(
      'the client renewed the contract',
    );
    expect(quoteClause('Then I set up a weekly sync with design, and it helped.', 'you', /\bI\b/)).toBe(
      'you set up a weekly sync with design',
    );
  });
  it('returns null when there is nothing worth quoting', () => {
    expect(quoteClause(undefined, 'you')).toBeNull();
    expect(quoteClause('Yes.', 'you')).toBeNull();
  });
});

describe('talking points in follow-up questions', () => {
  it.each([
    ['Channels', 'How do channels fit into your design?'],
    ['Queue and retries', 'How do queue and retries fit into your design?'],
    ['Idempotency', 'How does idempotency fit into your design?'],
    ['User preferences', 'How do user preferences fit into your design?'],
    ['Scaling reads', 'How does scaling reads fit into your design?'],
    ['ID generation', 'How does ID generation fit into your design?'],
    ['SQL indexes.', 'How do SQL indexes fit into your design?'],
    ['Metrics', 'How do metrics fit into your design?'],
    ['Access control', 'How does access control fit into your design?'],
    ['Business analysis', 'How does business analysis fit into your design?'],
  ])('"%s" -> "%s"', (point, question) => {
    expect(fitQuestion(topicPhrase(point), 'your design')).toBe(question);
  });
  it('knows singular nouns that end in s', () => {
    expect(['process', 'status', 'analysis', 'readiness'].map((w) => isPluralPhrase(w))).toEqual([false, false, false, false]);
  });
  it('asks about the missed talking point with the right agreement', () => {
    const q = {
      prompt: 'How would you design a notification system that sends email, SMS and push messages?',
      type: 'SYSTEM_DESIGN' as const,
      talkingPoints: ['Channels', 'Queue and retries', 'Idempotency', 'User preferences'],
    };
    const text = `First, I'd clarify the requirements: I'll assume 50 million notifications a day. Producers publish events to a Kafka topic, and a router service fans each message out to one queue per channel: email through SES, SMS through Twilio and push through Firebase. Workers retry failed sends with exponential backoff and use a dead-letter queue after five attempts, and every message carries an idempotency key checked in Redis. The trade-off is an extra lookup per send. In short: a router, a queue per channel and idempotent workers.`;
    const { followUpQuestion } = analyzeAnswer(q, { text });
    expect(followUpQuestion).not.toMatch(/\bdoes (?:channels|user preferences|queue and retries)\b/);
  });
});
