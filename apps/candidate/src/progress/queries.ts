import { graphql } from '../graphql';

/** The signed-in candidate's member id: progress is asked for by it. */
export const MY_MEMBER_ID = graphql(`
  query MyMemberId {
    me {
      memberId
    }
  }
`);

export const MY_PROGRESS = graphql(`
  query MyProgress($membershipId: ID!, $from: DateTime) {
    candidateProgress(membershipId: $membershipId, from: $from) {
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
          averageScore
        }
      }
      competencies {
        competency
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
