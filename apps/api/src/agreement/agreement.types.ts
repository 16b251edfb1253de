import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

/** Who gave the AI's scores; an LLM judge that failed and left the analyzer to score counts as ANALYZER. */
export enum AgreementSource {
  ANALYZER = 'ANALYZER',
  LLM = 'LLM',
}
registerEnumType(AgreementSource, { name: 'AgreementSource' });

@ObjectType({ description: "How far the AI's criterion scores (1..5) agree with the coaches' reviews of them." })
export class SourceAgreement {
  @Field(() => AgreementSource) source: AgreementSource;
  @Field(() => Int, { description: 'Pairs compared: one per review and criterion.' }) count: number;
  @Field(() => Float, { description: 'Share of pairs with the same score (0..1).' }) exactAgreement: number;
  @Field(() => Float, { description: 'Share of pairs at most one point apart (0..1).' }) withinOneAgreement: number;
  @Field(() => Float, { description: "Mean of the AI's score minus the coach's: positive when the AI is kinder." })
  meanDifference: number;
  @Field(() => Float, {
    nullable: true,
    description: "Cohen's kappa with quadratic weights on the 1..5 scale; null when undefined (e.g. one score only).",
  })
  quadraticWeightedKappa: number | null;
  @Field(() => Int, { description: 'Coach reviews behind the pairs.' }) reviews: number;
  @Field(() => Int, { description: 'Answers those reviews are of.' }) answers: number;
}

@ObjectType({ description: 'Agreement on one rubric criterion (matched by key across rubrics) for one source.' })
export class CriterionAgreement {
  @Field(() => AgreementSource) source: AgreementSource;
  @Field() criterionKey: string;
  @Field() criterionName: string;
  @Field(() => Int) count: number;
  @Field(() => Float) exactAgreement: number;
  @Field(() => Float) withinOneAgreement: number;
  @Field(() => Float) meanDifference: number;
  @Field(() => Float, { nullable: true }) quadraticWeightedKappa: number | null;
}

@ObjectType({ description: 'AI against coach over the answers coaches reviewed; every review counts.' })
export class AgreementReport {
  @Field(() => ID, { nullable: true }) cohortId: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) from: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) to: Date | null;
  @Field(() => [SourceAgreement], { description: 'All criteria together, per source.' }) overall: SourceAgreement[];
  @Field(() => [CriterionAgreement], { description: 'Per source, then criterion key.' }) criteria: CriterionAgreement[];
}
