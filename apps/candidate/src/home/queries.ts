import { graphql } from '../graphql';

export const HOME = graphql(`
  query Home {
    assignments(options: { take: 50 }) {
      totalCount
      nodes {
        id
        title
        dueAt
        template {
          mode
        }
        candidates {
          status
        }
      }
    }
    sessions(options: { take: 8 }) {
      totalCount
      nodes {
        id
        mode
        status
        createdAt
      }
    }
  }
`);

export const PRACTICE_NEXT = graphql(`
  query PracticeNext {
    practiceNext {
      focusShare
      focus {
        competency
        name
        score
        required
        evaluations
      }
      strengths {
        competency
        name
        score
      }
    }
  }
`);

export const OPEN_ACTION_ITEMS = graphql(`
  query OpenActionItems {
    actionItems(status: OPEN, options: { take: 20 }) {
      totalCount
      nodes {
        id
        text
        source
        createdAt
      }
    }
  }
`);

export const SET_ACTION_ITEM_STATUS = graphql(`
  mutation SetActionItemStatus($id: ID!, $status: ActionItemStatus!) {
    setActionItemStatus(id: $id, status: $status) {
      id
      status
    }
  }
`);

export const ACCEPT_INVITATION = graphql(`
  mutation AcceptMyInvitation($id: ID!) {
    acceptMyInvitation(invitationId: $id) {
      organizationId
    }
  }
`);

export const DECLINE_INVITATION = graphql(`
  mutation DeclineInvitation($id: ID!) {
    declineInvitation(invitationId: $id)
  }
`);
