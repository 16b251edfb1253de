import { graphql } from '../graphql';

graphql(`
  fragment Reminder on PracticeReminder {
    id
    at
    note
    ics
  }
`);

export const NEXT_PRACTICE = graphql(`
  query NextPractice {
    nextPracticeReminder {
      ...Reminder
    }
  }
`);

export const SCHEDULE_PRACTICE = graphql(`
  mutation SchedulePractice($input: SchedulePracticeInput!) {
    schedulePractice(input: $input) {
      ...Reminder
    }
  }
`);

export const CANCEL_PRACTICE = graphql(`
  mutation CancelPracticeReminder($id: ID!) {
    cancelPracticeReminder(id: $id)
  }
`);
