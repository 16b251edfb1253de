import { MigrationInterface, QueryRunner } from 'typeorm';

export class EvaluationEvidence1796140200317 implements MigrationInterface {
  name = 'EvaluationEvidence1796140200317';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."evaluations_status_enum" AS ENUM('SCORED', 'INSUFFICIENT_EVIDENCE')`);
    await queryRunner.query(`ALTER TABLE "evaluations" ADD "status" "public"."evaluations_status_enum" NOT NULL DEFAULT 'SCORED'`);
    await queryRunner.query(`ALTER TABLE "evaluations" ADD "evidence_reason" text`);
    await queryRunner.query(`ALTER TABLE "evaluations" ALTER COLUMN "overall_score" DROP NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "evaluations" ALTER COLUMN "overall_score" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "evaluations" DROP COLUMN "evidence_reason"`);
    await queryRunner.query(`ALTER TABLE "evaluations" DROP COLUMN "status"`);
    await queryRunner.query(`DROP TYPE "public"."evaluations_status_enum"`);
  }
}
