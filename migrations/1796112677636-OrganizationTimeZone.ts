import { MigrationInterface, QueryRunner } from 'typeorm';

export class OrganizationTimeZone1796112677636 implements MigrationInterface {
  name = 'OrganizationTimeZone1796112677636';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organizations" ADD "time_zone" character varying(64) NOT NULL DEFAULT 'UTC'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organizations" DROP COLUMN "time_zone"`);
  }
}
