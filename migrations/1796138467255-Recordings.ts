import { MigrationInterface, QueryRunner } from 'typeorm';

export class Recordings1796138467255 implements MigrationInterface {
  name = 'Recordings1796138467255';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."recordings_status_enum" AS ENUM('RECORDING', 'COMPLETE')`);
    await queryRunner.query(`CREATE TABLE "recordings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "answer_id" uuid NOT NULL, "session_id" uuid NOT NULL, "part" smallint NOT NULL, "mime_type" character varying(100) NOT NULL, "bytes" integer NOT NULL DEFAULT '0', "chunk_count" integer NOT NULL DEFAULT '0', "duration_ms" integer, "status" "public"."recordings_status_enum" NOT NULL DEFAULT 'RECORDING', "storage_key" text NOT NULL, "completed_at" TIMESTAMP WITH TIME ZONE, "audio_deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_8c3247d5ee4551d59bb2115a484" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_f17479e8941859e1836f746ee1" ON "recordings"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_7a6fdee533366849b6153626e9" ON "recordings"  ("session_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_d5acce29289968db76f7cc5e50" ON "recordings"  ("organization_id", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_30d63d8c772c176e9a795e54a7" ON "recordings"  ("answer_id", "part") `);
    await queryRunner.query(`ALTER TABLE "organizations" ADD "recording_retention_days" integer`);
    await queryRunner.query(`ALTER TABLE "recordings" ADD CONSTRAINT "FK_f17479e8941859e1836f746ee1f" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "recordings" ADD CONSTRAINT "FK_c5fdd69403a2136d6072dfacbda" FOREIGN KEY ("answer_id") REFERENCES "answers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "recordings" ADD CONSTRAINT "FK_7a6fdee533366849b6153626e90" FOREIGN KEY ("session_id") REFERENCES "interview_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "recordings" DROP CONSTRAINT "FK_7a6fdee533366849b6153626e90"`);
    await queryRunner.query(`ALTER TABLE "recordings" DROP CONSTRAINT "FK_c5fdd69403a2136d6072dfacbda"`);
    await queryRunner.query(`ALTER TABLE "recordings" DROP CONSTRAINT "FK_f17479e8941859e1836f746ee1f"`);
    await queryRunner.query(`ALTER TABLE "organizations" DROP COLUMN "recording_retention_days"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_30d63d8c772c176e9a795e54a7"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d5acce29289968db76f7cc5e50"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7a6fdee533366849b6153626e9"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f17479e8941859e1836f746ee1"`);
    await queryRunner.query(`DROP TABLE "recordings"`);
    await queryRunner.query(`DROP TYPE "public"."recordings_status_enum"`);
  }
}
