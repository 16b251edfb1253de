import { graphql } from '../graphql';

export const MY_PROGRESS = graphql(`
  query MyProgress($from: DateTime) {
    candidateProgress(from: $from) {
      from
      to
      scoresWellAt
      meanAttemptsToScoreWell
      weeks {
        weekStart
        answers
        scoredAnswers
        sessions
        overallScore
        averageThinkingSeconds
        fillersPer100Words
        withinTimeLimitShare
        starCompleteness
        confidenceBefore
        confidenceAfter
        competencies {
          competency
          name
          averageScore
        }
      }
      competencies {
        competency
        name
        answers
        firstScore
        latestScore
        change
      }
      repeatedQuestions {
        questionId
        prompt
        attempts
        attemptsToScoreWell
        firstScore
        latestScore
      }
    }
  }
`);
