import { MigrationInterface, QueryRunner } from 'typeorm';

export class SessionsAndScoring1795535583561 implements MigrationInterface {
  name = 'SessionsAndScoring1795535583561';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."interview_sessions_mode_enum" AS ENUM('REALISTIC', 'PRACTICE')`);
    await queryRunner.query(`CREATE TYPE "public"."interview_sessions_status_enum" AS ENUM('IN_PROGRESS', 'COMPLETED')`);
    await queryRunner.query(`CREATE TABLE "interview_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "membership_id" uuid NOT NULL, "assignment_id" uuid, "mode" "public"."interview_sessions_mode_enum" NOT NULL, "rubric_version_id" uuid NOT NULL, "status" "public"."interview_sessions_status_enum" NOT NULL DEFAULT 'IN_PROGRESS', "confidence_before" smallint, "confidence_after" smallint, "completed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_8289f4ee665d0b5e283345db49a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_4987cd051b5f30113003650d7d" ON "interview_sessions"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_5c9b52d01adb75bb6d27195ab6" ON "interview_sessions"  ("assignment_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_2d631698d8135e454c5fd21e52" ON "interview_sessions"  ("organization_id", "membership_id", "created_at") `);
    await queryRunner.query(`CREATE TYPE "public"."session_questions_type_enum" AS ENUM('BEHAVIORAL', 'TECHNICAL', 'SYSTEM_DESIGN', 'CODING', 'CASE', 'SITUATIONAL')`);
    await queryRunner.query(`CREATE TABLE "session_questions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "session_id" uuid NOT NULL, "position" smallint NOT NULL, "question_id" uuid, "prompt" text NOT NULL, "type" "public"."session_questions_type_enum" NOT NULL, "competencies" text array NOT NULL DEFAULT '{}', "talking_points" text array NOT NULL DEFAULT '{}', "time_limit_seconds" integer NOT NULL, "shown_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_620bcd90fbd1cecc42ec217ac75" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_7b77be0140305170d136886ad9" ON "session_questions"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_43809b73e16ae83e7e15680853" ON "session_questions"  ("question_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_a4cad32825cc8804290e448bdb" ON "session_questions"  ("session_id", "position") `);
    await queryRunner.query(`CREATE TYPE "public"."answers_status_enum" AS ENUM('DRAFT', 'SUBMITTED', 'SCORED')`);
    await queryRunner.query(`CREATE TABLE "answers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "session_id" uuid NOT NULL, "session_question_id" uuid NOT NULL, "attempt" smallint NOT NULL, "text" text NOT NULL DEFAULT '', "status" "public"."answers_status_enum" NOT NULL DEFAULT 'DRAFT', "started_at" TIMESTAMP WITH TIME ZONE, "submitted_at" TIMESTAMP WITH TIME ZONE, "thinking_seconds" integer, "duration_seconds" integer, "over_time" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_9c32cec6c71e06da0254f2226c6" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_d7eebeaeb40871c1990c9771d1" ON "answers"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_505280e8f8b52877fd4565e30b" ON "answers"  ("session_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_d865ad79d3dc67550d6e04f94b" ON "answers"  ("organization_id", "status") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_b2743790b974f0c13adb021e43" ON "answers"  ("session_question_id", "attempt") `);
    await queryRunner.query(`CREATE TYPE "public"."evaluations_source_enum" AS ENUM('ANALYZER', 'LLM', 'ANALYZER_FALLBACK')`);
    await queryRunner.query(`CREATE TABLE "evaluations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "answer_id" uuid NOT NULL, "rubric_version_id" uuid NOT NULL, "source" "public"."evaluations_source_enum" NOT NULL, "overall_score" smallint NOT NULL, "criteria" jsonb NOT NULL, "metrics" jsonb NOT NULL, "red_flags" jsonb NOT NULL, "feedback" jsonb NOT NULL, "action_items" jsonb NOT NULL, "follow_up_question" text NOT NULL, CONSTRAINT "PK_f683b433eba0e6dae7e19b29e29" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_ef05f3da7ff0ec019d52c5f41f" ON "evaluations"  ("organization_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_2a665e03504cde00355dca18e8" ON "evaluations"  ("answer_id", "rubric_version_id") `);
    await queryRunner.query(`CREATE TABLE "scoring_outbox" ("answer_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_07c95f6e789d0fab89f6a6cd204" PRIMARY KEY ("answer_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_0a3a7c737a5ceec2a150acbada" ON "scoring_outbox"  ("organization_id") `);
    await queryRunner.query(`ALTER TABLE "interview_sessions" ADD CONSTRAINT "FK_4987cd051b5f30113003650d7d8" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "interview_sessions" ADD CONSTRAINT "FK_0446b6ef75f4068e90ea2f90b23" FOREIGN KEY ("membership_id") REFERENCES "memberships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "interview_sessions" ADD CONSTRAINT "FK_5c9b52d01adb75bb6d27195ab64" FOREIGN KEY ("assignment_id") REFERENCES "assignments"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "interview_sessions" ADD CONSTRAINT "FK_d80105ad52dc12c0155d0798fe8" FOREIGN KEY ("rubric_version_id") REFERENCES "rubric_versions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "session_questions" ADD CONSTRAINT "FK_7b77be0140305170d136886ad9e" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "session_questions" ADD CONSTRAINT "FK_319953f2a6b0c035614f36619ed" FOREIGN KEY ("session_id") REFERENCES "interview_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "session_questions" ADD CONSTRAINT "FK_43809b73e16ae83e7e15680853e" FOREIGN KEY ("question_id") REFERENCES "questions"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "answers" ADD CONSTRAINT "FK_d7eebeaeb40871c1990c9771d12" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "answers" ADD CONSTRAINT "FK_505280e8f8b52877fd4565e30b3" FOREIGN KEY ("session_id") REFERENCES "interview_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "answers" ADD CONSTRAINT "FK_fd9ed50922bbdafb4bd82058339" FOREIGN KEY ("session_question_id") REFERENCES "session_questions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "evaluations" ADD CONSTRAINT "FK_ef05f3da7ff0ec019d52c5f41f5" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "evaluations" ADD CONSTRAINT "FK_0d430e53f61fe14dbda0c7703dd" FOREIGN KEY ("answer_id") REFERENCES "answers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "evaluations" ADD CONSTRAINT "FK_6fdfa705855cdc6853586f794d4" FOREIGN KEY ("rubric_version_id") REFERENCES "rubric_versions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "scoring_outbox" ADD CONSTRAINT "FK_07c95f6e789d0fab89f6a6cd204" FOREIGN KEY ("answer_id") REFERENCES "answers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "scoring_outbox" DROP CONSTRAINT "FK_07c95f6e789d0fab89f6a6cd204"`);
    await queryRunner.query(`ALTER TABLE "evaluations" DROP CONSTRAINT "FK_6fdfa705855cdc6853586f794d4"`);
    await queryRunner.query(`ALTER TABLE "evaluations" DROP CONSTRAINT "FK_0d430e53f61fe14dbda0c7703dd"`);
    await queryRunner.query(`ALTER TABLE "evaluations" DROP CONSTRAINT "FK_ef05f3da7ff0ec019d52c5f41f5"`);
    await queryRunner.query(`ALTER TABLE "answers" DROP CONSTRAINT "FK_fd9ed50922bbdafb4bd82058339"`);
    await queryRunner.query(`ALTER TABLE "answers" DROP CONSTRAINT "FK_505280e8f8b52877fd4565e30b3"`);
    await queryRunner.query(`ALTER TABLE "answers" DROP CONSTRAINT "FK_d7eebeaeb40871c1990c9771d12"`);
    await queryRunner.query(`ALTER TABLE "session_questions" DROP CONSTRAINT "FK_43809b73e16ae83e7e15680853e"`);
    await queryRunner.query(`ALTER TABLE "session_questions" DROP CONSTRAINT "FK_319953f2a6b0c035614f36619ed"`);
    await queryRunner.query(`ALTER TABLE "session_questions" DROP CONSTRAINT "FK_7b77be0140305170d136886ad9e"`);
    await queryRunner.query(`ALTER TABLE "interview_sessions" DROP CONSTRAINT "FK_d80105ad52dc12c0155d0798fe8"`);
    await queryRunner.query(`ALTER TABLE "interview_sessions" DROP CONSTRAINT "FK_5c9b52d01adb75bb6d27195ab64"`);
    await queryRunner.query(`ALTER TABLE "interview_sessions" DROP CONSTRAINT "FK_0446b6ef75f4068e90ea2f90b23"`);
    await queryRunner.query(`ALTER TABLE "interview_sessions" DROP CONSTRAINT "FK_4987cd051b5f30113003650d7d8"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0a3a7c737a5ceec2a150acbada"`);
    await queryRunner.query(`DROP TABLE "scoring_outbox"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2a665e03504cde00355dca18e8"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ef05f3da7ff0ec019d52c5f41f"`);
    await queryRunner.query(`DROP TABLE "evaluations"`);
    await queryRunner.query(`DROP TYPE "public"."evaluations_source_enum"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b2743790b974f0c13adb021e43"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d865ad79d3dc67550d6e04f94b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_505280e8f8b52877fd4565e30b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d7eebeaeb40871c1990c9771d1"`);
    await queryRunner.query(`DROP TABLE "answers"`);
    await queryRunner.query(`DROP TYPE "public"."answers_status_enum"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a4cad32825cc8804290e448bdb"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_43809b73e16ae83e7e15680853"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7b77be0140305170d136886ad9"`);
    await queryRunner.query(`DROP TABLE "session_questions"`);
    await queryRunner.query(`DROP TYPE "public"."session_questions_type_enum"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2d631698d8135e454c5fd21e52"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5c9b52d01adb75bb6d27195ab6"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4987cd051b5f30113003650d7d"`);
    await queryRunner.query(`DROP TABLE "interview_sessions"`);
    await queryRunner.query(`DROP TYPE "public"."interview_sessions_status_enum"`);
    await queryRunner.query(`DROP TYPE "public"."interview_sessions_mode_enum"`);
  }
}
