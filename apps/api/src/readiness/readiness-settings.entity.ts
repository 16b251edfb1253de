import { Field, Float, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index } from 'typeorm';
import { TenantEntity } from '../database/tenant.entity';
import type { ComponentWeights } from './analytics-rules';

@ObjectType({ description: 'How much each component counts toward readiness (any scale: they are normalised).' })
export class ReadinessWeights implements ComponentWeights {
  @Field(() => Float) competencies: number;
  @Field(() => Float) coverage: number;
  @Field(() => Float) completion: number;
  @Field(() => Float) trend: number;
}

/** An organization's own readiness weights and competency names; defaults apply without a row. */
@ObjectType()
@Entity('readiness_settings')
@Index('readiness_settings_organization_unique', ['organizationId'], { unique: true })
export class ReadinessSettings extends TenantEntity {
  @Field(() => ReadinessWeights)
  @Column({ type: 'jsonb' })
  weights: ReadinessWeights;

  @Field(() => [String], { description: "The organization's competency names: how competencies are shown everywhere." })
  @Column({ type: 'text', array: true, default: '{}' })
  competencies: string[];
}
