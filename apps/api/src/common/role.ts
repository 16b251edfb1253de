import { registerEnumType } from '@nestjs/graphql';

export enum Role {
  ADMIN = 'ADMIN',
  COACH = 'COACH',
  CANDIDATE = 'CANDIDATE',
}
registerEnumType(Role, { name: 'Role' });

export const ANY_MEMBER = [Role.ADMIN, Role.COACH, Role.CANDIDATE] as const;
export const STAFF = [Role.ADMIN, Role.COACH] as const;
