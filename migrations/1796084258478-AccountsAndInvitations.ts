import { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountsAndInvitations1796084258478 implements MigrationInterface {
  name = 'AccountsAndInvitations1796084258478';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."password_resets_channel_enum" AS ENUM('EMAIL', 'ADMIN_LINK', 'OPERATOR')`);
    await queryRunner.query(`CREATE TABLE "password_resets" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "secret_hash" character varying(64) NOT NULL, "channel" "public"."password_resets_channel_enum" NOT NULL, "issued_by_organization_id" uuid, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_099a8a7ea3ff85b6c22f769c331" UNIQUE ("secret_hash"), CONSTRAINT "PK_4816377aa98211c1de34469e742" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_f7a4c3bc48f24df007936d217b" ON "password_resets"  ("user_id") `);
    await queryRunner.query(`ALTER TABLE "invitations" DROP COLUMN "role"`);
    await queryRunner.query(`DROP TYPE "public"."invitations_role_enum"`);
    await queryRunner.query(`CREATE TYPE "public"."memberships_status_enum" AS ENUM('INVITED', 'ACTIVE', 'DEACTIVATED')`);
    await queryRunner.query(`ALTER TABLE "memberships" ADD "status" "public"."memberships_status_enum" NOT NULL DEFAULT 'ACTIVE'`);
    await queryRunner.query(`ALTER TABLE "memberships" ADD "joined_at" TIMESTAMP WITH TIME ZONE`);
    // Existing data: people who never set a password were only invited; everyone else joined when added.
    await queryRunner.query(
      `UPDATE "memberships" m SET "status" = 'INVITED' FROM "users" u WHERE u."id" = m."user_id" AND u."password_hash" IS NULL`,
    );
    await queryRunner.query(`UPDATE "memberships" SET "joined_at" = "created_at" WHERE "status" = 'ACTIVE'`);
    await queryRunner.query(`ALTER TABLE "invitations" ADD "membership_id" uuid`);
    await queryRunner.query(`ALTER TABLE "invitations" ADD "name" character varying(200)`);
    await queryRunner.query(`CREATE TYPE "public"."invitations_delivery_enum" AS ENUM('EMAIL', 'LINK', 'OPERATOR')`);
    await queryRunner.query(`ALTER TABLE "invitations" ADD "delivery" "public"."invitations_delivery_enum"`);
    await queryRunner.query(
      `UPDATE "invitations" i SET "membership_id" = m."id", "name" = u."name", "delivery" = 'LINK'
       FROM "memberships" m JOIN "users" u ON u."id" = m."user_id"
       WHERE m."organization_id" = i."organization_id" AND u."email" = i."email"`,
    );
    await queryRunner.query(`DELETE FROM "invitations" WHERE "membership_id" IS NULL`);
    await queryRunner.query(`ALTER TABLE "invitations" ALTER COLUMN "membership_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "invitations" ALTER COLUMN "name" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "invitations" ALTER COLUMN "delivery" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "invitations" ADD "declined_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "invitations" ADD "revoked_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`CREATE INDEX "IDX_39772d84b4df08bd411860b0fb" ON "invitations"  ("membership_id") `);
    await queryRunner.query(`ALTER TABLE "invitations" ADD CONSTRAINT "FK_39772d84b4df08bd411860b0fb1" FOREIGN KEY ("membership_id") REFERENCES "memberships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "password_resets" ADD CONSTRAINT "FK_f7a4c3bc48f24df007936d217be" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "password_resets" ADD CONSTRAINT "FK_e5ba71dc1c5ffab8f7892ae0a20" FOREIGN KEY ("issued_by_organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "password_resets" DROP CONSTRAINT "FK_e5ba71dc1c5ffab8f7892ae0a20"`);
    await queryRunner.query(`ALTER TABLE "password_resets" DROP CONSTRAINT "FK_f7a4c3bc48f24df007936d217be"`);
    await queryRunner.query(`CREATE TYPE "public"."invitations_role_enum" AS ENUM('ADMIN', 'COACH', 'CANDIDATE')`);
    await queryRunner.query(`ALTER TABLE "invitations" ADD "role" "public"."invitations_role_enum"`);
    await queryRunner.query(`UPDATE "invitations" i SET "role" = m."role"::text::"public"."invitations_role_enum" FROM "memberships" m WHERE m."id" = i."membership_id"`);
    await queryRunner.query(`ALTER TABLE "invitations" ALTER COLUMN "role" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "invitations" DROP CONSTRAINT "FK_39772d84b4df08bd411860b0fb1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_39772d84b4df08bd411860b0fb"`);
    await queryRunner.query(`ALTER TABLE "invitations" DROP COLUMN "revoked_at"`);
    await queryRunner.query(`ALTER TABLE "invitations" DROP COLUMN "declined_at"`);
    await queryRunner.query(`ALTER TABLE "invitations" DROP COLUMN "delivery"`);
    await queryRunner.query(`DROP TYPE "public"."invitations_delivery_enum"`);
    await queryRunner.query(`ALTER TABLE "invitations" DROP COLUMN "name"`);
    await queryRunner.query(`ALTER TABLE "invitations" DROP COLUMN "membership_id"`);
    await queryRunner.query(`ALTER TABLE "memberships" DROP COLUMN "joined_at"`);
    await queryRunner.query(`ALTER TABLE "memberships" DROP COLUMN "status"`);
    await queryRunner.query(`DROP TYPE "public"."memberships_status_enum"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f7a4c3bc48f24df007936d217b"`);
    await queryRunner.query(`DROP TABLE "password_resets"`);
    await queryRunner.query(`DROP TYPE "public"."password_resets_channel_enum"`);
  }
}
