import { MigrationInterface, QueryRunner } from 'typeorm';

export class SessionChecklistAndFocus1795538285041 implements MigrationInterface {
  name = 'SessionChecklistAndFocus1795538285041';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "interview_sessions" ADD "checklist" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`ALTER TABLE "interview_sessions" ADD "focus_loss_count" integer NOT NULL DEFAULT '0'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "interview_sessions" DROP COLUMN "focus_loss_count"`);
    await queryRunner.query(`ALTER TABLE "interview_sessions" DROP COLUMN "checklist"`);
  }
}
