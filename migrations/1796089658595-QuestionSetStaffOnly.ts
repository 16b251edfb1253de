import { MigrationInterface, QueryRunner } from 'typeorm';

export class QuestionSetStaffOnly1796089658595 implements MigrationInterface {
  name = 'QuestionSetStaffOnly1796089658595';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "question_sets" ADD "staff_only" boolean NOT NULL DEFAULT false`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "question_sets" DROP COLUMN "staff_only"`);
  }
}
