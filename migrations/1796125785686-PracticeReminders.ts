import { MigrationInterface, QueryRunner } from 'typeorm';

export class PracticeReminders1796125785686 implements MigrationInterface {
  name = 'PracticeReminders1796125785686';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."sent_notifications_kind_enum" AS ENUM('REVIEW_POSTED', 'ASSIGNMENT_DUE')`);
    await queryRunner.query(`CREATE TABLE "sent_notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "membership_id" uuid NOT NULL, "kind" "public"."sent_notifications_kind_enum" NOT NULL, "subject_id" uuid NOT NULL, CONSTRAINT "PK_d51e53c462c7e75c4d96dbdf792" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_bdfbbbf59dc1ae21ed4b698fd2" ON "sent_notifications"  ("organization_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_5522940a2dd147d763fae7d6e1" ON "sent_notifications"  ("organization_id", "membership_id", "kind", "subject_id") `);
    await queryRunner.query(`CREATE TABLE "practice_reminders" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "membership_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "note" text, "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_a9041e37f1a4a6cc8952c61810a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_4a971df5172c171f0d424fbba1" ON "practice_reminders"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_ab6737138a54b3c62ea7f3dd1f" ON "practice_reminders"  ("at") WHERE "sent_at" IS NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_65325e1ee4cd9ef3df6edf2e3d" ON "practice_reminders"  ("organization_id", "membership_id", "at") `);
    await queryRunner.query(`ALTER TABLE "sent_notifications" ADD CONSTRAINT "FK_bdfbbbf59dc1ae21ed4b698fd2e" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "sent_notifications" ADD CONSTRAINT "FK_a1507c9b1329c9113a0c8df3dc2" FOREIGN KEY ("membership_id") REFERENCES "memberships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "practice_reminders" ADD CONSTRAINT "FK_4a971df5172c171f0d424fbba11" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "practice_reminders" ADD CONSTRAINT "FK_ecafa8f07345b41a599bc8baa9a" FOREIGN KEY ("membership_id") REFERENCES "memberships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "practice_reminders" DROP CONSTRAINT "FK_ecafa8f07345b41a599bc8baa9a"`);
    await queryRunner.query(`ALTER TABLE "practice_reminders" DROP CONSTRAINT "FK_4a971df5172c171f0d424fbba11"`);
    await queryRunner.query(`ALTER TABLE "sent_notifications" DROP CONSTRAINT "FK_a1507c9b1329c9113a0c8df3dc2"`);
    await queryRunner.query(`ALTER TABLE "sent_notifications" DROP CONSTRAINT "FK_bdfbbbf59dc1ae21ed4b698fd2e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_65325e1ee4cd9ef3df6edf2e3d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ab6737138a54b3c62ea7f3dd1f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4a971df5172c171f0d424fbba1"`);
    await queryRunner.query(`DROP TABLE "practice_reminders"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5522940a2dd147d763fae7d6e1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bdfbbbf59dc1ae21ed4b698fd2"`);
    await queryRunner.query(`DROP TABLE "sent_notifications"`);
    await queryRunner.query(`DROP TYPE "public"."sent_notifications_kind_enum"`);
  }
}
