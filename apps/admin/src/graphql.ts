import { Session } from '@mockint/web-graphql';

/** The signed-in session: the access token in memory, the refresh token in the API's httpOnly cookie. */
export const session = new Session();

export { ApiError } from '@mockint/web-graphql';

/** POSTs one operation to /graphql as the signed-in person; throws ApiError on the first error. */
export const graphql = session.request;
