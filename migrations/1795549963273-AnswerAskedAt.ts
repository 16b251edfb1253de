import { MigrationInterface, QueryRunner } from 'typeorm';

export class AnswerAskedAt1795549963273 implements MigrationInterface {
  name = 'AnswerAskedAt1795549963273';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "answers" ADD "asked_at" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "answers" DROP COLUMN "asked_at"`);
  }
}
