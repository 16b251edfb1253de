import { MigrationInterface, QueryRunner } from 'typeorm';

export class RecordingComments1796141718745 implements MigrationInterface {
  name = 'RecordingComments1796141718745';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "recording_comments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "answer_id" uuid NOT NULL, "author_id" uuid, "at_seconds" real NOT NULL, "body" text NOT NULL, CONSTRAINT "PK_9d0a376bfe5c51b4852e0fd2607" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_1d9143c31539d548b2bd22210d" ON "recording_comments"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_890cb8735c31b60fd309d40774" ON "recording_comments"  ("answer_id", "at_seconds") `);
    await queryRunner.query(`ALTER TABLE "recording_comments" ADD CONSTRAINT "FK_1d9143c31539d548b2bd22210df" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "recording_comments" ADD CONSTRAINT "FK_870e073241caf5c32325a0c9e96" FOREIGN KEY ("answer_id") REFERENCES "answers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "recording_comments" ADD CONSTRAINT "FK_4ac79d1fa92c4fa15f4a00f318d" FOREIGN KEY ("author_id") REFERENCES "memberships"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "recording_comments" DROP CONSTRAINT "FK_4ac79d1fa92c4fa15f4a00f318d"`);
    await queryRunner.query(`ALTER TABLE "recording_comments" DROP CONSTRAINT "FK_870e073241caf5c32325a0c9e96"`);
    await queryRunner.query(`ALTER TABLE "recording_comments" DROP CONSTRAINT "FK_1d9143c31539d548b2bd22210df"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_890cb8735c31b60fd309d40774"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1d9143c31539d548b2bd22210d"`);
    await queryRunner.query(`DROP TABLE "recording_comments"`);
  }
}
