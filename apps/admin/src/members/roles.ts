import type { Role } from '@mockint/web-graphql';
import { ROLE_LABELS } from '../layout/identity';
import { STATUS_LABELS } from './types';

const choices = (labels: Record<string, string>) => Object.entries(labels).map(([id, name]) => ({ id, name }));

export const ROLE_CHOICES = choices(ROLE_LABELS);
export const STATUS_CHOICES = choices(STATUS_LABELS);

export const roleLabel = (role: Role): string => ROLE_LABELS[role];
