import type { AnswerKind } from '../types';
import { isTechnical } from '../analysis/question-type';
import { joinList, plural, quoteList } from '../text/format';
import type { Rule } from './issue';
import { fitQuestion, quoteClause, quotedAction, topicPhrase } from './phrasing';

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);
const stripEnd = (text: string): string => text.trim().replace(/[.?!:;\s]+$/, '');

const FIT_INTO: Record<AnswerKind, string> = {
  story: 'this example',
  reasoned: 'your design',
  hypothetical: 'your plan',
  motivation: 'your reasons for this role',
  selfAssessment: 'how you see yourself',
};

/** What the answer says: relevance, structure, evidence, ownership. */
export const CONTENT_RULES: readonly Rule[] = [
  {
    dimension: 'relevance',
    flag: 'TOO_SHORT',
    overriding: true,
    applies: ({ flags }) => flags.has('TOO_SHORT'),
    describe: ({ metrics }) => ({
      advice:
        metrics.wordCount === 0
          ? 'Give an answer: even 30 seconds built around one concrete example beats silence.'
          : `At ${plural(metrics.wordCount, 'word')} the answer is too thin to judge; aim for 150-300 words (1-2 minutes) built around one concrete example.`,
      concern: 'A real interviewer would assume you have no example to draw on.',
      action:
        'Re-answer out loud for 60-90 seconds: one sentence of context, one on your goal, three on what you did, one on the result.',
      followUp: 'How has this played out in one specific example from your own experience, and how did it turn out?',
    }),
  },
  {
    dimension: 'relevance',
    flag: 'OFF_TOPIC',
    applies: ({ flags }) => flags.has('OFF_TOPIC'),
    describe: ({ metrics, question }) => ({
      advice: `The answer drifts from the question (relevance ${metrics.relevance.toFixed(2)}): restate what was asked, then choose an example that fits it.`,
      concern: 'An interviewer may think you did not listen, or are steering to a prepared story.',
      action: 'Before answering, restate the question in one sentence and check each part of your answer against it.',
      followUp: `How does what you described answer the question "${stripEnd(question.prompt)}"?`,
    }),
  },
  {
    dimension: 'impact',
    flag: 'MISSING_RESULT',
    applies: ({ usesStar, metrics }) => usesStar && !metrics.star.result.found,
    describe: ({ metrics }) => {
      const action = quotedAction(metrics);
      return {
        advice:
          'The story stops after the actions: finish with the result, meaning what changed, by how much, and what you learned.',
        concern: 'Without an outcome, an interviewer cannot tell whether your actions worked.',
        action:
          'Write one closing sentence for this story ("As a result, <metric> went from X to Y in <time>") and practise ending every story with it.',
        followUp: action
          ? `How did you measure the outcome after ${action}?`
          : 'How did you know your work made a difference, and by how much?',
      };
    },
  },
  {
    dimension: 'structure',
    applies: ({ usesStar, metrics, flags }) => usesStar && !metrics.star.action.found && !flags.has('TOO_SHORT'),
    describe: ({ metrics }) => {
      const context = quoteClause(metrics.star.task.sentences[0] ?? metrics.star.situation.sentences[0], 'you');
      return {
        advice: 'It is unclear what you actually did: make your own steps and decisions the longest part of the answer.',
        concern: 'The interviewer may not see any contribution of yours to judge.',
        action: 'Outline three concrete steps you took, each starting with "I ...", and rehearse them as the core of the story.',
        followUp: context
          ? `How exactly did you approach it when ${context}?`
          : 'How exactly did you approach the problem, step by step?',
      };
    },
  },
  {
    dimension: 'impact',
    applies: ({ usesStar, metrics }) => usesStar && metrics.star.result.found && metrics.quantifiedResults.length === 0,
    describe: ({ metrics }) => {
      const sentences = metrics.star.result.sentences;
      const result = quoteClause(sentences[sentences.length - 1], 'you');
      return {
        advice: 'The result is not quantified: add a number (percent, time saved, money, users) so the impact is concrete.',
        concern: 'Unmeasured impact can sound anecdotal.',
        action:
          'List three numbers you could cite for this story (before/after, time saved, people affected) and work the strongest into the result.',
        followUp: result ? `How did you measure that ${result}?` : 'How did you measure the impact of what you did?',
      };
    },
  },
  {
    dimension: 'relevance',
    applies: ({ metrics }) => metrics.talkingPointCoverage.missed.length > 0,
    describe: ({ metrics, usesStar, kind }) => {
      const { covered, missed, ratio } = metrics.talkingPointCoverage;
      const first = topicPhrase(missed[0]);
      // "How you resolved it" is already a question clause; "Stakeholder alignment" is a topic.
      const asked = /^(?:how|what|why|when|who|which|where)\b/i.test(first)
        ? `How would you describe ${lowerFirst(first)}?`
        : usesStar
          ? `How did ${first} play out in this example?`
          : fitQuestion(first, FIT_INTO[kind]);
      return {
        advice: `You covered ${covered.length} of ${covered.length + missed.length} talking points; bring in ${quoteList(missed)}.`,
        concern: ratio !== null && ratio < 0.5 ? `Leaving out ${quoteList(missed)} may read as a gap in experience.` : null,
        action: `Turn the talking points into a checklist and re-record until you hit each one, starting with ${quoteList(missed, 2)}.`,
        followUp: asked,
      };
    },
  },
  {
    dimension: 'specificity',
    flag: 'NO_SPECIFICS',
    applies: ({ dimensions }) => dimensions.specificity.score <= 3,
    describe: ({ metrics, usesStar, kind }) => {
      const { numbers, names, technicalTerms, vagueTerms } = metrics.specifics;
      const action = quotedAction(metrics);
      const vague = vagueTerms.length ? ` and replace vague words like ${quoteList(vagueTerms)}` : '';
      return {
        advice: `Add concrete detail (so far ${plural(numbers, 'number')}, ${plural(names.length, 'name')}, ${plural(technicalTerms.length, 'tool or technical term', 'tools or technical terms')})${vague}.`,
        concern: 'Vague answers can sound rehearsed or second-hand.',
        action: usesStar
          ? 'Rewrite your key sentences with a who, a what and a how much: name the stakeholder, the tool and one number.'
          : 'Rewrite your key points with the concrete mechanism: name the component or data structure, and give one number (size, latency, complexity).',
        followUp:
          kind === 'reasoned'
            ? 'How exactly does that work under the hood: which components or data structures are involved, and with what numbers?'
            : !usesStar
              ? 'How would that look in practice: which people, steps and numbers would be involved?'
              : action
                ? `How exactly did it go when ${action}: which people, tools and numbers were involved?`
                : 'How exactly did it go: which people, tools and numbers were involved?',
      };
    },
  },
  {
    dimension: 'ownership',
    flag: 'LOW_OWNERSHIP',
    applies: ({ usesStar, metrics }) =>
      usesStar && metrics.ownership.ratio !== null && metrics.ownership.ratio < 0.5 && metrics.ownership.weCount >= 2,
    describe: ({ metrics, sentences }) => {
      const { iCount, weCount } = metrics.ownership;
      const teamClause = quoteClause(
        sentences.find((s) => /\bwe\b/i.test(s)),
        'team',
        /\bwe\b/i,
      );
      return {
        advice: `"We" appears ${weCount} times against ${iCount} "I": say what you personally did and decided.`,
        concern: "The interviewer may not be able to separate your contribution from the team's.",
        action: 'Re-tell the action part using "I" for every step you owned, and credit the team in one separate sentence.',
        followUp: teamClause
          ? `How did you personally contribute when ${teamClause}?`
          : 'Why did you take on your part, and how did you personally contribute?',
      };
    },
  },
  {
    dimension: 'structure',
    applies: ({ kind, dimensions }) => (kind === 'motivation' || kind === 'selfAssessment') && dimensions.structure.score <= 3,
    describe: ({ kind, metrics }) =>
      kind === 'motivation'
        ? {
            advice: `Make your reasons specific: ${joinList(
              [
                !metrics.fit.givesReasons && 'say why',
                !metrics.fit.refersToRole && 'name what about this company or role draws you',
                !metrics.star.action.found && 'back it with something you did',
                !metrics.fit.statesContribution && 'say what you would bring',
              ].filter((g): g is string => typeof g === 'string'),
            )}.`,
            concern: 'Generic reasons can sound as if you would take any job.',
            action:
              'Write down two things about this company or role you could not say about another, and one past result that shows you would do well there.',
            followUp:
              'What specifically about this role would let you do your best work, and how does it connect to what you have done?',
          }
        : {
            advice:
              'Anchor the trait in evidence: one short example where it showed, and what changed (or what you are doing about a weakness).',
            concern: 'A trait without an example is hard to believe.',
            action:
              'Pick one example that shows the trait and tell it in three sentences: the moment, what you did, what came of it.',
            followUp: 'How has that shown up in your recent work, and what are you doing about it now?',
          },
  },
  {
    dimension: 'structure',
    applies: ({ kind, dimensions }) => (kind === 'reasoned' || kind === 'hypothetical') && dimensions.structure.score <= 3,
    describe: ({ metrics }) => {
      const r = metrics.reasoning;
      const gaps = [
        !(r.statesAssumptions || metrics.askedClarifyingQuestion) && 'state requirements and assumptions',
        r.signposts < 2 && 'signpost the steps',
        !r.considersTradeoffs && 'compare an alternative',
        !r.hasConclusion && 'end with a recommendation',
      ].filter((g): g is string => typeof g === 'string');
      return {
        advice: `Make the reasoning visible: ${joinList(gaps.length ? gaps : ['develop each step'])}.`,
        concern: r.considersTradeoffs ? null : 'Without trade-offs, the interviewer cannot judge your engineering judgment.',
        action:
          'Practise a four-step frame out loud: clarify requirements, outline the approach, compare one alternative, recommend.',
        followUp: !r.considersTradeoffs
          ? 'Why did you choose this approach over the alternatives, and what would make you switch?'
          : 'What if your assumptions about the requirements turned out to be wrong: how would your approach change?',
      };
    },
  },
  {
    dimension: 'technicalDepth',
    applies: ({ question, dimensions }) => isTechnical(question.type) && dimensions.technicalDepth.score <= 3,
    describe: ({ metrics }) => ({
      advice: `Go deeper technically: name the components, data structures or tools and their limits (${plural(metrics.specifics.technicalTerms.length, 'technical term')} so far).`,
      concern: 'The interviewer may doubt hands-on depth.',
      action:
        'Pick the two hardest parts of the problem and explain out loud how they work and how they fail (limits, complexity, failure modes).',
      followUp: 'How would your solution behave under ten times the load, or when a dependency fails?',
    }),
  },
];
