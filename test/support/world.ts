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

/** Hashed once per test file: hashing is slow on purpose. */
let passwordHash: Promise<string> | undefined;

/** One more member of an organization, signed in over HTTP. */
export async function addMember(
  app: INestApplication,
  baseUrl: string,
  organizationId: string,
  person: { email: string; name: string; role: Role },
): Promise<{ id: string; client: GqlClient }> {
  const { member, user } = await app.get(MembersService).ensureMember({ organizationId }, person);
  await app
    .get(Db)
    .global(User)
    .update({ id: user.id }, { passwordHash: await (passwordHash ??= hashPassword(PASSWORD)) });
  return { id: member.id, client: await new GqlClient(baseUrl).signIn(person.email, PASSWORD) };
}

/** A new organization with one person per role, each signed in over HTTP. */
export async function createOrgWorld(app: INestApplication, baseUrl: string, name: string): Promise<OrgWorld> {
  const org = await app.get(OrganizationsService).create(name);
  const people = {
    admin: Role.ADMIN,
    coach: Role.COACH,
    candidate: Role.CANDIDATE,
    otherCandidate: Role.CANDIDATE,
  } as const;
  const ids = {} as OrgWorld['ids'];
  const clients = {} as Record<keyof typeof people, GqlClient>;
  for (const [key, role] of Object.entries(people) as [keyof typeof people, Role][]) {
    const email = `${key.toLowerCase()}@${org.slug}.test`;
    const added = await addMember(app, baseUrl, org.id, { email, name: `${key} of ${name}`, role });
    ids[key] = added.id;
    clients[key] = added.client;
  }
  return { organizationId: org.id, ...clients, ids };
}
