import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Mean counted score (0..100) of the answers on one competency.' })
export class CompetencyWeekScore {
  @Field({ description: 'The competency, trimmed and lower case (how competencies are compared).' }) competency: string;
  @Field({ description: "As the organization's competency list spells it, else as a question does." }) name: string;
  @Field(() => Float) averageScore: number;
  @Field(() => Int) answers: number;
}

@ObjectType({ description: 'Mean counted score (1..5) of one rubric criterion.' })
export class CriterionWeekScore {
  @Field() key: string;
  @Field() name: string;
  @Field(() => Float) averageScore: number;
  @Field(() => Int) answers: number;
}

@ObjectType({ description: 'One ISO week (Monday to Sunday, UTC) of practice. Figures without answers to measure are null.' })
export class ProgressWeek {
  @Field(() => GraphQLISODateTime, { description: 'Monday 00:00 UTC.' }) weekStart: Date;
  @Field(() => Int, { description: 'Answers submitted this week (each practice attempt counts).' }) answers: number;
  @Field(() => Int, { description: 'Of those, the scored ones: the score and delivery figures come from these.' })
  scoredAnswers: number;
  @Field(() => Float, { nullable: true, description: "Mean counted score (0..100): a coach's latest review wins over the AI." })
  overallScore: number | null;
  @Field(() => [CompetencyWeekScore]) competencies: CompetencyWeekScore[];
  @Field(() => [CriterionWeekScore]) criteria: CriterionWeekScore[];
  @Field(() => Float, { nullable: true, description: 'Mean seconds from seeing the question to starting to answer.' })
  averageThinkingSeconds: number | null;
  @Field(() => Float, { nullable: true, description: 'Filler words per 100 words, over all the words of the week.' })
  fillersPer100Words: number | null;
  @Field(() => Float, { nullable: true, description: 'Share of answers submitted within the time limit (0..1).' })
  withinTimeLimitShare: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Behavioral and situational answers: mean share of the four STAR parts found (0..1).',
  })
  starCompleteness: number | null;
  @Field(() => Float, {
    nullable: true,
    description:
      'Share of answers to questions that call for a clarifying question (system design, case, or said so) that asked one.',
  })
  clarifyingQuestionRate: number | null;
  @Field(() => Int, { description: 'Answers to questions that call for a clarifying question.' })
  clarifyingQuestionsCalledFor: number;
  @Field(() => Int, { description: 'Sessions started this week.' }) sessions: number;
  @Field(() => Float, { nullable: true, description: 'Mean self-rated confidence (1..5) before the sessions started this week.' })
  confidenceBefore: number | null;
  @Field(() => Float, { nullable: true, description: 'Mean self-rated confidence (1..5) after the sessions started this week.' })
  confidenceAfter: number | null;
}

@ObjectType({ description: 'A question answered more than once in the period, and how many tries it took to score well.' })
export class RepeatedQuestion {
  @Field(() => ID, { nullable: true, description: 'The bank question; null for a follow-up (retried in one session).' })
  questionId: string | null;
  @Field() prompt: string;
  @Field(() => Int, { description: 'Scored attempts in the period.' }) attempts: number;
  @Field(() => Int, {
    nullable: true,
    description: 'The attempt whose counted score first reached scoresWellAt; null if none did.',
  })
  attemptsToScoreWell: number | null;
  @Field(() => Int) firstScore: number;
  @Field(() => Int) latestScore: number;
}

@ObjectType({ description: 'First and latest counted score on a competency in the period.' })
export class CompetencyChange {
  @Field({ description: 'Trimmed and lower case.' }) competency: string;
  @Field({ description: "As the organization's competency list spells it, else as a question does." }) name: string;
  @Field(() => Int, { description: 'Scored answers on it in the period.' }) answers: number;
  @Field(() => Int) firstScore: number;
  @Field(() => Int) latestScore: number;
  @Field(() => Int, { description: 'latestScore - firstScore.' }) change: number;
  @Field(() => GraphQLISODateTime) firstAnsweredAt: Date;
  @Field(() => GraphQLISODateTime) latestAnsweredAt: Date;
}

@ObjectType({ description: "A candidate's practice week by week, and what changed over the period." })
export class CandidateProgress {
  @Field(() => ID) membershipId: string;
  @Field(() => GraphQLISODateTime) from: Date;
  @Field(() => GraphQLISODateTime) to: Date;
  @Field(() => [ProgressWeek], { description: 'Every ISO week the period touches, oldest first (empty weeks too).' })
  weeks: ProgressWeek[];
  @Field(() => [CompetencyChange], { description: 'By competency, alphabetically.' }) competencies: CompetencyChange[];
  @Field(() => Int, { description: 'The counted score (0..100) that "scores well" means (the READY threshold).' })
  scoresWellAt: number;
  @Field(() => [RepeatedQuestion], { description: 'Questions answered more than once, the most recently answered first.' })
  repeatedQuestions: RepeatedQuestion[];
  @Field(() => Float, {
    nullable: true,
    description: 'Mean attemptsToScoreWell over the repeated questions that scored well; null if none did.',
  })
  meanAttemptsToScoreWell: number | null;
}
