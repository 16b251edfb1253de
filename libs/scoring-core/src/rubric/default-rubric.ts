import type { RubricInput } from '../types';

/**
 * The rubric every organization starts with. Keys match analyzer dimensions, so each criterion
 * is scored from its own evidence; weights favour content (structure, evidence, relevance)
 * over delivery.
 */
export const DEFAULT_RUBRIC: RubricInput = {
  name: 'Default interview rubric',
  criteria: [
    {
      key: 'structure',
      name: 'Structure (STAR)',
      description:
        'The answer is organized so it is easy to follow: Situation, Task, Action and Result for stories; assumptions, steps, trade-offs and a conclusion for technical or case questions.',
      weight: 0.2,
      levels: {
        1: 'No discernible structure; the listener cannot tell what happened or why.',
        2: 'Fragments of a story or argument; key parts (usually the action or result) are missing.',
        3: 'Recognizable structure with one part missing or thin.',
        4: 'Clear structure with all parts present; minor imbalance (e.g. too much context).',
        5: 'Crisp, well-proportioned structure: brief context, detailed action, explicit result.',
      },
    },
    {
      key: 'specificity',
      name: 'Specificity & evidence',
      description:
        'Concrete details that make the example credible: names, tools, numbers, dates, constraints; no vague filler like "stuff" or "a lot".',
      weight: 0.2,
      levels: {
        1: 'Entirely generic or hypothetical; could have been said by anyone.',
        2: 'Mostly vague with one or two concrete details.',
        3: 'Some concrete details, but key claims remain general.',
        4: 'Concrete throughout: people, tools and numbers make it credible.',
        5: 'Rich, precise detail that makes the example verifiable and memorable.',
      },
    },
    {
      key: 'impact',
      name: 'Quantified impact',
      description:
        'States the outcome and measures it (%, time, money, users), or for technical and case questions, quantifies estimates and lands on a conclusion.',
      weight: 0.15,
      levels: {
        1: 'No outcome or conclusion.',
        2: 'Outcome implied but never stated.',
        3: 'Outcome stated but not measured.',
        4: 'Outcome stated with one clear metric.',
        5: 'Outcome measured with several metrics, including business or user impact.',
      },
    },
    {
      key: 'relevance',
      name: 'Relevance & talking-point coverage',
      description: 'Answers the question that was asked and covers the expected talking points and competencies.',
      weight: 0.2,
      levels: {
        1: 'Off-topic or does not answer the question.',
        2: 'Loosely related; most talking points missed.',
        3: 'On topic; about half of the talking points covered.',
        4: 'Directly answers the question; most talking points covered.',
        5: 'Directly answers the question and covers every talking point.',
      },
    },
    {
      key: 'communication',
      name: 'Communication & delivery',
      description:
        'Concise and confident delivery: few filler words or hedges, a steady pace (120-170 wpm), within the time limit and under about 3 minutes.',
      weight: 0.15,
      levels: {
        1: 'Hard to follow: constant fillers, hedging, or far too long or too short.',
        2: 'Frequent fillers or hedges, or noticeably rambling.',
        3: 'Understandable, with some fillers, hedges or length issues.',
        4: 'Clear and confident with only occasional slips.',
        5: 'Polished, concise and confident throughout.',
      },
    },
    {
      key: 'ownership',
      name: 'Ownership',
      description:
        'Makes the candidate\'s personal contribution clear ("I decided", "I built") while crediting the team appropriately.',
      weight: 0.1,
      levels: {
        1: 'Only "we": the candidate\'s own role is invisible.',
        2: 'Mostly "we"; personal contribution is hard to isolate.',
        3: 'Mix of "I" and "we"; some personal actions are clear.',
        4: 'Personal actions and decisions are clear.',
        5: 'Clear personal ownership of decisions and actions, with the team credited where due.',
      },
    },
  ],
};
