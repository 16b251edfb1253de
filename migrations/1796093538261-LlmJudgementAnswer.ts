import { MigrationInterface, QueryRunner } from 'typeorm';

export class LlmJudgementAnswer1796093538261 implements MigrationInterface {
  name = 'LlmJudgementAnswer1796093538261';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "llm_judgements" ADD "answer_id" uuid`);
    await queryRunner.query(`CREATE INDEX "IDX_56689b83cb79486bc5a6f7ee70" ON "llm_judgements"  ("answer_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_56689b83cb79486bc5a6f7ee70"`);
    await queryRunner.query(`ALTER TABLE "llm_judgements" DROP COLUMN "answer_id"`);
  }
}
