import { INestApplication } from '@nestjs/common';
import { Role } from '../../apps/api/src/common/role';
import { Db } from '../../apps/api/src/database/db.service';
import { OrganizationsService } from '../../apps/api/src/organizations/organizations.service';
import { MembersService } from '../../apps/api/src/members/members.service';
import { User } from '../../apps/api/src/members/user.entity';
import { hashPassword } from '../../apps/api/src/auth/secrets';
import { GqlClient } from './graphql-client';

export const PASSWORD = 'correct-horse-battery';

export interface OrgWorld {
  organizationId: string;
  admin: GqlClient;
  coach: GqlClient;
  candidate: GqlClient;
  otherCandidate: GqlClient;
  ids: { admin: string; coach: string; candidate: string; otherCandidate: string };
}

/** A new organization with one person per role, each signed in over HTTP. */
export async function createOrgWorld(app: INestApplication, baseUrl: string, name: string): Promise<OrgWorld> {
  const db = app.get(Db);
  const org = await app.get(OrganizationsService).create(name);
  const members = app.get(MembersService);
  const passwordHash = await hashPassword(PASSWORD);
  const slug = org.slug;
  const people = {
    admin: Role.ADMIN,
    coach: Role.COACH,
    candidate: Role.CANDIDATE,
    otherCandidate: Role.CANDIDATE,
  } as const;
  const ids = {} as OrgWorld['ids'];
  const clients = {} as Record<keyof typeof people, GqlClient>;
  const anonymous = new GqlClient(baseUrl);
  for (const [key, role] of Object.entries(people) as [keyof typeof people, Role][]) {
    const email = `${key.toLowerCase()}@${slug}.test`;
    const { member, user } = await members.ensureMember({ organizationId: org.id }, { email, name: `${key} of ${name}`, role });
    await db.global(User).update({ id: user.id }, { passwordHash });
    ids[key] = member.id;
    clients[key] = await anonymous.signIn(email, PASSWORD);
  }
  return { organizationId: org.id, ...clients, ids };
}
