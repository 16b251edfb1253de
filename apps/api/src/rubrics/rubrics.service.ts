import { DEFAULT_RUBRIC } from '@mockint/scoring-core';
import { Injectable } from '@nestjs/common';
import { Db } from '../database/db.service';
import { RequestContext } from '../common/request-context';
import { badInput, notFound } from '../common/app-error';
import { Rubric } from './rubric.entity';
import { RubricCriterion, RubricVersion } from './rubric-version.entity';
import { defaultCriteria } from './default-criteria';
import { CreateRubricInput, RubricCriterionInput, UpdateRubricInput } from './rubrics.inputs';

const keyOf = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .replace(/^(\d)/, 'c_$1')
    .slice(0, 50) || 'criterion';

function toCriteria(input: RubricCriterionInput[]): RubricCriterion[] {
  const criteria = input.map((c) => ({
    key: c.key ?? keyOf(c.name),
    name: c.name.trim(),
    description: c.description?.trim() ?? '',
    weight: c.weight,
    levels: c.levels.map((l) => l.trim()),
  }));
  const keys = criteria.map((c) => c.key);
  const duplicate = keys.find((k, i) => keys.indexOf(k) !== i);
  if (duplicate)
    throw badInput('DUPLICATE_CRITERION', `Two criteria share the key "${duplicate}"; give them distinct names or keys`);
  return criteria;
}

/** Rubrics and their immutable versions. */
@Injectable()
export class RubricsService {
  constructor(private readonly db: Db) {}

  list(ctx: RequestContext): Promise<Rubric[]> {
    return this.db.scoped(ctx, Rubric).find({ order: { name: 'ASC', id: 'ASC' } });
  }

  get(ctx: RequestContext, id: string): Promise<Rubric> {
    return this.db.scoped(ctx, Rubric).get(id, 'Rubric');
  }

  /** The organization's default rubric (for practice and templates that name none). */
  async getDefault(ctx: { organizationId: string }): Promise<Rubric> {
    const rubric = await this.db.scoped(ctx, Rubric).findOne({ where: { isDefault: true } });
    if (!rubric) throw notFound('Default rubric');
    return rubric;
  }

  async latestVersion(ctx: { organizationId: string }, rubricId: string): Promise<RubricVersion> {
    const version = await this.db.scoped(ctx, RubricVersion).findOne({ where: { rubricId }, order: { version: 'DESC' } });
    if (!version) throw notFound('Rubric version');
    return version;
  }

  /** The rubric every new organization starts with: the analyzer's default criteria, as the default. */
  createDefault(ctx: { organizationId: string }): Promise<Rubric> {
    return this.create(ctx, {
      name: DEFAULT_RUBRIC.name,
      description: 'The rubric every answer is scored against unless a template names another.',
      isDefault: true,
      criteria: defaultCriteria(),
    });
  }

  create(ctx: { organizationId: string }, input: CreateRubricInput): Promise<Rubric> {
    const criteria = toCriteria(input.criteria);
    return this.db.transaction(async () => {
      if (input.isDefault) await this.clearDefault(ctx);
      const rubrics = this.db.scoped(ctx, Rubric);
      const rubric = await rubrics.save(
        rubrics.create({ name: input.name, description: input.description ?? '', isDefault: input.isDefault ?? false }),
      );
      const versions = this.db.scoped(ctx, RubricVersion);
      await versions.save(versions.create({ rubricId: rubric.id, version: 1, criteria }));
      return rubric;
    });
  }

  update(ctx: RequestContext, id: string, input: UpdateRubricInput): Promise<Rubric> {
    const criteria = input.criteria && toCriteria(input.criteria);
    return this.db.transaction(async () => {
      const rubrics = this.db.scoped(ctx, Rubric);
      const rubric = await rubrics.get(id, 'Rubric', { lock: { mode: 'pessimistic_write' } });
      if (input.isDefault) await this.clearDefault(ctx);
      if (input.isDefault === false && rubric.isDefault) {
        throw badInput('DEFAULT_REQUIRED', 'Make another rubric the default instead of unsetting this one');
      }
      Object.assign(rubric, { name: input.name ?? rubric.name, description: input.description ?? rubric.description });
      if (input.isDefault) rubric.isDefault = true;
      await rubrics.save(rubric);
      if (criteria) {
        const latest = await this.latestVersion(ctx, id);
        const versions = this.db.scoped(ctx, RubricVersion);
        await versions.save(versions.create({ rubricId: id, version: latest.version + 1, criteria }));
      }
      return rubric;
    });
  }

  /** Refused while a template uses the rubric or any version has scored an answer (foreign keys say so). */
  async delete(ctx: RequestContext, id: string): Promise<boolean> {
    return this.db.transaction(async () => {
      const rubric = await this.get(ctx, id);
      if (rubric.isDefault)
        throw badInput('DEFAULT_RUBRIC', 'The default rubric cannot be deleted; make another one the default first');
      await this.db.scoped(ctx, RubricVersion).delete({ rubricId: id });
      return (await this.db.scoped(ctx, Rubric).delete({ id })) === 1;
    });
  }

  private async clearDefault(ctx: { organizationId: string }): Promise<void> {
    await this.db.scoped(ctx, Rubric).update({ isDefault: true }, { isDefault: false });
  }
}
