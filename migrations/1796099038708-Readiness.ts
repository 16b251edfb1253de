import { MigrationInterface, QueryRunner } from 'typeorm';

export class Readiness1796099038708 implements MigrationInterface {
  name = 'Readiness1796099038708';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."candidate_readiness_level_enum" AS ENUM('NOT_READY', 'DEVELOPING', 'READY', 'INTERVIEW_READY')`);
    await queryRunner.query(`CREATE TABLE "candidate_readiness" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "cohort_id" uuid NOT NULL, "membership_id" uuid NOT NULL, "score" smallint NOT NULL, "level" "public"."candidate_readiness_level_enum" NOT NULL, "trend" real, "components" jsonb NOT NULL, "competencies" jsonb NOT NULL, "evaluation_count" integer NOT NULL, "last_activity_at" TIMESTAMP WITH TIME ZONE, "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_a38736b5abc61fd974504d12242" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_0e4d37835c9788a1e5ffa649ad" ON "candidate_readiness"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_33c888692b6dd783acbec11459" ON "candidate_readiness"  ("organization_id", "cohort_id", "score") `);
    await queryRunner.query(`CREATE INDEX "IDX_63f891c4bf4457f8bace9fdb78" ON "candidate_readiness"  ("organization_id", "membership_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_dc980ff07df1fda69d207f0fd5" ON "candidate_readiness"  ("cohort_id", "membership_id") `);
    await queryRunner.query(`CREATE TABLE "readiness_settings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "weights" jsonb NOT NULL, "competencies" text array NOT NULL DEFAULT '{}', CONSTRAINT "PK_aa8b2e945ac31c060ef97843ca4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_6183b4cc9825f84c1df9677aef" ON "readiness_settings"  ("organization_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "readiness_settings_organization_unique" ON "readiness_settings"  ("organization_id") `);
    await queryRunner.query(`ALTER TABLE "cohorts" ADD "required_competencies" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "cohorts" ADD "developing_threshold" smallint NOT NULL DEFAULT '50'`);
    await queryRunner.query(`ALTER TABLE "cohorts" ADD "ready_threshold" smallint NOT NULL DEFAULT '70'`);
    await queryRunner.query(`ALTER TABLE "cohorts" ADD "interview_ready_threshold" smallint NOT NULL DEFAULT '85'`);
    await queryRunner.query(`ALTER TABLE "candidate_readiness" ADD CONSTRAINT "FK_0e4d37835c9788a1e5ffa649ad8" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "candidate_readiness" ADD CONSTRAINT "FK_2c5a69b5d534b4f6a249de4eba0" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "candidate_readiness" ADD CONSTRAINT "FK_9f5468c55f53761e07a3533ec4e" FOREIGN KEY ("membership_id") REFERENCES "memberships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "readiness_settings" ADD CONSTRAINT "FK_6183b4cc9825f84c1df9677aeff" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "readiness_settings" DROP CONSTRAINT "FK_6183b4cc9825f84c1df9677aeff"`);
    await queryRunner.query(`ALTER TABLE "candidate_readiness" DROP CONSTRAINT "FK_9f5468c55f53761e07a3533ec4e"`);
    await queryRunner.query(`ALTER TABLE "candidate_readiness" DROP CONSTRAINT "FK_2c5a69b5d534b4f6a249de4eba0"`);
    await queryRunner.query(`ALTER TABLE "candidate_readiness" DROP CONSTRAINT "FK_0e4d37835c9788a1e5ffa649ad8"`);
    await queryRunner.query(`ALTER TABLE "cohorts" DROP COLUMN "interview_ready_threshold"`);
    await queryRunner.query(`ALTER TABLE "cohorts" DROP COLUMN "ready_threshold"`);
    await queryRunner.query(`ALTER TABLE "cohorts" DROP COLUMN "developing_threshold"`);
    await queryRunner.query(`ALTER TABLE "cohorts" DROP COLUMN "required_competencies"`);
    await queryRunner.query(`DROP INDEX "public"."readiness_settings_organization_unique"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6183b4cc9825f84c1df9677aef"`);
    await queryRunner.query(`DROP TABLE "readiness_settings"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dc980ff07df1fda69d207f0fd5"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_63f891c4bf4457f8bace9fdb78"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_33c888692b6dd783acbec11459"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0e4d37835c9788a1e5ffa649ad"`);
    await queryRunner.query(`DROP TABLE "candidate_readiness"`);
    await queryRunner.query(`DROP TYPE "public"."candidate_readiness_level_enum"`);
  }
}
