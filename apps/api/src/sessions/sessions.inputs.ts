import { Field, ID, InputType, Int, IntersectionType, PickType, registerEnumType } from '@nestjs/graphql';
import { QuestionFilter } from '../question-bank/question-bank.inputs';
import { QuestionType } from '../question-bank/question.entity';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { ListOptionsOf, SortOrder } from '../common/list';
import { InterviewMode, MAX_FOLLOW_UPS } from '../templates/interview-template.entity';
import { SessionStatus } from './interview-session.entity';

const ANSWER_MAX = 20_000;

/** What the candidate states when sitting down, in any kind of session. */
@InputType({ isAbstract: true })
class SessionOpeningInput {
  @Field(() => [String], { nullable: true, description: 'Checklist items ticked before starting.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  checklist?: string[];

  @Field(() => Int, { nullable: true, description: 'How confident the candidate feels now (1..5).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  confidenceBefore?: number;
}

@InputType()
export class StartSessionInput extends SessionOpeningInput {
  @Field(() => ID)
  @IsUUID()
  assignmentId: string;
}

export const PRACTICE_MAX_QUESTIONS = 10;

@InputType({ description: "Free practice: questions drawn at random, mostly from the candidate's weakest competencies." })
export class StartPracticeInput extends IntersectionType(
  SessionOpeningInput,
  PickType(QuestionFilter, ['companyId', 'type', 'difficulty', 'competency'] as const, InputType),
) {
  @Field(() => Int, { defaultValue: 3, description: `How many questions (1..${PRACTICE_MAX_QUESTIONS}).` })
  @IsInt()
  @Min(1)
  @Max(PRACTICE_MAX_QUESTIONS)
  questionCount: number;

  @Field(() => Int, { defaultValue: 1, description: `Follow-up questions after each answer (0..${MAX_FOLLOW_UPS}).` })
  @IsInt()
  @Min(0)
  @Max(MAX_FOLLOW_UPS)
  followUpCount: number;

  @Field(() => ID, { nullable: true, description: "The rubric to score with; the organization's default otherwise." })
  @IsOptional()
  @IsUUID()
  rubricId?: string;

  @Field({
    defaultValue: false,
    description:
      "Recommended practice: drawn from practiceNext's focus competencies (about 80%) and strengths, not recent scores.",
  })
  @IsBoolean()
  recommended: boolean = false;
}

@InputType({ description: 'Practice of one question you logged from a real interview, as it was asked.' })
export class PractiseLoggedQuestionInput extends SessionOpeningInput {
  @Field(() => ID)
  @IsUUID()
  realInterviewQuestionId: string;

  @Field(() => QuestionType, {
    defaultValue: QuestionType.BEHAVIORAL,
    description:
      "What kind of question it was (the feedback expects a story, a plan or reasoning accordingly); a question your school added to its bank from this one keeps the bank's.",
  })
  @IsEnum(QuestionType)
  type: QuestionType = QuestionType.BEHAVIORAL;

  @Field(() => Int, { defaultValue: 1, description: `Follow-up questions after the answer (0..${MAX_FOLLOW_UPS}).` })
  @IsInt()
  @Min(0)
  @Max(MAX_FOLLOW_UPS)
  followUpCount: number;
}

@InputType()
export class AnswerInput {
  @Field(() => ID)
  @IsUUID()
  sessionQuestionId: string;

  @Field({ description: `Typed text or a transcript, at most ${ANSWER_MAX} characters.` })
  @IsString()
  @MaxLength(ANSWER_MAX)
  text: string;
}

@InputType()
export class CompleteSessionInput {
  @Field(() => Int, { nullable: true, description: 'How confident the candidate feels after (1..5).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  confidenceAfter?: number;
}

export enum SessionSortField {
  CREATED_AT = 'CREATED_AT',
  COMPLETED_AT = 'COMPLETED_AT',
}
registerEnumType(SessionSortField, { name: 'SessionSortField' });

@InputType()
export class SessionFilter {
  @Field(() => ID, { nullable: true, description: "A candidate's sessions (member id); candidates always get their own." })
  @IsOptional()
  @IsUUID()
  candidateId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  assignmentId?: string;

  @Field(() => SessionStatus, { nullable: true })
  @IsOptional()
  @IsEnum(SessionStatus)
  status?: SessionStatus;

  @Field(() => InterviewMode, { nullable: true })
  @IsOptional()
  @IsEnum(InterviewMode)
  mode?: InterviewMode;

  @Field({
    nullable: true,
    description:
      "Completed sessions with a scored answer you have not reviewed yet (true), or only ones you have reviewed every answer of (false). Sort by COMPLETED_AT ASC for the review queue's oldest first.",
  })
  @IsOptional()
  @IsBoolean()
  awaitingMyReview?: boolean;
}

@InputType()
export class SessionListOptions extends ListOptionsOf(
  'Session',
  SessionSortField,
  SessionSortField.CREATED_AT,
  SessionFilter,
  SortOrder.DESC,
) {}
