import { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationSettings1796113142468 implements MigrationInterface {
  name = 'NotificationSettings1796113142468';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "notification_settings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "membership_id" uuid NOT NULL, "email_enabled" boolean NOT NULL DEFAULT true, "review_digest_on" date, "at_risk_digest_on" date, CONSTRAINT "PK_d131abd7996c475ef768d4559ba" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_9b50c2c5d99465e320d87dee3a" ON "notification_settings"  ("organization_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_79087c031849a4979d7b291dff" ON "notification_settings"  ("organization_id", "membership_id") `);
    await queryRunner.query(`ALTER TABLE "notification_settings" ADD CONSTRAINT "FK_9b50c2c5d99465e320d87dee3a7" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notification_settings" ADD CONSTRAINT "FK_7e89c4828e023e93461ae3936f5" FOREIGN KEY ("membership_id") REFERENCES "memberships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification_settings" DROP CONSTRAINT "FK_7e89c4828e023e93461ae3936f5"`);
    await queryRunner.query(`ALTER TABLE "notification_settings" DROP CONSTRAINT "FK_9b50c2c5d99465e320d87dee3a7"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_79087c031849a4979d7b291dff"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9b50c2c5d99465e320d87dee3a"`);
    await queryRunner.query(`DROP TABLE "notification_settings"`);
  }
}
