import { analyzeAnswer } from './analyze';
import { FOLLOW_UP_FORM } from './feedback/compose-feedback';
import type { AnswerInput, QuestionInput } from './types';

/**
 * Ranking pairs: each better answer differs from the worse one mainly in the quality under test.
 * Several unrelated stories per pair guard against heuristics that only fit one text.
 */

// A withheld score ranks below any given one, as in the eval harness.
const score = (q: QuestionInput, a: AnswerInput | string): number =>
  analyzeAnswer(q, typeof a === 'string' ? { text: a } : a).overallScore ?? -1;

function expectBetter(q: QuestionInput, better: AnswerInput | string, worse: AnswerInput | string): void {
  const [b, w] = [score(q, better), score(q, worse)];
  if (b <= w) throw new Error(`expected ${b} > ${w} for "${q.prompt}"`);
}

const deadline: QuestionInput = {
  prompt: 'Tell me about a time you had to deliver a project under a tight deadline.',
  type: 'BEHAVIORAL',
  talkingPoints: ['Prioritization', 'Stakeholder communication', 'Outcome'],
};
const manager: QuestionInput = {
  prompt: 'Describe a situation where you disagreed with your manager.',
  type: 'BEHAVIORAL',
  talkingPoints: ['How you raised the disagreement', 'Data you used to make your case', 'Relationship afterwards'],
};
const process: QuestionInput = {
  prompt: 'Tell me about a time you improved a process on your team.',
  talkingPoints: ['What was broken', 'How you measured the improvement', 'Adoption by the team'],
};
const teammate: QuestionInput = {
  prompt: 'What would you do if a teammate kept missing deadlines that affected your work?',
  type: 'SITUATIONAL',
  talkingPoints: ['Private conversation first', 'Understanding the root cause', 'Escalation path'],
};

const STORIES = {
  deadline: {
    complete: `Last spring our largest customer moved their launch date up by three weeks, and the integration we owed them was only half built. I was the tech lead, so my job was to get a working integration out without burning the team out. I sat down with the product manager, went through every remaining ticket and prioritized the four features the customer needed on day one. I communicated the new plan to the stakeholders on a call and sent a short status email every Friday. I also took the data import myself and paired with a junior developer on the API work. As a result, we delivered two days before their launch, the customer signed a two-year renewal worth $400k, and the deferred features shipped three weeks later.`,
    noResult: `Last spring our largest customer moved their launch date up by three weeks, and the integration we owed them was only half built. I was the tech lead, so my job was to get a working integration out without burning the team out. I sat down with the product manager, went through every remaining ticket and prioritized the four features the customer needed on day one. I communicated the new plan to the stakeholders on a call and sent a short status email every Friday. I also took the data import myself and paired with a junior developer on the API work, and I reviewed every pull request the same day.`,
    vague: `A while ago a customer wanted something sooner than planned, and the project was not done. I was leading it, so my job was to get it out without burning everyone out. I went through the remaining work and prioritized the features that mattered most. I communicated the plan to the stakeholders and kept everyone updated. I also did some of the work myself and helped others with their parts. In the end we delivered it, the customer was happy, and the rest of the features came later.`,
    we: `Last spring our largest customer moved their launch date up by three weeks, and the integration we owed them was only half built. We were a team of five, so we needed to get a working integration out without burning out. We sat down with the product manager, went through every remaining ticket and prioritized the four features the customer needed on day one. We communicated the new plan to the stakeholders on a call and sent a short status email every Friday. We also split the data import and the API work between us. As a result, we delivered two days before their launch, the customer signed a two-year renewal worth $400k, and the deferred features shipped three weeks later.`,
    filler: `So, um, last spring our largest customer, like, moved their launch date up by three weeks, and the integration was, you know, only half built. I was basically the tech lead, so my job was, um, to get a working integration out without, like, burning the team out. I sat down with the product manager and, uh, went through every remaining ticket and, um, prioritized the four features they needed on day one. I, you know, communicated the new plan to the stakeholders on a call and, like, sent a status email every Friday. As a result, um, we delivered two days before their launch and, uh, the customer signed a two-year renewal worth $400k.`,
    offTopic: `Last year I decided to learn Spanish before a trip to Madrid. I wanted to hold a basic conversation within six months. I practised on a language app for twenty minutes every morning, and I joined a weekly conversation group at the local library. I also watched Spanish films with subtitles on weekends. As a result, I passed the A2 exam with 85% and could order food and ask for directions during the trip.`,
    missesPoints: `Last spring our largest customer moved their launch date up by three weeks, and the integration we owed them was only half built. I was the tech lead, so my job was to get a working integration out in time. I worked late most evenings and wrote the data import myself. I also paired with a junior developer on the API work and reviewed every pull request the same day. We delivered two days before their launch and the customer signed a two-year renewal worth $400k.`,
  },
  manager: {
    complete: `In my previous role at a fintech startup, my manager wanted to rewrite our reporting service from scratch before the audit season. My task was to keep reports accurate for the audit, and I believed a rewrite was too risky with eight weeks left. I raised the disagreement with her in our one-on-one rather than in the team meeting. I pulled data from our incident tracker showing that 70% of report failures came from a single module, and I proposed fixing that module first. She agreed to a two-week trial. As a result, report failures dropped from twelve a month to two, we passed the audit without findings, and our relationship afterwards got stronger because she started asking for my input on roadmap decisions.`,
    noResult: `In my previous role at a fintech startup, my manager wanted to rewrite our reporting service from scratch before the audit season. My task was to keep reports accurate for the audit, and I believed a rewrite was too risky with eight weeks left. I raised the disagreement with her in our one-on-one rather than in the team meeting. I pulled data from our incident tracker about which modules caused report failures, and I proposed fixing the worst module first while she thought it over.`,
    vague: `In a previous role my manager wanted to redo one of our systems, and I thought that was a bad idea at the time. My task was to keep things working, and I believed a rewrite was too risky. I raised the disagreement with her privately rather than in front of everyone. I used some data to make my case and suggested fixing the worst parts first. She agreed to try it. In the end things got a lot better, the audit went fine, and our relationship afterwards was good.`,
    we: `In our previous setup at a fintech startup, our manager wanted to rewrite our reporting service from scratch before the audit season. We had to keep reports accurate for the audit, and we believed a rewrite was too risky with eight weeks left. We raised the disagreement with her in a meeting. We pulled data from our incident tracker showing that 70% of report failures came from a single module, and we proposed fixing that module first. She agreed to a two-week trial. As a result, report failures dropped from twelve a month to two, we passed the audit without findings, and our relationship afterwards got stronger.`,
    filler: `Um, so in my previous role at a fintech startup, my manager, like, wanted to rewrite our reporting service from scratch before audit season. I mean, my task was to keep reports accurate, and I kind of believed a rewrite was, you know, too risky with eight weeks left. I raised the disagreement with her in our one-on-one, um, rather than in the team meeting. I pulled, uh, data from our incident tracker showing that 70% of report failures came from, like, a single module, and I basically proposed fixing that module first. As a result, um, report failures dropped from twelve a month to two, and, you know, our relationship afterwards got stronger.`,
    offTopic: `My favourite project was a hackathon app I built over a weekend with two friends. It used a public transport API to show live bus positions on a map. I wrote the front end in React and set up the hosting on a small cloud server. We won second place out of forty teams, and about three hundred people downloaded the app in the first month.`,
    missesPoints: `In my previous role at a fintech startup, my manager wanted to rewrite our reporting service from scratch before the audit season. My task was to keep reports accurate for the audit. I thought about it for a while and decided to go along with the plan, and I took on the export module myself. I wrote most of the new export code in four weeks. As a result, the new service went live two weeks before the audit and report failures dropped by 60%.`,
  },
  process: {
    complete: `At my last company, code reviews were broken: pull requests waited three days on average before anyone looked at them. I owned our team's delivery metrics, so I wanted to cut that wait without lowering review quality. I analyzed two months of pull request data in Jira and found that 80% of the delay came from unclear ownership. I proposed a rotating reviewer schedule, set up a Slack bot that assigned reviewers automatically, and wrote a one-page guide for small pull requests. To drive adoption by the team, I presented the data at our retro and ran a two-week trial. We measured the improvement every week: the average wait fell from three days to five hours, and the team voted to keep the rotation permanently.`,
    noResult: `At my last company, code reviews were broken: pull requests waited three days on average before anyone looked at them. I owned our team's delivery metrics, so I wanted to cut that wait without lowering review quality. I analyzed two months of pull request data in Jira and found that 80% of the delay came from unclear ownership. I proposed a rotating reviewer schedule, set up a Slack bot that assigned reviewers automatically, and wrote a one-page guide for small pull requests. To drive adoption by the team, I presented the data at our retro and asked everyone to try it.`,
    vague: `At one point our code reviews were kind of slow, and pull requests waited a long time before anyone looked at them. I cared about how the team delivered, so I wanted to speed things up without lowering quality. I looked at some of the data and found that a lot of the delay came from unclear ownership. I suggested a reviewer schedule, set up some tooling to help, and wrote a guide. To get adoption by the team, I talked about it at a meeting and we tried it out. It worked well, reviews got much faster, and the team decided to keep doing it.`,
    we: `At our last company, code reviews were broken: pull requests waited three days on average before anyone looked at them. We owned our delivery metrics, so we wanted to cut that wait without lowering review quality. We analyzed two months of pull request data in Jira and found that 80% of the delay came from unclear ownership. We proposed a rotating reviewer schedule, set up a Slack bot that assigned reviewers automatically, and wrote a one-page guide for small pull requests. To drive adoption, we presented the data at our retro and ran a two-week trial. We measured the improvement every week: the average wait fell from three days to five hours, and we voted to keep the rotation permanently.`,
    filler: `So at my last company, um, code reviews were like broken, you know, pull requests waited three days on average. I owned our delivery metrics, so, uh, I wanted to basically cut that wait. I analyzed, um, two months of pull request data in Jira and found that, like, 80% of the delay came from unclear ownership. I mean, I proposed a rotating reviewer schedule and, um, set up a Slack bot that assigned reviewers, you know, automatically. To drive adoption by the team, I, uh, presented the data at our retro. The average wait, like, fell from three days to five hours, and, um, the team voted to keep it.`,
    offTopic: `I think the most important quality in an engineer is curiosity. I have always loved taking things apart, ever since I was a child and opened up my parents' radio. Outside work I build mechanical keyboards and I enjoy hiking in the mountains with my dog. I also read a lot of science fiction, especially older novels from the seventies.`,
    missesPoints: `At my last company I wanted our team to do code reviews faster. I set up a Slack bot that assigned reviewers automatically and I wrote a one-page guide for small pull requests. I also started reviewing other people's code every morning before standup so that nothing sat for long. After a month the average wait fell from three days to five hours.`,
  },
};

const RAMBLE = ` Just to give more background, the office was being renovated at the time, so half of us were working from a borrowed meeting room, and the coffee machine was broken for most of that month, which honestly did not help anyone's mood. I also remember that our company was changing payroll providers, and there was a whole separate thread about holidays and who would cover which week, which went on for a while. Anyway, I was also mentoring an intern that quarter, and she was working on something totally unrelated, a dashboard for the sales team, and I spent a fair amount of time helping her set up her laptop and understand our deployment process. Looking back, there were a lot of moving parts that quarter and many of them had nothing to do with the project itself, but they all took time and attention.`;

const QUESTIONS = { deadline, manager, process } as const;

describe.each(Object.entries(STORIES))('ranking pairs: %s story', (name, s) => {
  const q = QUESTIONS[name as keyof typeof QUESTIONS];
  it('complete STAR beats missing result', () => expectBetter(q, s.complete, s.noResult));
  it('quantified beats vague', () => expectBetter(q, s.complete, s.vague));
  it('owned ("I") beats "we"', () => expectBetter(q, s.complete, s.we));
  it('clean beats filler-heavy', () => expectBetter(q, s.complete, s.filler));
  it('on-topic beats off-topic', () => expectBetter(q, s.complete, s.offTopic));
  it('covering the talking points beats missing them', () => expectBetter(q, s.complete, s.missesPoints));
  it('concise beats rambling (same text, over 3 minutes)', () =>
    expectBetter(q, { text: s.complete, durationSeconds: 75 }, { text: s.complete, durationSeconds: 240 }));
  it('concise beats rambling (padded with tangents)', () =>
    expectBetter(q, { text: s.complete, durationSeconds: 80 }, { text: s.complete + RAMBLE, durationSeconds: 230 }));
});

describe('follow-up questions', () => {
  it.each(Object.entries(STORIES))('ask why, how or what if for every variant of the %s story', (name, variants) => {
    for (const text of Object.values(variants))
      expect(analyzeAnswer(QUESTIONS[name as keyof typeof QUESTIONS], { text }).followUpQuestion).toMatch(FOLLOW_UP_FORM);
  });
  it.each(['TECHNICAL', 'SYSTEM_DESIGN', 'CASE', 'SITUATIONAL'] as const)('ask why, how or what if for a %s answer', (type) => {
    const question = { prompt: 'How would you design a rate limiter for a public API?', type };
    for (const text of [STORIES[Object.keys(STORIES)[0] as keyof typeof STORIES].complete, 'I would use a token bucket.'])
      expect(analyzeAnswer(question, { text }).followUpQuestion).toMatch(FOLLOW_UP_FORM);
  });
});

describe('ranking pairs: situational (hypothetical) answers', () => {
  const good = `If a teammate kept missing deadlines, my first step would be a private conversation with them, not a complaint to the manager. I would ask what is getting in the way, because the root cause is often unclear requirements or too much work rather than a lack of effort. Then I would agree with them on one or two concrete changes, for example splitting their tickets into smaller pieces and a quick check-in twice a week. If the deadlines still slipped after a couple of weeks, I would escalate to our lead, explaining the impact on my own work and what we had already tried. That would protect the project while giving my teammate a fair chance.`;
  const vagueNoResult = `I would probably talk to them about it at some point. Maybe things are hard for them right now. I would try to be supportive and see how it goes, and if it keeps happening I guess someone should probably be told.`;
  const offTopic = `Honestly my biggest strength is that I learn new programming languages quickly. Last year I picked up Rust in a few weeks and rewrote a command-line tool with it. I enjoy reading language specifications and comparing how different compilers optimize code.`;
  it('a structured plan beats a hedging, vague one', () => expectBetter(teammate, good, vagueNoResult));
  it('on-topic beats off-topic', () => expectBetter(teammate, good, offTopic));
});

describe('ranking pairs: system design answers', () => {
  const q: QuestionInput = {
    prompt: 'How would you design a URL shortener?',
    type: 'SYSTEM_DESIGN',
    talkingPoints: ['ID generation', 'Database choice', 'Caching', 'Scaling reads'],
    timeLimitSeconds: 300,
  };
  const good = `First, I'd clarify the requirements: I'll assume 100 million new links a month and a read-to-write ratio of about 100 to 1. For ID generation I would use a counter-based approach with base62 encoding, which gives short, unique keys; a hash of the URL is the alternative, but it needs collision handling. For the database choice I'd pick a key-value store like DynamoDB, since every lookup is by key and we need horizontal scaling. Reads dominate, so I'd put a Redis cache in front, and a CDN for the most popular links, which handles most of the scaling of reads. The trade-off is eventual consistency for newly created links, which is acceptable here. In summary: counter plus base62, a key-value store, and a cache in front.`;
  const shallow = `I would build a website where people paste a long link and get a short one back. It would save the links somewhere and send people to the right page when they click. I think it should be fast and reliable, and I would make it look nice too.`;
  const offTopic = `My favourite programming language is Python because it is readable and has a huge ecosystem. I use it for data analysis with pandas and for small automation scripts at work. I also like its community and the conferences.`;
  it('a reasoned design beats a shallow one', () => expectBetter(q, good, shallow));
  it('on-topic beats off-topic', () => expectBetter(q, good, offTopic));
  it('covering the talking points beats missing them', () =>
    expectBetter(
      q,
      good,
      `First, I'd clarify the requirements: I'll assume 100 million new links a month. I would write the service in Go and deploy it on Kubernetes with three replicas behind a load balancer. Logs go to a central logging system and we alert on error rates. The trade-off is operational complexity, but it keeps deployments simple. In summary: Go, Kubernetes and good monitoring.`,
    ));
});
