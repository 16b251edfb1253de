import { MigrationInterface, QueryRunner } from 'typeorm';

export class EvaluationReviews1795537548514 implements MigrationInterface {
  name = 'EvaluationReviews1795537548514';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "evaluation_reviews" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "evaluation_id" uuid NOT NULL, "reviewer_id" uuid, "overrides" jsonb NOT NULL, "overall_score" smallint NOT NULL, "comment" text NOT NULL DEFAULT '', "action_items" jsonb NOT NULL DEFAULT '[]', CONSTRAINT "PK_7d115ab9ea83cea999017e19583" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_f229dceac59918327555c0febb" ON "evaluation_reviews"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_73456441a77539f3124ba2115e" ON "evaluation_reviews"  ("evaluation_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "evaluation_reviews" ADD CONSTRAINT "FK_f229dceac59918327555c0febb8" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "evaluation_reviews" ADD CONSTRAINT "FK_d7a4b44e433f5cc826888a6cb8a" FOREIGN KEY ("evaluation_id") REFERENCES "evaluations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "evaluation_reviews" ADD CONSTRAINT "FK_d1886aaeeceae2ff1a0283bbe34" FOREIGN KEY ("reviewer_id") REFERENCES "memberships"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "evaluation_reviews" DROP CONSTRAINT "FK_d1886aaeeceae2ff1a0283bbe34"`);
    await queryRunner.query(`ALTER TABLE "evaluation_reviews" DROP CONSTRAINT "FK_d7a4b44e433f5cc826888a6cb8a"`);
    await queryRunner.query(`ALTER TABLE "evaluation_reviews" DROP CONSTRAINT "FK_f229dceac59918327555c0febb8"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_73456441a77539f3124ba2115e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f229dceac59918327555c0febb"`);
    await queryRunner.query(`DROP TABLE "evaluation_reviews"`);
  }
}
