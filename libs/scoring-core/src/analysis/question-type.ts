import type { QuestionType } from '../types';

/** STAR fits stories; an unknown type is treated as behavioral, the most common interview question. */
export function usesStar(type: QuestionType | undefined): boolean {
  return type === undefined || type === 'BEHAVIORAL' || type === 'SITUATIONAL';
}

export function isTechnical(type: QuestionType | undefined): boolean {
  return type === 'TECHNICAL' || type === 'SYSTEM_DESIGN' || type === 'CODING';
}
