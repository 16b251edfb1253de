import { Role } from '../common/role';
import { Difficulty, QuestionType } from '../question-bank/question.entity';

/** Demo data only: seeded on an embedded first start (or with SEED_DEMO=true), never otherwise. */
export const DEMO_ORGANIZATION = { name: 'Demo Career Center', slug: 'demo' };
export const DEMO_PASSWORD = 'demo1234';

export const DEMO_PEOPLE = [
  { email: 'admin@demo.test', name: 'Alex Admin', role: Role.ADMIN },
  { email: 'coach@demo.test', name: 'Casey Coach', role: Role.COACH },
  { email: 'candidate1@demo.test', name: 'Jordan Lee', role: Role.CANDIDATE },
  { email: 'candidate2@demo.test', name: 'Sam Rivera', role: Role.CANDIDATE },
];

export const DEMO_LOGINS = DEMO_PEOPLE.map((p) => p.email);

export const DEMO_COMPANY = {
  name: 'Acme Cloud',
  description: 'Mid-size SaaS company building developer infrastructure.',
  cultureNotes:
    'Values ownership and writing things down. Interviewers probe for measurable impact and how you handle disagreement.',
  techStack: ['TypeScript', 'Node.js', 'PostgreSQL', 'Kubernetes', 'React'],
  website: 'https://acme.example',
};

type DemoQuestion = {
  prompt: string;
  type: QuestionType;
  difficulty: Difficulty;
  competencies: string[];
  talkingPoints: string[];
  followUps: string[];
  timeLimitSeconds: number;
};

const q = (
  type: QuestionType,
  difficulty: Difficulty,
  prompt: string,
  competencies: string[],
  talkingPoints: string[],
  followUps: string[],
  timeLimitSeconds = 180,
): DemoQuestion => ({ prompt, type, difficulty, competencies, talkingPoints, followUps, timeLimitSeconds });

const { BEHAVIORAL, TECHNICAL, SYSTEM_DESIGN, CODING, SITUATIONAL, CASE } = QuestionType;
const { EASY, MEDIUM, HARD } = Difficulty;

export const DEMO_QUESTIONS: DemoQuestion[] = [
  q(
    BEHAVIORAL,
    EASY,
    'Tell me about yourself and why you are interested in this role.',
    ['communication', 'motivation'],
    ['current role or studies', 'relevant experience', 'why this company', 'what you want next'],
    ['What drew you to our product specifically?'],
    120,
  ),
  q(
    BEHAVIORAL,
    MEDIUM,
    'Tell me about a time you disagreed with a teammate about a technical decision.',
    ['collaboration', 'communication'],
    ['the disagreement and stakes', 'how you listened', 'how you reached a decision', 'the outcome and what you learned'],
    ['What would you do differently?', 'How did the relationship change afterwards?'],
  ),
  q(
    BEHAVIORAL,
    MEDIUM,
    'Describe a project where you took ownership of something that was failing.',
    ['ownership', 'problem solving'],
    ['what was failing and why it mattered', 'actions you personally took', 'measurable result'],
    ['How did you know it had worked?'],
  ),
  q(
    BEHAVIORAL,
    HARD,
    'Tell me about a mistake you made that affected users. What happened next?',
    ['ownership', 'learning'],
    ['the mistake honestly stated', 'impact on users', 'how you fixed it', 'what you changed so it does not recur'],
    ['Who did you tell, and when?'],
  ),
  q(
    SITUATIONAL,
    MEDIUM,
    'Your feature is due Friday and on Wednesday you find a security issue in it. What do you do?',
    ['judgment', 'communication'],
    ['assess severity', 'inform stakeholders early', 'options and trade-offs', 'protect users first'],
    ['What if your manager insists on shipping?'],
  ),
  q(
    TECHNICAL,
    EASY,
    'Explain the difference between a process and a thread.',
    ['fundamentals'],
    ['memory isolation', 'scheduling', 'communication cost', 'when to use each'],
    ['How does Node.js handle concurrency?'],
    150,
  ),
  q(
    TECHNICAL,
    MEDIUM,
    'How would you find and fix a slow PostgreSQL query in production?',
    ['databases', 'debugging'],
    ['measure first (pg_stat_statements, EXPLAIN ANALYZE)', 'indexes', 'query shape and N+1', 'verify the fix'],
    ['What are the costs of adding an index?'],
  ),
  q(
    TECHNICAL,
    MEDIUM,
    'What happens when you type a URL into the browser and press enter?',
    ['networking', 'fundamentals'],
    ['DNS', 'TCP and TLS handshake', 'HTTP request and response', 'rendering'],
    ['Where can caching happen?'],
  ),
  q(
    SYSTEM_DESIGN,
    HARD,
    'Design a URL shortener that handles 10,000 writes per second.',
    ['system design', 'scalability'],
    ['requirements and estimates', 'key generation', 'storage choice', 'caching and reads', 'failure modes'],
    ['How would you expire links?'],
    600,
  ),
  q(
    SYSTEM_DESIGN,
    MEDIUM,
    'Design the notification system for a mock-interview platform.',
    ['system design'],
    ['channels', 'queue and retries', 'user preferences', 'idempotency'],
    ['How do you avoid duplicate notifications?'],
    480,
  ),
  q(
    CODING,
    MEDIUM,
    'Given an array of integers, return the indices of two numbers that add up to a target. Walk through your approach.',
    ['algorithms'],
    ['brute force first', 'hash map for O(n)', 'edge cases', 'complexity'],
    ['What if the array is sorted?'],
    600,
  ),
  q(
    CASE,
    MEDIUM,
    'Our sign-up conversion dropped 15% last week. How would you investigate?',
    ['analytics', 'problem solving'],
    ['clarify the metric', 'segment the drop', 'hypotheses', 'data to check', 'next steps'],
    ['What would you do if the data is inconclusive?'],
    300,
  ),
];
