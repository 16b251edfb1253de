import type { QuestionType } from '../gql/graphql';

/** Question types as a candidate reads them. */
export const QUESTION_TYPES: Record<QuestionType, string> = {
  BEHAVIORAL: 'Behavioural',
  TECHNICAL: 'Technical',
  SYSTEM_DESIGN: 'System design',
  CODING: 'Coding',
  SITUATIONAL: 'Situational',
  CASE: 'Case',
};
