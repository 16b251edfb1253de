import type { Role } from '@mockint/web-graphql';
import { graphql } from '../graphql';

export interface Organization {
  organizationId: string;
  organizationName: string;
  role: Role;
}

/** Who is signed in and where: what the app bar shows (react-admin's `useGetIdentity`). */
export interface Identity {
  id: string;
  fullName: string;
  email: string;
  role: Role;
  organizationId: string;
  organizationName: string;
  /** Every organization the person may act in, this one included. */
  organizations: Organization[];
}

const ME = `{ me { memberId name email role organizationId organizations { organizationId organizationName role } }
  organization { name } }`;

interface MeAnswer {
  me: { memberId: string; name: string; email: string; role: Role; organizationId: string; organizations: Organization[] };
  organization: { name: string };
}

export async function getIdentity(): Promise<Identity> {
  const { me, organization } = await graphql<MeAnswer>(ME);
  return {
    id: me.memberId,
    fullName: me.name,
    email: me.email,
    role: me.role,
    organizationId: me.organizationId,
    organizationName: organization.name,
    organizations: me.organizations,
  };
}

/** How a role reads in the app bar and in lists. */
export const ROLE_LABELS: Record<Role, string> = { ADMIN: 'Admin', COACH: 'Coach', CANDIDATE: 'Candidate' };
