/** The API's QuestionType and Difficulty values, as people read them. */
export const QUESTION_TYPES = [
  { id: 'BEHAVIORAL', name: 'Behavioral' },
  { id: 'TECHNICAL', name: 'Technical' },
  { id: 'SYSTEM_DESIGN', name: 'System design' },
  { id: 'CODING', name: 'Coding' },
  { id: 'CASE', name: 'Case' },
  { id: 'SITUATIONAL', name: 'Situational' },
];

export const DIFFICULTIES = [
  { id: 'EASY', name: 'Easy' },
  { id: 'MEDIUM', name: 'Medium' },
  { id: 'HARD', name: 'Hard' },
];
