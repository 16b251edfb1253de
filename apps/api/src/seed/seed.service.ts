import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/config';
import { Db } from '../database/db.service';
import { Loaders } from '../database/loaders';
import { RequestContext } from '../common/request-context';
import { Role } from '../common/role';
import { Organization } from '../organizations/organization.entity';
import { OrganizationsService } from '../organizations/organizations.service';
import { MembersService } from '../members/members.service';
import { User } from '../members/user.entity';
import { hashPassword } from '../auth/secrets';
import { CohortsService } from '../cohorts/cohorts.service';
import { CohortRole } from '../cohorts/cohort-member.entity';
import { CompaniesService } from '../companies/companies.service';
import { QuestionBankService } from '../question-bank/question-bank.service';
import { QuestionType } from '../question-bank/question.entity';
import { RubricsService } from '../rubrics/rubrics.service';
import { TemplatesService } from '../templates/templates.service';
import { InterviewMode } from '../templates/interview-template.entity';
import { AssignmentsService } from '../assignments/assignments.service';
import { DEMO_COMPANY, DEMO_ORGANIZATION, DEMO_PASSWORD, DEMO_PEOPLE, DEMO_QUESTIONS } from './demo-data';

const SEED_LOCK_ID = 7_231_002;

/** Seeds the demo organization once, through the same services the API uses. */
@Injectable()
export class SeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger(SeedService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: Db,
    private readonly organizations: OrganizationsService,
    private readonly members: MembersService,
    private readonly cohorts: CohortsService,
    private readonly companies: CompaniesService,
    private readonly bank: QuestionBankService,
    private readonly rubrics: RubricsService,
    private readonly templates: TemplatesService,
    private readonly assignments: AssignmentsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.seedDemo) await this.seedDemo();
  }

  async seedDemo(): Promise<boolean> {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const seeded = await this.db.transaction(async () => {
      await this.db.manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK_ID]);
      if (await this.db.global(Organization).existsBy({ slug: DEMO_ORGANIZATION.slug })) return false;
      const org = await this.organizations.create(DEMO_ORGANIZATION.name, DEMO_ORGANIZATION.slug);
      const people = [];
      for (const person of DEMO_PEOPLE) {
        const { member, user } = await this.members.ensureMember({ organizationId: org.id }, person);
        if (!user.passwordHash) await this.db.global(User).update({ id: user.id }, { passwordHash });
        people.push(member);
      }
      const [admin, coach, ...candidates] = people;
      const ctx: RequestContext = {
        userId: admin.userId,
        organizationId: org.id,
        membershipId: admin.id,
        role: Role.ADMIN,
        loaders: new Loaders(this.db, org.id),
      };
      await this.rubrics.createDefault(ctx);
      const cohort = await this.cohorts.create(ctx, {
        name: 'Full-stack, Fall 2026',
        description: 'Evening full-stack bootcamp cohort.',
        startsOn: '2026-09-01',
        endsOn: '2026-12-18',
        readinessTarget: 75,
      });
      await this.cohorts.addMembers(ctx, cohort.id, { memberIds: [coach.id], role: CohortRole.COACH });
      await this.cohorts.addMembers(ctx, cohort.id, { memberIds: candidates.map((c) => c.id), role: CohortRole.CANDIDATE });
      const company = await this.companies.create(ctx, DEMO_COMPANY);
      const set = await this.bank.createSet(ctx, {
        name: 'Acme Cloud: backend engineer',
        description: 'Questions reported by candidates who interviewed at Acme Cloud.',
        companyId: company.id,
        roleTrack: 'Backend engineer',
      });
      const questions = [];
      for (const question of DEMO_QUESTIONS)
        questions.push(await this.bank.createQuestion(ctx, { questionSetId: set.id, ...question }));
      const template = await this.templates.create(
        { ...ctx, membershipId: coach.id, role: Role.COACH },
        {
          name: 'Acme Cloud backend: first round',
          description: 'Four fixed questions and one random behavioral question, under real conditions.',
          mode: InterviewMode.REALISTIC,
          followUpCount: 1,
          items: [
            { questionId: questions[0].id },
            { questionId: questions[1].id },
            { questionId: questions[6].id },
            { questionId: questions[8].id },
            { draw: { questionSetId: set.id, type: QuestionType.BEHAVIORAL, count: 1 } },
          ],
        },
      );
      await this.assignments.create(
        { ...ctx, membershipId: coach.id, role: Role.COACH },
        { templateId: template.id, cohortId: cohort.id, dueAt: new Date(Date.now() + 7 * 86_400_000) },
      );
      return true;
    });
    if (seeded) this.logger.log('Demo organization seeded');
    return seeded;
  }
}
