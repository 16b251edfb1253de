import { MigrationInterface, QueryRunner } from 'typeorm';

export class CohortArchive1796112582946 implements MigrationInterface {
  name = 'CohortArchive1796112582946';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "cohorts" ADD "archived_at" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "cohorts" DROP COLUMN "archived_at"`);
  }
}
