import { MigrationInterface, QueryRunner } from 'typeorm';

export class RecordingTranscripts1796140807827 implements MigrationInterface {
  name = 'RecordingTranscripts1796140807827';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."recordings_transcript_status_enum" AS ENUM('NONE', 'PENDING', 'DONE', 'FAILED')`);
    await queryRunner.query(`ALTER TABLE "recordings" ADD "transcript_status" "public"."recordings_transcript_status_enum" NOT NULL DEFAULT 'NONE'`);
    await queryRunner.query(`ALTER TABLE "recordings" ADD "transcript" jsonb`);
    await queryRunner.query(`ALTER TABLE "recordings" ADD "transcript_error" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "recordings" DROP COLUMN "transcript_error"`);
    await queryRunner.query(`ALTER TABLE "recordings" DROP COLUMN "transcript"`);
    await queryRunner.query(`ALTER TABLE "recordings" DROP COLUMN "transcript_status"`);
    await queryRunner.query(`DROP TYPE "public"."recordings_transcript_status_enum"`);
  }
}
