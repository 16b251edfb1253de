/** The GraphQL the interview screens use. */
import { graphql } from '../graphql';
import type { EvaluationViewFragment, ShowQuestionMutation } from '../gql/graphql';

export const START_ASSIGNMENT = graphql(`
  mutation StartAssignment($input: StartSessionInput!) {
    startSession(input: $input) {
      id
      mode
    }
  }
`);

export const START_PRACTICE = graphql(`
  mutation StartPractice($input: StartPracticeInput!) {
    startPractice(input: $input) {
      id
      mode
    }
  }
`);

export const SHOW_QUESTION = graphql(`
  mutation ShowQuestion($sessionId: ID!, $position: Int!) {
    showQuestion(sessionId: $sessionId, position: $position) {
      id
      position
      prompt
      timeLimitSeconds
      thinkingSeconds
      followUpDepth
      shownAt
    }
  }
`);

export const SAVE_DRAFT = graphql(`
  mutation SaveAnswerDraft($input: AnswerInput!) {
    saveAnswerDraft(input: $input) {
      id
    }
  }
`);

export const SUBMIT_ANSWER = graphql(`
  mutation SubmitAnswer($input: AnswerInput!) {
    submitAnswer(input: $input) {
      id
      attempt
      overTime
    }
  }
`);

export const REPORT_FOCUS_LOSS = graphql(`
  mutation ReportFocusLoss($sessionId: ID!) {
    reportFocusLoss(sessionId: $sessionId) {
      id
    }
  }
`);

export const COMPLETE_SESSION = graphql(`
  mutation CompleteSession($id: ID!, $input: CompleteSessionInput) {
    completeSession(id: $id, input: $input) {
      id
    }
  }
`);

graphql(`
  fragment EvaluationView on Evaluation {
    id
    source
    status
    overallScore
    evidenceReason
    criteria {
      key
      name
      score
      rationale
      evidence
    }
    redFlags {
      code
      message
    }
    feedback {
      stronger
      communication
      concerns
    }
    actionItems
    followUpQuestion
    analysis {
      wordCount
      wordsPerMinute
      durationSeconds
      durationEstimated
      thinkingSeconds
      speechTiming
      pauseCount
      longestPauseSeconds
      silenceBeforeFirstWordSeconds
      fillerWords {
        total
        per100Words
        breakdown {
          filler
          count
        }
      }
      star {
        partsFound
        situation {
          found
        }
        task {
          found
        }
        action {
          found
        }
        result {
          found
        }
      }
    }
    reviews {
      id
      comment
      overallScore
      actionItems
      overrides {
        key
        score
        note
      }
    }
  }
`);

graphql(`
  fragment ScoredAnswer on Answer {
    id
    status
    text
    overTime
    startedLate
    evaluation {
      ...EvaluationView
    }
  }
`);

export const ANSWER_SCORED = graphql(`
  subscription AnswerScored($id: ID!) {
    answerScored(answerId: $id) {
      ...ScoredAnswer
    }
  }
`);

export const ANSWER = graphql(`
  query Answer($id: ID!) {
    answer(id: $id) {
      ...ScoredAnswer
    }
  }
`);

export const SUMMARY = graphql(`
  query SessionSummary($id: ID!) {
    session(id: $id) {
      id
      mode
      status
      confidenceBefore
      confidenceAfter
      focusLossCount
      questions {
        id
        position
        prompt
        followUpDepth
        timeLimitSeconds
        answers {
          attempt
          ...ScoredAnswer
          recordings {
            id
            part
            audioUrl
            durationMs
            transcript {
              words {
                word
                start
                end
              }
            }
          }
          recordingComments {
            id
            atSeconds
            body
            authorName
          }
        }
      }
    }
  }
`);

/** Where a sitting was left: each question's attempts, the draft's text included. */
export const SITTING = graphql(`
  query Sitting($id: ID!) {
    session(id: $id) {
      id
      mode
      status
      waitingRoomSecondsLeft
      questions {
        id
        position
        answers {
          id
          status
          text
        }
      }
    }
  }
`);

export type Question = ShowQuestionMutation['showQuestion'];
export type Evaluation = EvaluationViewFragment;
export type Mode = 'REALISTIC' | 'PRACTICE';

/** What the candidate states before starting. */
export interface Opening {
  checklist: string[];
  confidenceBefore: number;
}
