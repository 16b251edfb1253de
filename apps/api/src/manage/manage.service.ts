import { ReadinessService } from '../readiness/readiness.service';
import { writeFile } from 'node:fs/promises';
import { Inject, Injectable } from '@nestjs/common';
import { Db, DATABASE } from '../database/db.service';
import type { Database } from '../database/data-source';
import { APP_CONFIG, AppConfig } from '../config/config';
import { Role } from '../common/role';
import { AppError } from '../common/app-error';
import { Organization } from '../organizations/organization.entity';
import { OrganizationsService } from '../organizations/organizations.service';
import { MembersService } from '../members/members.service';
import { InvitationsService } from '../members/invitations.service';
import { Membership, MemberStatus } from '../members/membership.entity';
import { InvitationDelivery } from '../members/invitation.entity';
import { PasswordsService } from '../auth/passwords.service';
import { RubricsService } from '../rubrics/rubrics.service';
import { Command, OperatorError } from './commands';

interface OrganizationRow {
  slug: string;
  name: string;
  members: string;
  admins: string;
  createdAt: Date;
}

/**
 * The operator's commands (`npm run manage`): setting up organizations and their administrators,
 * resetting passwords, backing up the embedded database. Each returns the lines to print; the last one
 * is what to act on (a link, a file).
 */
@Injectable()
export class ManageService {
  constructor(
    private readonly db: Db,
    private readonly organizations: OrganizationsService,
    private readonly members: MembersService,
    private readonly invitations: InvitationsService,
    private readonly passwords: PasswordsService,
    private readonly rubrics: RubricsService,
    private readonly readiness: ReadinessService,
    @Inject(DATABASE) private readonly database: Database,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run(command: Exclude<Command, { name: 'help' | 'restore' }>): Promise<string[]> {
    try {
      switch (command.name) {
        case 'create-organization':
          return await this.createOrganization(command);
        case 'list-organizations':
          return await this.listOrganizations();
        case 'add-admin':
          return await this.addAdmin(command);
        case 'reset-password':
          return [
            `One-time link to choose a new password for ${command.email} (valid ${this.config.passwordResetTtlMinutes} minutes):`,
            await this.passwords.issueForOperator(command.email),
          ];
        case 'rebuild-readiness':
          return await this.rebuildReadiness(command.organization);
        case 'backup':
          return await this.backup(command.file);
      }
    } catch (error) {
      // The API's own errors carry a message meant for people.
      if (error instanceof AppError) throw new OperatorError(error.message);
      throw error;
    }
  }

  private async createOrganization(command: Extract<Command, { name: 'create-organization' }>): Promise<string[]> {
    const { organization, url } = await this.db.transaction(async () => {
      const organizations = this.db.global(Organization);
      const sameName = await organizations
        .createQueryBuilder('o')
        .where('lower(o.name) = lower(:name)', { name: command.organizationName })
        .getOne();
      if (sameName) {
        throw new OperatorError(
          `An organization named "${sameName.name}" exists already (slug ${sameName.slug}); list-organizations shows them all`,
        );
      }
      if (command.slug && (await organizations.existsBy({ slug: command.slug }))) {
        throw new OperatorError(`The slug "${command.slug}" is taken; choose another`);
      }
      const organization = await this.organizations.create(command.organizationName, command.slug);
      const ctx = { organizationId: organization.id };
      await this.rubrics.createDefault(ctx);
      const url = await this.inviteAdmin(ctx, command.adminEmail, command.adminName);
      return { organization, url };
    });
    return [
      `Created the organization "${organization.name}" (slug ${organization.slug}) with the default rubric.`,
      `Its administrator ${command.adminEmail} joins through this one-time link (valid ${this.config.invitationTtlHours} hours):`,
      url,
    ];
  }

  private async rebuildReadiness(slug?: string): Promise<string[]> {
    const organization = slug ? await this.organizationBySlug(slug) : undefined;
    const started = Date.now();
    const places = await this.readiness.rebuild(organization?.id);
    return [`Readiness recomputed: ${places} candidates in cohorts, in ${((Date.now() - started) / 1000).toFixed(1)} s.`];
  }

  private async organizationBySlug(slug: string): Promise<Organization> {
    const organization = await this.db.global(Organization).findOneBy({ slug });
    if (!organization) throw new OperatorError(`No organization has the slug "${slug}" (see list-organizations)`);
    return organization;
  }

  private async listOrganizations(): Promise<string[]> {
    const rows = await this.db
      .global(Organization)
      .createQueryBuilder('o')
      .select(['o.slug AS slug', 'o.name AS name', 'o.createdAt AS "createdAt"'])
      .addSelect(`(SELECT count(*) FROM memberships m WHERE m.organization_id = o.id AND m.status = 'ACTIVE')`, 'members')
      .addSelect(
        `(SELECT count(*) FROM memberships m WHERE m.organization_id = o.id AND m.status = 'ACTIVE' AND m.role = 'ADMIN')`,
        'admins',
      )
      .orderBy('o.createdAt')
      .getRawMany<OrganizationRow>();
    if (!rows.length) return ['No organizations yet: create one with create-organization.'];
    const table = [
      ['SLUG', 'NAME', 'MEMBERS', 'ADMINS', 'CREATED'],
      ...rows.map((r) => [r.slug, r.name, String(r.members), String(r.admins), new Date(r.createdAt).toISOString().slice(0, 10)]),
    ];
    const widths = table[0].map((_, column) => Math.max(...table.map((row) => row[column].length)));
    return table.map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column]))
        .join('  ')
        .trimEnd(),
    );
  }

  private async addAdmin(command: Extract<Command, { name: 'add-admin' }>): Promise<string[]> {
    return this.db.transaction(async () => {
      const organization = await this.organizationBySlug(command.organization);
      const ctx = { organizationId: organization.id };
      const user = await this.members.findUserByEmail(command.email);
      const member = user && (await this.db.scoped(ctx, Membership).findOne({ where: { userId: user.id } }));
      if (member?.status === MemberStatus.ACTIVE) {
        await this.db.scoped(ctx, Membership).update({ id: member.id }, { role: Role.ADMIN });
        return [`${command.email} is now an administrator of ${organization.name}; they sign in as before.`];
      }
      return [
        `${command.email} joins ${organization.name} as an administrator through this one-time link (valid ${this.config.invitationTtlHours} hours):`,
        await this.inviteAdmin(ctx, command.email, command.adminName),
      ];
    });
  }

  /** An invitation as administrator; the operator holds its link (they can reset any password anyway). */
  private async inviteAdmin(ctx: { organizationId: string }, email: string, name?: string): Promise<string> {
    const person = { email, name: name ?? email.split('@')[0] };
    const user = await this.members.findOrCreateUser(person.email, person.name);
    const existing = await this.db.scoped(ctx, Membership).findOne({ where: { userId: user.id } });
    const member = await this.invitations.makePending(ctx, user, Role.ADMIN, existing);
    return this.invitations.urlOf(await this.invitations.issue(ctx, member, person, null, InvitationDelivery.OPERATOR));
  }

  private async backup(file: string): Promise<string[]> {
    if (!this.database.dump) {
      throw new OperatorError('backup copies the embedded database; with DATABASE_URL use pg_dump (see the README)');
    }
    await writeFile(file, Buffer.from(await (await this.database.dump()).arrayBuffer()), { mode: 0o600 });
    return [`Backed up the embedded database to:`, file];
  }
}
