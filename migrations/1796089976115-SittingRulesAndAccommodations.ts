import { MigrationInterface, QueryRunner } from 'typeorm';

export class SittingRulesAndAccommodations1796089976115 implements MigrationInterface {
  name = 'SittingRulesAndAccommodations1796089976115';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "accommodations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "membership_id" uuid NOT NULL, "time_multiplier" numeric(3,2) NOT NULL DEFAULT '1', "extra_retakes" smallint NOT NULL DEFAULT '0', "note" text NOT NULL DEFAULT '', "granted_by_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a422a200297f93cd5ac87d049e8" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_186f4878990c856974390b2d77" ON "accommodations"  ("organization_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_df9c50e91dc47f076f5e3984e0" ON "accommodations"  ("organization_id", "membership_id") `);
    await queryRunner.query(`ALTER TABLE "assignment_candidates" ADD "retakes_granted" smallint NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "interview_sessions" ADD "time_multiplier" numeric(3,2) NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "accommodations" ADD CONSTRAINT "FK_186f4878990c856974390b2d771" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "accommodations" ADD CONSTRAINT "FK_5dce21d41ba6a66d485e96b75f2" FOREIGN KEY ("membership_id") REFERENCES "memberships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "accommodations" ADD CONSTRAINT "FK_ee3ae60a34a2cd3e4681e4c678f" FOREIGN KEY ("granted_by_id") REFERENCES "memberships"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "accommodations" DROP CONSTRAINT "FK_ee3ae60a34a2cd3e4681e4c678f"`);
    await queryRunner.query(`ALTER TABLE "accommodations" DROP CONSTRAINT "FK_5dce21d41ba6a66d485e96b75f2"`);
    await queryRunner.query(`ALTER TABLE "accommodations" DROP CONSTRAINT "FK_186f4878990c856974390b2d771"`);
    await queryRunner.query(`ALTER TABLE "interview_sessions" DROP COLUMN "time_multiplier"`);
    await queryRunner.query(`ALTER TABLE "assignment_candidates" DROP COLUMN "retakes_granted"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_df9c50e91dc47f076f5e3984e0"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_186f4878990c856974390b2d77"`);
    await queryRunner.query(`DROP TABLE "accommodations"`);
  }
}
