import { MigrationInterface, QueryRunner } from 'typeorm';

export class LlmJudge1795544228775 implements MigrationInterface {
  name = 'LlmJudge1795544228775';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "llm_calls" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "answer_id" uuid, "model" text NOT NULL, "prompt_tokens" integer NOT NULL, "completion_tokens" integer NOT NULL, "valid" boolean NOT NULL, CONSTRAINT "PK_927dd9d5a428274e38a05706af8" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_32092b6911a5b17ab176eee1ed" ON "llm_calls"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_3e187e53790d6ed5bd49981138" ON "llm_calls"  ("organization_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "llm_judgements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "content_hash" character(64) NOT NULL, "model" text NOT NULL, "judgement" jsonb NOT NULL, CONSTRAINT "PK_2cc3bbe7653869c998272cc07db" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_e1089043dd2bae511f05433973" ON "llm_judgements"  ("organization_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3443c9b2e6834a6dff5eb8f129" ON "llm_judgements"  ("organization_id", "content_hash") `);
    await queryRunner.query(`ALTER TABLE "evaluations" ADD "model" text`);
    await queryRunner.query(`ALTER TABLE "llm_calls" ADD CONSTRAINT "FK_32092b6911a5b17ab176eee1edf" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "llm_judgements" ADD CONSTRAINT "FK_e1089043dd2bae511f054339733" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "llm_judgements" DROP CONSTRAINT "FK_e1089043dd2bae511f054339733"`);
    await queryRunner.query(`ALTER TABLE "llm_calls" DROP CONSTRAINT "FK_32092b6911a5b17ab176eee1edf"`);
    await queryRunner.query(`ALTER TABLE "evaluations" DROP COLUMN "model"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3443c9b2e6834a6dff5eb8f129"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e1089043dd2bae511f05433973"`);
    await queryRunner.query(`DROP TABLE "llm_judgements"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3e187e53790d6ed5bd49981138"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_32092b6911a5b17ab176eee1ed"`);
    await queryRunner.query(`DROP TABLE "llm_calls"`);
  }
}
