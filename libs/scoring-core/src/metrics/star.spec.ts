import { parseText } from '../text/tokenize';
import { detectStar } from './star';

const star = (text: string, hypothetical = false) => detectStar(parseText(text).sentences, hypothetical).star;
const found = (s: ReturnType<typeof star>) =>
  (['situation', 'task', 'action', 'result'] as const)
    .filter((k) => s[k].found)
    .map((k) => k[0])
    .join('');

describe('detectStar', () => {
  it('finds all four parts of a classic story', () => {
    const s = star(
      'Last year our checkout service kept timing out during sales. My goal was to make it survive peak traffic. I profiled the slowest endpoints and added a cache in front of the pricing API. As a result, timeouts dropped by 90%.',
    );
    expect(found(s)).toBe('star');
    expect(s.result.sentences).toEqual(['As a result, timeouts dropped by 90%.']);
  });

  it('reports a missing result when the story stops at the actions', () => {
    const s = star(
      'At my previous job the release process was manual. I was responsible for fixing it. I wrote a deployment script and set up a staging environment. I also documented every step for the team.',
    );
    expect(s.result.found).toBe(false);
    expect(s.action.found).toBe(true);
  });

  it('does not read an early scene-setting change as a result', () => {
    const s = star(
      'Churn increased to 8% in the spring. Our sales had dropped 20% over two quarters. I interviewed ten customers about it. I rewrote the onboarding emails with the marketing lead.',
    );
    expect(s.result.found).toBe(false);
  });

  it('counts expected outcomes only for hypothetical questions', () => {
    const text =
      'If that happened, I would talk to them privately first. I would agree on smaller milestones. That would help the project stay on track.';
    expect(star(text, true).result.found).toBe(true);
    expect(star(text, false).result.found).toBe(false);
    expect(star(text, true).situation.found).toBe(true);
  });

  it('sees through fillers inside a clause', () => {
    const s = star('Um, I, like, profiled the API, and, uh, we, you know, added a cache. Latency, um, dropped by 40%.');
    expect(s.action.found).toBe(true);
    expect(s.result.found).toBe(true);
  });

  it('splits unpunctuated transcripts into segments', () => {
    const s = star(
      'so at my first job i was in charge of migrating our billing system and the first cutover failed for about two hundred customers then i wrote a checklist and added a dry run step and as a result the second cutover went fine with zero errors',
    );
    expect(s.action.found).toBe(true);
    expect(s.result.found).toBe(true);
    expect(s.result.sentences[0]).toMatch(/^as a result/);
  });
});
