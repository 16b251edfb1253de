import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum ReadinessLevel {
  NOT_READY = 'NOT_READY',
  DEVELOPING = 'DEVELOPING',
  READY = 'READY',
  INTERVIEW_READY = 'INTERVIEW_READY',
}
registerEnumType(ReadinessLevel, { name: 'ReadinessLevel' });

export enum ReadinessComponentKey {
  COMPETENCIES = 'COMPETENCIES',
  COVERAGE = 'COVERAGE',
  COMPLETION = 'COMPLETION',
  TREND = 'TREND',
}
registerEnumType(ReadinessComponentKey, { name: 'ReadinessComponentKey' });

@ObjectType({ description: 'An evaluation behind a figure, with the score that counted and its share.' })
export class ReadinessEvidence {
  @Field(() => ID) evaluationId: string;
  @Field(() => Int, { description: "0..100: the latest coach review's score, else the AI's." }) score: number;
  @Field() at: Date;
  @Field(() => Float, { description: "Share of the competency's score (0..1): newer evaluations weigh more." }) weight: number;
}

@ObjectType({ description: "One competency in a candidate's readiness." })
export class CompetencyReadiness {
  @Field({ description: 'The competency compared trimmed and case-insensitively (the key).' }) competency: string;
  @Field({ description: "As the organization's competency list, the cohort or the question names it." }) name: string;
  @Field({ description: 'The cohort requires it.' }) required: boolean;
  @Field(() => Float, { nullable: true, description: 'Recency-weighted mean score (0..100); null when never evaluated.' })
  score: number | null;
  @Field(() => Int) evaluations: number;
  @Field(() => Int, { nullable: true, description: 'Score of the first evaluation of this competency.' }) first: number | null;
  @Field(() => Int, { nullable: true, description: 'Score of the latest evaluation of this competency.' }) latest: number | null;
  @Field(() => [ReadinessEvidence]) evidence: ReadinessEvidence[];
}

@ObjectType({ description: 'One part of readiness: value (0..100) x weight = points.' })
export class ReadinessComponent {
  @Field(() => ReadinessComponentKey) key: ReadinessComponentKey;
  @Field(() => Float, { description: 'Share of readiness (the weights sum to 1).' }) weight: number;
  @Field(() => Float, { description: '0..100' }) value: number;
  @Field(() => Float) points: number;
  @Field() explanation: string;
}

@ObjectType({ description: 'What to practise next: the weakest competencies first, a few strengths to keep.' })
export class PracticePlan {
  @Field(() => [CompetencyReadiness], {
    description: 'Required competencies never practised, then the lowest scores: about 80% of recommended practice.',
  })
  focus: CompetencyReadiness[];
  @Field(() => [CompetencyReadiness], { description: 'The strongest competencies: the other 20%, so they stay sharp.' })
  strengths: CompetencyReadiness[];
  @Field(() => Float, { description: 'Share of recommended practice drawn from the focus competencies.' }) focusShare: number;
}
