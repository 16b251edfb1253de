import { MigrationInterface, QueryRunner } from 'typeorm';

export class AgreementPairs1796112043862 implements MigrationInterface {
  name = 'AgreementPairs1796112043862';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."agreement_pairs_source_enum" AS ENUM('ANALYZER', 'LLM')`);
    await queryRunner.query(`CREATE TABLE "agreement_pairs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "review_id" uuid NOT NULL, "answer_id" uuid NOT NULL, "membership_id" uuid NOT NULL, "source" "public"."agreement_pairs_source_enum" NOT NULL, "criterion_key" text NOT NULL, "criterion_name" text NOT NULL, "ai_score" smallint NOT NULL, "coach_score" smallint NOT NULL, "reviewed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_1601d0a21a0e1339444b72e49c7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_bd6f523b1f8d1d8483567986cb" ON "agreement_pairs"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_f7d0c4758ed373b4fe192114dd" ON "agreement_pairs"  ("organization_id", "membership_id", "reviewed_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_ada08a42eb79bb4dd15b5b8fd3" ON "agreement_pairs"  ("organization_id", "reviewed_at") `);
    await queryRunner.query(`ALTER TABLE "agreement_pairs" ADD CONSTRAINT "FK_bd6f523b1f8d1d8483567986cb4" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "agreement_pairs" ADD CONSTRAINT "FK_563e5e011840d463160e6c46a6b" FOREIGN KEY ("review_id") REFERENCES "evaluation_reviews"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // The pairs of the reviews written before this table existed (as insertAgreementPairsSql writes them).
    await queryRunner.query(`INSERT INTO agreement_pairs
        (organization_id, review_id, answer_id, membership_id, source, criterion_key, criterion_name, ai_score, coach_score, reviewed_at)
      SELECT r.organization_id, r.id, e.answer_id, s.membership_id,
        (CASE WHEN e.source = 'LLM' THEN 'LLM' ELSE 'ANALYZER' END)::agreement_pairs_source_enum, c.key, c.name, c.score,
        COALESCE((SELECT o.score FROM jsonb_to_recordset(r.overrides) AS o(key text, score int) WHERE o.key = c.key LIMIT 1), c.score),
        r.created_at
      FROM evaluation_reviews r
      JOIN evaluations e ON e.id = r.evaluation_id
      JOIN answers a ON a.id = e.answer_id
      JOIN interview_sessions s ON s.id = a.session_id
      CROSS JOIN LATERAL jsonb_to_recordset(e.criteria) AS c(key text, name text, score int)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "agreement_pairs" DROP CONSTRAINT "FK_563e5e011840d463160e6c46a6b"`);
    await queryRunner.query(`ALTER TABLE "agreement_pairs" DROP CONSTRAINT "FK_bd6f523b1f8d1d8483567986cb4"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ada08a42eb79bb4dd15b5b8fd3"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f7d0c4758ed373b4fe192114dd"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bd6f523b1f8d1d8483567986cb"`);
    await queryRunner.query(`DROP TABLE "agreement_pairs"`);
    await queryRunner.query(`DROP TYPE "public"."agreement_pairs_source_enum"`);
  }
}
