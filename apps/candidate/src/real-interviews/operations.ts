import { graphql } from '../graphql';

export const REAL_INTERVIEWS = graphql(`
  query MyRealInterviews {
    realInterviews(options: { take: 100, sort: { field: INTERVIEWED_ON, order: DESC } }) {
      totalCount
      nodes {
        id
        companyName
        role
        stage
        interviewedOn
        outcome
        questions {
          id
          unexpected
        }
      }
    }
  }
`);

export const REAL_INTERVIEW = graphql(`
  query RealInterview($id: ID!) {
    realInterview(id: $id) {
      id
      companyName
      role
      stage
      interviewedOn
      outcome
      selfEvaluation
      notes
      questions {
        id
        prompt
        unexpected
        competencies
      }
    }
  }
`);

export const LOG_REAL_INTERVIEW = graphql(`
  mutation LogRealInterview($input: LogRealInterviewInput!) {
    logRealInterview(input: $input) {
      id
    }
  }
`);

export const UPDATE_REAL_INTERVIEW = graphql(`
  mutation UpdateRealInterview($id: ID!, $input: UpdateRealInterviewInput!) {
    updateRealInterview(id: $id, input: $input) {
      id
    }
  }
`);

export const DELETE_REAL_INTERVIEW = graphql(`
  mutation DeleteRealInterview($id: ID!) {
    deleteRealInterview(id: $id)
  }
`);

export const PRACTISE_LOGGED = graphql(`
  mutation PractiseLoggedQuestion($input: PractiseLoggedQuestionInput!) {
    practiseLoggedQuestion(input: $input) {
      id
    }
  }
`);
