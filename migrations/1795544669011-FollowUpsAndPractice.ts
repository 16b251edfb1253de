import { MigrationInterface, QueryRunner } from 'typeorm';

export class FollowUpsAndPractice1795544669011 implements MigrationInterface {
  name = 'FollowUpsAndPractice1795544669011';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "interview_sessions" ADD "follow_up_count" smallint NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "session_questions" ADD "follow_up_of_id" uuid`);
    await queryRunner.query(`ALTER TABLE "session_questions" ADD "follow_up_depth" smallint NOT NULL DEFAULT '0'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_95b238d074309ee2366f2db8f9" ON "session_questions"  ("follow_up_of_id") `);
    await queryRunner.query(`ALTER TABLE "session_questions" ADD CONSTRAINT "FK_95b238d074309ee2366f2db8f97" FOREIGN KEY ("follow_up_of_id") REFERENCES "session_questions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "session_questions" DROP CONSTRAINT "FK_95b238d074309ee2366f2db8f97"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_95b238d074309ee2366f2db8f9"`);
    await queryRunner.query(`ALTER TABLE "session_questions" DROP COLUMN "follow_up_depth"`);
    await queryRunner.query(`ALTER TABLE "session_questions" DROP COLUMN "follow_up_of_id"`);
    await queryRunner.query(`ALTER TABLE "interview_sessions" DROP COLUMN "follow_up_count"`);
  }
}
