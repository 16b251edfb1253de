import { MigrationInterface, QueryRunner } from 'typeorm';

export class TemplateTimings1796125496511 implements MigrationInterface {
  name = 'TemplateTimings1796125496511';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "interview_templates" ADD "thinking_seconds" smallint`);
    await queryRunner.query(`ALTER TABLE "interview_templates" ADD "waiting_room_seconds" smallint`);
    await queryRunner.query(`ALTER TABLE "interview_sessions" ADD "waiting_room_seconds" smallint NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "session_questions" ADD "thinking_seconds" integer`);
    await queryRunner.query(`ALTER TABLE "answers" ADD "started_late" boolean NOT NULL DEFAULT false`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "answers" DROP COLUMN "started_late"`);
    await queryRunner.query(`ALTER TABLE "session_questions" DROP COLUMN "thinking_seconds"`);
    await queryRunner.query(`ALTER TABLE "interview_sessions" DROP COLUMN "waiting_room_seconds"`);
    await queryRunner.query(`ALTER TABLE "interview_templates" DROP COLUMN "waiting_room_seconds"`);
    await queryRunner.query(`ALTER TABLE "interview_templates" DROP COLUMN "thinking_seconds"`);
  }
}
