import { analyzeAnswer } from '../analyze';
import type { QuestionInput } from '../types';
import { answerKind } from './question-type';

describe('answerKind: what the question asks for, from its phrasing', () => {
  it.each([
    ['Tell me about a time you missed a deadline.', 'BEHAVIORAL', 'story'],
    ['Describe a situation where you had to persuade a skeptical stakeholder.', undefined, 'story'],
    ['Give me an example of when you took ownership of a problem.', 'BEHAVIORAL', 'story'],
    ['Have you ever had to deliver bad news to a client?', 'BEHAVIORAL', 'story'],
    ['What was the hardest bug you have fixed?', 'BEHAVIORAL', 'story'],
    ['Describe a project you are proud of.', 'BEHAVIORAL', 'story'],
    ['Why do you want to work at our company?', 'BEHAVIORAL', 'motivation'],
    ['What attracts you to this role?', undefined, 'motivation'],
    ['Why should we hire you?', 'BEHAVIORAL', 'motivation'],
    ['What is your greatest weakness?', 'BEHAVIORAL', 'selfAssessment'],
    ['How would your colleagues describe you?', 'BEHAVIORAL', 'selfAssessment'],
    ['What would you do if your manager asked you to cut corners on testing?', 'BEHAVIORAL', 'hypothetical'],
    ['How would you handle a situation where two senior engineers disagree?', 'BEHAVIORAL', 'hypothetical'],
    ['Imagine you join a team with no documentation. Where do you start?', undefined, 'hypothetical'],
    ['A customer escalates a billing error to you on a Friday evening.', 'SITUATIONAL', 'hypothetical'],
    ['How would you design a URL shortener?', 'SYSTEM_DESIGN', 'reasoned'],
    ['Estimate the number of piano tuners in Chicago.', 'CASE', 'reasoned'],
  ] as const)('"%s" (%s) -> %s', (prompt, type, kind) => {
    expect(answerKind({ prompt, type })).toBe(kind);
  });
});

describe('criteria fit the question', () => {
  const motivation: QuestionInput = { prompt: 'Why do you want to work at our company?', type: 'BEHAVIORAL' };
  const why = `I want to work here because your product is the tool our whole support team relied on at my last job, so I have seen from the customer side how much time it saves. I led the rollout of your ticketing integration there and built two internal dashboards on your API. What draws me to this role is that it sits on the integrations team, where I could bring that experience of being the customer. I would also like to grow into owning a product area, and your habit of letting engineers talk to customers every week is rare.`;
  const weakness: QuestionInput = { prompt: 'What is your greatest weakness?', type: 'BEHAVIORAL' };
  const honest = `My weakness is that I used to say yes to every request, because I like being the person who unblocks others. Last year that meant I missed a sprint commitment on our billing migration. Since then I have started blocking two mornings a week for planned work and I route ad-hoc requests through our team's queue. I now miss far fewer commitments, although I still have to watch it in busy weeks.`;

  it('a motivation answer is not expected to tell a STAR story with a measured result', () => {
    const result = analyzeAnswer(motivation, { text: why });
    expect(result.answerKind).toBe('motivation');
    expect(result.redFlags.map((f) => f.code)).not.toContain('MISSING_RESULT');
    expect(result.criteria.find((c) => c.key === 'impact')!.score).toBeGreaterThanOrEqual(4);
    expect(result.overallScore).toBeGreaterThanOrEqual(60);
  });
  it('a specific motivation answer beats a generic one', () => {
    const generic = `I want to work at your company because it is a great company with a good reputation. I like the culture and I think it would be a good place to grow. I am a hard worker and a fast learner, and I am excited about this opportunity.`;
    expect(analyzeAnswer(motivation, { text: why }).overallScore).toBeGreaterThan(
      analyzeAnswer(motivation, { text: generic }).overallScore,
    );
  });
  it('a weakness answer is judged on an example and what changed, not STAR', () => {
    const result = analyzeAnswer(weakness, { text: honest });
    expect(result.answerKind).toBe('selfAssessment');
    expect(result.redFlags.map((f) => f.code)).not.toContain('MISSING_RESULT');
    expect(result.criteria.find((c) => c.key === 'structure')!.rationale).not.toMatch(/STAR/);
    const bare = `My weakness is that I am a perfectionist. I care a lot about quality and I want everything to be right. Sometimes I work too hard.`;
    expect(result.overallScore).toBeGreaterThan(analyzeAnswer(weakness, { text: bare }).overallScore);
  });
  it('a story question still expects a result', () => {
    const q: QuestionInput = { prompt: 'Tell me about a time you missed a deadline.', type: 'BEHAVIORAL' };
    const noResult = `Last year I owned the billing migration and I had promised it for the end of the sprint. I underestimated the data cleanup and I told my manager two days before the deadline.`;
    expect(analyzeAnswer(q, { text: noResult }).redFlags.map((f) => f.code)).toContain('MISSING_RESULT');
  });
  it('a hypothetical answer is judged on its plan and reasoning, without MISSING_RESULT', () => {
    const q: QuestionInput = {
      prompt: 'What would you do if your manager asked you to skip testing to hit a date?',
      type: 'BEHAVIORAL',
    };
    const plan = `First I would ask what is driving the date, because sometimes a partial release meets the need. Then I would lay out the risk in concrete terms, for example which flows would ship untested and what a failure would cost. If the date really is fixed, I would propose testing only the payment and login paths and adding the rest right after. That way the decision is made with the risk in view, and the riskiest code is still covered.`;
    const result = analyzeAnswer(q, { text: plan });
    expect(result.answerKind).toBe('hypothetical');
    expect(result.redFlags.map((f) => f.code)).not.toContain('MISSING_RESULT');
    expect(result.overallScore).toBeGreaterThanOrEqual(55);
  });
});
