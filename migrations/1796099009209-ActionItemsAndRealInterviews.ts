import { MigrationInterface, QueryRunner } from 'typeorm';

export class ActionItemsAndRealInterviews1796099009209 implements MigrationInterface {
  name = 'ActionItemsAndRealInterviews1796099009209';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."real_interview_logs_stage_enum" AS ENUM('PHONE_SCREEN', 'TECHNICAL', 'ONSITE', 'FINAL', 'OTHER')`);
    await queryRunner.query(`CREATE TYPE "public"."real_interview_logs_outcome_enum" AS ENUM('PENDING', 'ADVANCED', 'OFFER', 'REJECTED', 'WITHDREW')`);
    await queryRunner.query(`CREATE TABLE "real_interview_logs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "membership_id" uuid NOT NULL, "company_id" uuid, "company_name" text NOT NULL, "role" text NOT NULL, "stage" "public"."real_interview_logs_stage_enum" NOT NULL, "interviewed_on" date NOT NULL, "self_evaluation" smallint, "outcome" "public"."real_interview_logs_outcome_enum" NOT NULL DEFAULT 'PENDING', "notes" text NOT NULL DEFAULT '', CONSTRAINT "PK_47873f426ac4a353bd45f8ec2b0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_d5bb3a00fc041d145a67543447" ON "real_interview_logs"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_67508d4908edcfe49f5c414772" ON "real_interview_logs"  ("company_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_1caea5a3d10431b8a27cb09b67" ON "real_interview_logs"  ("organization_id", "membership_id", "interviewed_on") `);
    await queryRunner.query(`CREATE TABLE "real_interview_questions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "log_id" uuid NOT NULL, "position" smallint NOT NULL, "prompt" text NOT NULL, "prompt_key" text NOT NULL, "unexpected" boolean NOT NULL DEFAULT false, "competencies" text array NOT NULL DEFAULT '{}', CONSTRAINT "PK_ce1fa3056ce9de3aac02b88fa3c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_f4daefcd8a4db0a9e929df46f0" ON "real_interview_questions"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_5846718f22f53c3806b729738f" ON "real_interview_questions"  ("log_id", "position") `);
    await queryRunner.query(`CREATE TYPE "public"."action_items_status_enum" AS ENUM('OPEN', 'DONE')`);
    await queryRunner.query(`CREATE TYPE "public"."action_items_source_enum" AS ENUM('COACH', 'AI')`);
    await queryRunner.query(`CREATE TABLE "action_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "membership_id" uuid NOT NULL, "text" text NOT NULL, "status" "public"."action_items_status_enum" NOT NULL DEFAULT 'OPEN', "source" "public"."action_items_source_enum" NOT NULL, "session_id" uuid, "evaluation_id" uuid, "review_id" uuid, "created_by_id" uuid, "done_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_5a84b168b001636b379312104ab" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_53b386ef0970aa3eb23efcd611" ON "action_items"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_e492e4fd09d71af19b28f11ca8" ON "action_items"  ("session_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_b74a381afa416d331199460b49" ON "action_items"  ("evaluation_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_fba9da3205a07418376f4dad7e" ON "action_items"  ("review_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_4ba8249e75966b91319c432ec3" ON "action_items"  ("created_by_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_34f210e15138644b1ed2c1dff5" ON "action_items"  ("evaluation_id", "text") WHERE "source" = 'AI'`);
    await queryRunner.query(`CREATE INDEX "IDX_287d0ba8a16c5e7fe50dc766cf" ON "action_items"  ("organization_id", "membership_id", "status", "created_at") `);
    await queryRunner.query(`CREATE TABLE "dropped_suggestions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "evaluation_id" uuid NOT NULL, "text" text NOT NULL, CONSTRAINT "PK_e5483012b957945f5f8579c0e4a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_59397728d7b1919981dc10d227" ON "dropped_suggestions"  ("organization_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_d4332fd0d9ddc24b40bbaa4652" ON "dropped_suggestions"  ("evaluation_id", "text") `);
    await queryRunner.query(`ALTER TABLE "questions" ADD "source_real_interview_question_id" uuid`);
    await queryRunner.query(`CREATE INDEX "IDX_9aef375f9d8a02c7b228b4ec8c" ON "questions"  ("source_real_interview_question_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_96eeef087e45702da44117ee52" ON "questions"  ("question_set_id", "source_real_interview_question_id") `);
    await queryRunner.query(`ALTER TABLE "real_interview_logs" ADD CONSTRAINT "FK_d5bb3a00fc041d145a675434478" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "real_interview_logs" ADD CONSTRAINT "FK_64e7451ebb4ca0e4b3ad2464f65" FOREIGN KEY ("membership_id") REFERENCES "memberships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "real_interview_logs" ADD CONSTRAINT "FK_67508d4908edcfe49f5c4147729" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "real_interview_questions" ADD CONSTRAINT "FK_f4daefcd8a4db0a9e929df46f0c" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "real_interview_questions" ADD CONSTRAINT "FK_64721b1bb2d45a69a970a6e2c63" FOREIGN KEY ("log_id") REFERENCES "real_interview_logs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "questions" ADD CONSTRAINT "FK_9aef375f9d8a02c7b228b4ec8c3" FOREIGN KEY ("source_real_interview_question_id") REFERENCES "real_interview_questions"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "action_items" ADD CONSTRAINT "FK_53b386ef0970aa3eb23efcd6113" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "action_items" ADD CONSTRAINT "FK_d8dfbec4fee9929e3a6f4fcb050" FOREIGN KEY ("membership_id") REFERENCES "memberships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "action_items" ADD CONSTRAINT "FK_e492e4fd09d71af19b28f11ca87" FOREIGN KEY ("session_id") REFERENCES "interview_sessions"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "action_items" ADD CONSTRAINT "FK_b74a381afa416d331199460b49e" FOREIGN KEY ("evaluation_id") REFERENCES "evaluations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "action_items" ADD CONSTRAINT "FK_fba9da3205a07418376f4dad7e0" FOREIGN KEY ("review_id") REFERENCES "evaluation_reviews"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "action_items" ADD CONSTRAINT "FK_4ba8249e75966b91319c432ec31" FOREIGN KEY ("created_by_id") REFERENCES "memberships"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "dropped_suggestions" ADD CONSTRAINT "FK_59397728d7b1919981dc10d227c" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "dropped_suggestions" ADD CONSTRAINT "FK_22fd2d1c7b72dbb1856616ecdbe" FOREIGN KEY ("evaluation_id") REFERENCES "evaluations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "dropped_suggestions" DROP CONSTRAINT "FK_22fd2d1c7b72dbb1856616ecdbe"`);
    await queryRunner.query(`ALTER TABLE "dropped_suggestions" DROP CONSTRAINT "FK_59397728d7b1919981dc10d227c"`);
    await queryRunner.query(`ALTER TABLE "action_items" DROP CONSTRAINT "FK_4ba8249e75966b91319c432ec31"`);
    await queryRunner.query(`ALTER TABLE "action_items" DROP CONSTRAINT "FK_fba9da3205a07418376f4dad7e0"`);
    await queryRunner.query(`ALTER TABLE "action_items" DROP CONSTRAINT "FK_b74a381afa416d331199460b49e"`);
    await queryRunner.query(`ALTER TABLE "action_items" DROP CONSTRAINT "FK_e492e4fd09d71af19b28f11ca87"`);
    await queryRunner.query(`ALTER TABLE "action_items" DROP CONSTRAINT "FK_d8dfbec4fee9929e3a6f4fcb050"`);
    await queryRunner.query(`ALTER TABLE "action_items" DROP CONSTRAINT "FK_53b386ef0970aa3eb23efcd6113"`);
    await queryRunner.query(`ALTER TABLE "questions" DROP CONSTRAINT "FK_9aef375f9d8a02c7b228b4ec8c3"`);
    await queryRunner.query(`ALTER TABLE "real_interview_questions" DROP CONSTRAINT "FK_64721b1bb2d45a69a970a6e2c63"`);
    await queryRunner.query(`ALTER TABLE "real_interview_questions" DROP CONSTRAINT "FK_f4daefcd8a4db0a9e929df46f0c"`);
    await queryRunner.query(`ALTER TABLE "real_interview_logs" DROP CONSTRAINT "FK_67508d4908edcfe49f5c4147729"`);
    await queryRunner.query(`ALTER TABLE "real_interview_logs" DROP CONSTRAINT "FK_64e7451ebb4ca0e4b3ad2464f65"`);
    await queryRunner.query(`ALTER TABLE "real_interview_logs" DROP CONSTRAINT "FK_d5bb3a00fc041d145a675434478"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_96eeef087e45702da44117ee52"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9aef375f9d8a02c7b228b4ec8c"`);
    await queryRunner.query(`ALTER TABLE "questions" DROP COLUMN "source_real_interview_question_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d4332fd0d9ddc24b40bbaa4652"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_59397728d7b1919981dc10d227"`);
    await queryRunner.query(`DROP TABLE "dropped_suggestions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_287d0ba8a16c5e7fe50dc766cf"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_34f210e15138644b1ed2c1dff5"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4ba8249e75966b91319c432ec3"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fba9da3205a07418376f4dad7e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b74a381afa416d331199460b49"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e492e4fd09d71af19b28f11ca8"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_53b386ef0970aa3eb23efcd611"`);
    await queryRunner.query(`DROP TABLE "action_items"`);
    await queryRunner.query(`DROP TYPE "public"."action_items_source_enum"`);
    await queryRunner.query(`DROP TYPE "public"."action_items_status_enum"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5846718f22f53c3806b729738f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f4daefcd8a4db0a9e929df46f0"`);
    await queryRunner.query(`DROP TABLE "real_interview_questions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1caea5a3d10431b8a27cb09b67"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_67508d4908edcfe49f5c414772"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d5bb3a00fc041d145a67543447"`);
    await queryRunner.query(`DROP TABLE "real_interview_logs"`);
    await queryRunner.query(`DROP TYPE "public"."real_interview_logs_outcome_enum"`);
    await queryRunner.query(`DROP TYPE "public"."real_interview_logs_stage_enum"`);
  }
}
