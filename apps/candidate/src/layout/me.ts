import { graphql } from '../graphql';

/** Who is signed in, where, and where else they could be. */
export const ME = graphql(`
  query Me {
    me {
      id
      name
      email
      role
      organizationId
      organizations {
        organizationId
        organizationName
        role
      }
      invitations {
        id
        organizationId
        organizationName
        role
      }
    }
  }
`);
