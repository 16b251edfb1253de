import { ReadinessService } from '../readiness/readiness.service';
import { Injectable } from '@nestjs/common';
import { In, IsNull, SelectQueryBuilder } from 'typeorm';
import { Db } from '../database/db.service';
import { RequestContext } from '../common/request-context';
import { Role } from '../common/role';
import { notFound } from '../common/app-error';
import { AssignmentsService } from '../assignments/assignments.service';
import { onlyManaged } from '../cohorts/coaching';
import { AssignmentStatus } from '../assignments/assignment-candidate.entity';
import { DrawnQuestion, TemplatesService } from '../templates/templates.service';
import { RubricsService } from '../rubrics/rubrics.service';
import { InterviewMode } from '../templates/interview-template.entity';
import { ScoringService } from '../scoring/scoring.service';
import { Evaluation, EvaluationStatus } from '../scoring/evaluation.entity';
import { feedbackVisible } from './feedback-rule';
import { InterviewSession, SessionStatus } from './interview-session.entity';
import { SessionQuestion } from './session-question.entity';
import { Answer, AnswerStatus } from './answer.entity';
import {
  AnswerInput,
  CompleteSessionInput,
  SessionListOptions,
  SessionSortField,
  PractiseLoggedQuestionInput,
  StartPracticeInput,
  StartSessionInput,
} from './sessions.inputs';
import { ListResult, runList, SortOrder } from '../common/list';
import {
  alreadySubmitted,
  concurrentWrite,
  emptyAnswer,
  followUpPending,
  inWaitingRoom,
  noPracticeQuestions,
  notYetAsked,
  realisticAlreadyTaken,
  sessionClosed,
} from './sessions.errors';
import { expectsFollowUp } from './follow-ups';
import { CompetencyScore, PracticeGenerator } from './practice-generator';
import { SittingAllowance } from './sitting-allowance';
import { AccommodationsService } from '../accommodations/accommodations.service';
import { awaitsTranscript } from '../recordings/awaits-transcript';
import { RealInterviewsService } from '../real-interviews/real-interviews.service';
import { DEFAULT_TIME_LIMIT_SECONDS, Question } from '../question-bank/question.entity';

/** Time after the limit still counted as on time (network, the click itself). */
const GRACE_SECONDS = 5;
/** Writes of an attempt that lose a race are worked out again this many times at most (see untilStored). */
const STORE_TRIES = 3;
/** What writing an existing draft changes: a draft keeps when it was started; a submit sets every timing. */
const DRAFT_SETS = 'text = excluded.text, started_at = coalesce(a.started_at, excluded.started_at)';
const SUBMIT_SETS = [
  'text',
  'status',
  'started_at',
  'submitted_at',
  'thinking_seconds',
  'duration_seconds',
  'over_time',
  'started_late',
]
  .map((c) => `${c} = excluded.${c}`)
  .join(', ');
/**
 * A scored answer of session `s` the caller has not reviewed. Each step is an index lookup: answers by
 * session, evaluations by answer, reviews by evaluation.
 */
const AWAITING_REVIEW = `SELECT 1 FROM answers a
  JOIN evaluations e ON e.answer_id = a.id AND e.organization_id = a.organization_id
  WHERE a.session_id = s.id AND a.organization_id = s.organization_id
    AND NOT EXISTS (SELECT 1 FROM evaluation_reviews r WHERE r.evaluation_id = e.id AND r.reviewer_id = :reviewer)`;
const SESSION_SORT: Record<SessionSortField, string> = {
  [SessionSortField.CREATED_AT]: 's.createdAt',
  [SessionSortField.COMPLETED_AT]: 's.completedAt',
};

const secondsBetween = (from: Date, to: Date): number => Math.max(0, Math.round((to.getTime() - from.getTime()) / 1000));

/** Seconds of the sitting's waiting room still to go at `now` (0 once over, or without one). */
export const waitingRoomLeft = (session: InterviewSession, now = new Date()): number =>
  Math.max(0, Math.ceil((session.createdAt.getTime() + session.waitingRoomSeconds * 1000 - now.getTime()) / 1000));

/**
 * Interview sittings. A candidate sees only their own; an admin all; a coach those of candidates in
 * cohorts they coach.
 */
@Injectable()
export class SessionsService {
  constructor(
    private readonly db: Db,
    private readonly assignments: AssignmentsService,
    private readonly templates: TemplatesService,
    private readonly rubrics: RubricsService,
    private readonly scoring: ScoringService,
    private readonly practice: PracticeGenerator,
    private readonly allowance: SittingAllowance,
    private readonly readiness: ReadinessService,
    private readonly accommodations: AccommodationsService,
    private readonly realInterviews: RealInterviewsService,
  ) {}

  private visible(ctx: RequestContext): SelectQueryBuilder<InterviewSession> {
    const qb = this.db.scoped(ctx, InterviewSession).query('s');
    if (ctx.role === Role.CANDIDATE) return qb.andWhere('s.membershipId = :viewer', { viewer: ctx.membershipId });
    return onlyManaged(qb, ctx, 'candidate', 's.membershipId');
  }

  /** The sessions the caller may see, newest first unless sorted otherwise. */
  list(ctx: RequestContext, options?: SessionListOptions): Promise<ListResult<InterviewSession>> {
    const qb = this.visible(ctx);
    const filter = options?.filter;
    if (filter?.candidateId) qb.andWhere('s.membershipId = :candidateId', { candidateId: filter.candidateId });
    if (filter?.assignmentId) qb.andWhere('s.assignmentId = :assignmentId', { assignmentId: filter.assignmentId });
    if (filter?.status) qb.andWhere('s.status = :status', { status: filter.status });
    if (filter?.mode) qb.andWhere('s.mode = :mode', { mode: filter.mode });
    if (filter?.awaitingMyReview != null) {
      qb.andWhere(`s.status = :completed AND ${filter.awaitingMyReview ? '' : 'NOT '}EXISTS (${AWAITING_REVIEW})`, {
        completed: SessionStatus.COMPLETED,
        reviewer: ctx.membershipId,
      });
    }
    return runList(qb, options, SESSION_SORT, SessionSortField.CREATED_AT, SortOrder.DESC);
  }

  async get(ctx: RequestContext, id: string): Promise<InterviewSession> {
    const session = await this.visible(ctx).andWhere('s.id = :id', { id }).getOne();
    if (!session) throw notFound('Session');
    return session;
  }

  /**
   * Starts a sitting of an assignment, or returns the candidate's open one (a reload, another device).
   * A realistic assignment allows one sitting plus retakes (see SittingAllowance); practice ones any
   * number. Questions (random draws resolved now), the rubric version and time limits freeze now.
   */
  async start(ctx: RequestContext, input: StartSessionInput): Promise<InterviewSession> {
    const assignment = await this.assignments.get(ctx, input.assignmentId);
    const template = await this.templates.get(ctx, assignment.templateId);
    return this.db.transaction(async () => {
      // Locked: two starts at once must not make two sittings.
      const row = await this.assignments.lockCandidate(ctx, assignment.id, ctx.membershipId);
      const open = await this.db.scoped(ctx, InterviewSession).findOne({
        where: { assignmentId: assignment.id, membershipId: ctx.membershipId, status: SessionStatus.IN_PROGRESS },
      });
      if (open) return open;
      const [remaining] = await this.allowance.remaining(ctx, [row.id]);
      if (remaining === 0) throw realisticAlreadyTaken();
      const rubricVersion = await this.rubrics.latestVersion(ctx, template.rubricId);
      const session = await this.open(ctx, input, await this.templates.draw(ctx, template.id), {
        assignmentId: assignment.id,
        mode: template.mode,
        rubricVersionId: rubricVersion.id,
        followUpCount: template.followUpCount,
        waitingRoomSeconds: template.mode === InterviewMode.REALISTIC ? (template.waitingRoomSeconds ?? 0) : 0,
        thinkingSeconds: template.thinkingSeconds,
      });
      await this.assignments.setStatus(ctx, assignment.id, ctx.membershipId, AssignmentStatus.IN_PROGRESS);
      return session;
    });
  }

  /** Free practice: no assignment, questions drawn mostly from the candidate's weakest competencies. */
  async startPractice(ctx: RequestContext, input: StartPracticeInput): Promise<InterviewSession> {
    const rubric = input.rubricId ? await this.rubrics.get(ctx, input.rubricId) : await this.rubrics.getDefault(ctx);
    const { companyId, type, difficulty, competency } = input;
    const drawn = await this.practice.draw(ctx, { companyId, type, difficulty, competency }, input.questionCount, {
      recommended: input.recommended,
    });
    if (drawn.length === 0) throw noPracticeQuestions();
    return this.openPractice(ctx, input, drawn, rubric.id);
  }

  /**
   * Practice of a question the candidate logged from a real interview, worded as it was asked: the bank
   * question staff made of it when there is one (its type, talking points and limit), else the logged
   * prompt and competencies with the type the candidate gives.
   */
  async practiseLogged(ctx: RequestContext, input: PractiseLoggedQuestionInput): Promise<InterviewSession> {
    const { logged, promoted } = await this.realInterviews.ownQuestion(ctx, input.realInterviewQuestionId);
    const question =
      promoted ??
      Object.assign(new Question(), {
        prompt: logged.prompt,
        type: input.type,
        competencies: logged.competencies,
        talkingPoints: [],
        timeLimitSeconds: DEFAULT_TIME_LIMIT_SECONDS,
      });
    return this.openPractice(ctx, input, [question], (await this.rubrics.getDefault(ctx)).id);
  }

  private async openPractice(
    ctx: RequestContext,
    opening: { checklist?: string[]; confidenceBefore?: number; followUpCount: number },
    questions: Question[],
    rubricId: string,
  ): Promise<InterviewSession> {
    const rubricVersion = await this.rubrics.latestVersion(ctx, rubricId);
    return this.db.transaction(() =>
      this.open(
        ctx,
        opening,
        questions.map((question) => ({ question, timeLimit: null })),
        {
          assignmentId: null,
          mode: InterviewMode.PRACTICE,
          rubricVersionId: rubricVersion.id,
          followUpCount: opening.followUpCount,
          waitingRoomSeconds: 0,
          thinkingSeconds: null,
        },
      ),
    );
  }

  /** The candidate's competencies, weakest first (what free practice aims at). */
  competencyScores(ctx: RequestContext): Promise<CompetencyScore[]> {
    return this.practice.competencyScores(ctx, ctx.membershipId);
  }

  /**
   * Writes the session and freezes its questions, in the caller's transaction. The candidate's
   * accommodation, if any, multiplies every time limit (thinking time included), for the whole sitting.
   */
  private async open(
    ctx: RequestContext,
    opening: { checklist?: string[]; confidenceBefore?: number },
    chosen: DrawnQuestion[],
    {
      thinkingSeconds,
      ...settings
    }: Pick<InterviewSession, 'assignmentId' | 'mode' | 'rubricVersionId' | 'followUpCount' | 'waitingRoomSeconds'> & {
      thinkingSeconds: number | null;
    },
  ): Promise<InterviewSession> {
    const timeMultiplier = await this.accommodations.timeMultiplier(ctx, ctx.membershipId);
    const sessions = this.db.scoped(ctx, InterviewSession);
    const session = await sessions.save(
      sessions.create({
        ...settings,
        timeMultiplier,
        membershipId: ctx.membershipId,
        status: SessionStatus.IN_PROGRESS,
        confidenceBefore: opening.confidenceBefore ?? null,
        confidenceAfter: null,
        checklist: opening.checklist ?? [],
        focusLossCount: 0,
        completedAt: null,
      }),
    );
    const questions = this.db.scoped(ctx, SessionQuestion);
    await questions.save(
      chosen.map(({ question, timeLimit }, position) =>
        questions.create({
          sessionId: session.id,
          position,
          // None for a question practised as logged from a real interview.
          questionId: question.id ?? null,
          followUpOfId: null,
          followUpDepth: 0,
          prompt: question.prompt,
          type: question.type,
          competencies: question.competencies,
          talkingPoints: question.talkingPoints,
          timeLimitSeconds: Math.round((timeLimit ?? question.timeLimitSeconds) * timeMultiplier),
          thinkingSeconds: thinkingSeconds === null ? null : Math.round(thinkingSeconds * timeMultiplier),
          shownAt: null,
        }),
      ),
    );
    return session;
  }

  questions(ctx: RequestContext, sessionId: string): Promise<SessionQuestion[]> {
    return this.db.scoped(ctx, SessionQuestion).find({ where: { sessionId }, order: { position: 'ASC' } });
  }

  /**
   * Shows a question (the clock starts). Realistic mode asks in order, no looking ahead, and the first
   * question only after the sitting's waiting room.
   */
  async showQuestion(ctx: RequestContext, sessionId: string, position: number): Promise<SessionQuestion> {
    const session = await this.ownOpenSession(ctx, sessionId);
    const questions = await this.questions(ctx, session.id);
    const question = questions.find((q) => q.position === position);
    if (!question) throw notFound('Question');
    if (session.mode === InterviewMode.REALISTIC) {
      const secondsLeft = position === 0 && !question.shownAt ? waitingRoomLeft(session) : 0;
      if (secondsLeft > 0) throw inWaitingRoom(secondsLeft);
      const answers = await this.db
        .scoped(ctx, Answer)
        .find({ where: { sessionId: session.id, status: In([AnswerStatus.SUBMITTED, AnswerStatus.SCORED]) } });
      const answered = new Set(answers.map((a) => a.sessionQuestionId));
      const current = questions.find((q) => !answered.has(q.id));
      if (current?.id !== question.id) throw notYetAsked();
      // The follow-up to the last answer comes with its evaluation and goes right after it.
      const awaitingFollowUp = answers.some((a) => {
        const asked = questions.find((q) => q.id === a.sessionQuestionId)!;
        return a.status === AnswerStatus.SUBMITTED && expectsFollowUp(session, asked);
      });
      if (awaitingFollowUp) throw followUpPending();
    }
    if (!question.shownAt) {
      question.shownAt = new Date();
      await this.db.scoped(ctx, SessionQuestion).update({ id: question.id, shownAt: IsNull() }, { shownAt: question.shownAt });
    } else if (session.mode === InterviewMode.PRACTICE) {
      // Showing an answered practice question again is asking to try again: the retry's clock starts now
      // (unless a draft of it exists already, perhaps made a moment ago).
      const { draft } = await this.currentAttempt(ctx, question.id);
      if (!draft.id && draft.askedAt) await this.db.scoped(ctx, Answer).insertOrIgnore(draft);
    }
    return question;
  }

  /** Autosave: the current attempt's text, kept as a draft until submitted. */
  saveDraft(ctx: RequestContext, input: AnswerInput): Promise<Answer> {
    return this.untilStored(async () => {
      const { draft } = await this.currentAttempt(ctx, input.sessionQuestionId);
      draft.text = input.text;
      draft.startedAt ??= new Date();
      return (await this.storeAttempt(ctx, draft))?.answer;
    });
  }

  /**
   * The current attempt's draft, created (empty) if there is none: a spoken answer starts recording
   * before it has any text. Same rules as a draft save: own sitting in progress, question shown,
   * realistic mode one take.
   */
  async draftAnswer(ctx: RequestContext, sessionQuestionId: string): Promise<{ answer: Answer; question: SessionQuestion }> {
    for (let tries = 0; tries < STORE_TRIES; tries++) {
      const { draft, question } = await this.currentAttempt(ctx, sessionQuestionId);
      if (draft.id) return { answer: draft, question };
      draft.startedAt = new Date();
      // A draft written meanwhile (an autosave) wins: the next turn returns it.
      await this.db.scoped(ctx, Answer).insertOrIgnore(draft);
    }
    throw concurrentWrite();
  }

  /**
   * Stores the answer with its timings and, in the same statement, an outbox row; the scoring job is
   * queued after commit. Over the time limit, or started after the thinking time, is accepted and marked.
   * A spoken answer may be submitted while a part is still being transcribed (the realistic clock ran
   * out), even with no text yet: the transcript is added when it arrives, and only then is it scored.
   */
  async submit(ctx: RequestContext, input: AnswerInput): Promise<Answer> {
    let awaits = false;
    const answer = await this.untilStored(async () => {
      const { draft, question } = await this.currentAttempt(ctx, input.sessionQuestionId);
      if (!input.text.trim() && !(draft.id && (await this.awaitsTranscript(ctx, draft.id)))) throw emptyAnswer();
      const now = new Date();
      const askedAt = draft.askedAt ?? question.shownAt!;
      const startedAt = draft.startedAt ?? now;
      const thinkingSeconds = secondsBetween(askedAt, startedAt);
      Object.assign(draft, {
        text: input.text,
        status: AnswerStatus.SUBMITTED,
        startedAt,
        submittedAt: now,
        thinkingSeconds,
        durationSeconds: draft.startedAt ? secondsBetween(startedAt, now) : null,
        overTime: secondsBetween(askedAt, now) > question.timeLimitSeconds + GRACE_SECONDS,
        startedLate: question.thinkingSeconds !== null && thinkingSeconds > question.thinkingSeconds + GRACE_SECONDS,
      });
      const stored = await this.storeAttempt(ctx, draft);
      awaits = stored?.awaitsTranscript ?? false;
      return stored?.answer;
    });
    if (!awaits) await this.scoring.enqueue(ctx, answer.id);
    return answer;
  }

  private async awaitsTranscript(ctx: RequestContext, answerId: string): Promise<boolean> {
    const [{ awaits }] = await this.db.sql<{ awaits: boolean }>(ctx, `SELECT ${awaitsTranscript('$1', '$2::uuid')} AS awaits`, [
      answerId,
    ]);
    return awaits;
  }

  /**
   * Attempts are written without locks: between reading the current attempt and writing it another
   * request (a double click, an autosave) may have written it. The write then stores nothing and the
   * attempt is worked out again.
   */
  private async untilStored(store: () => Promise<Answer | undefined>): Promise<Answer> {
    for (let tries = 0; tries < STORE_TRIES; tries++) {
      const stored = await store();
      if (stored) return stored;
    }
    throw concurrentWrite();
  }

  /**
   * Inserts the attempt or, if it exists and is still a draft, updates it; a submitted one gets its
   * outbox row in the same statement, and says whether a transcript is awaited. Undefined if the
   * attempt exists and is no longer a draft.
   */
  private async storeAttempt(
    ctx: RequestContext,
    answer: Answer,
  ): Promise<{ answer: Answer; awaitsTranscript: boolean } | undefined> {
    const submitted = answer.status === AnswerStatus.SUBMITTED;
    const [row] = await this.db.sql(
      ctx,
      `WITH answer AS (
         INSERT INTO answers AS a (organization_id, session_id, session_question_id, attempt, asked_at, text, status,
           started_at, submitted_at, thinking_seconds, duration_seconds, over_time, started_late)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
         ON CONFLICT (session_question_id, attempt) DO UPDATE SET ${submitted ? SUBMIT_SETS : DRAFT_SETS}
           WHERE a.organization_id = $1 AND a.status = '${AnswerStatus.DRAFT}'
         RETURNING ${this.db.columns(Answer).select()}
       )${submitted ? `, pending AS (${this.scoring.pendingFrom('answer')})` : ''}
       SELECT *, ${submitted ? awaitsTranscript('$1', 'answer.id') : 'false'} AS awaits_transcript FROM answer`,
      [
        answer.sessionId,
        answer.sessionQuestionId,
        answer.attempt,
        answer.askedAt,
        answer.text,
        answer.status,
        answer.startedAt,
        answer.submittedAt,
        answer.thinkingSeconds,
        answer.durationSeconds,
        answer.overTime,
        answer.startedLate,
      ],
    );
    return row && { answer: this.db.columns(Answer).from(row)!, awaitsTranscript: row.awaits_transcript as boolean };
  }

  /** The client saw the interview window lose focus (another tab, another app). */
  async reportFocusLoss(ctx: RequestContext, sessionId: string): Promise<InterviewSession> {
    const session = await this.ownOpenSession(ctx, sessionId);
    await this.db.scoped(ctx, InterviewSession).increment({ id: session.id }, 'focusLossCount');
    return this.get(ctx, session.id);
  }

  async complete(ctx: RequestContext, sessionId: string, input: CompleteSessionInput): Promise<InterviewSession> {
    const session = await this.ownOpenSession(ctx, sessionId);
    const completed = await this.db.transaction(async () => {
      Object.assign(session, {
        status: SessionStatus.COMPLETED,
        completedAt: new Date(),
        confidenceAfter: input.confidenceAfter ?? null,
      });
      const saved = await this.db.scoped(ctx, InterviewSession).save(session);
      if (session.assignmentId) {
        await this.assignments.setStatus(ctx, session.assignmentId, ctx.membershipId, AssignmentStatus.COMPLETED);
      }
      return saved;
    });
    // A completed realistic sitting's scores start to count, and so may the assignment.
    await this.readiness.refreshLater(ctx, [ctx.membershipId]);
    return completed;
  }

  /**
   * An answer in a session the caller may see, with that session: one query (the live feedback polls
   * and waits on it).
   */
  async answer(ctx: RequestContext, id: string): Promise<Answer> {
    const sessions = this.visible(ctx).select('s.id');
    const answer = await this.db
      .scoped(ctx, Answer)
      .query('a')
      .innerJoinAndSelect('a.session', 'sitting')
      .andWhere('a.id = :id', { id })
      .andWhere(`a.sessionId IN (${sessions.getQuery()})`)
      .setParameters({ ...sessions.getParameters(), id })
      .getOne();
    if (!answer) throw notFound('Answer');
    return answer;
  }

  /**
   * The answer's evaluation, or null until it is scored or while the caller may not see it (see
   * feedback-rule.ts). Batched per request.
   */
  async evaluation(ctx: RequestContext, answer: Answer): Promise<Evaluation | null> {
    const session = async () => answer.session ?? ctx.loaders.byId(InterviewSession).load(answer.sessionId);
    if (!(await feedbackVisible(ctx, session))) return null;
    const evaluations = await ctx.loaders.manyBy(Evaluation, 'answerId', { createdAt: 'DESC' }).load(answer.id);
    return evaluations[0] ?? null;
  }

  /**
   * Answers of the session whose latest evaluation withheld its score and that no coach has scored yet:
   * they count for nothing until one does. Batched per request.
   */
  awaitingCoachScore(ctx: RequestContext, session: InterviewSession): Promise<number> {
    return ctx.loaders
      .loader<number>('session:awaiting-coach-score', async (ids) => {
        const rows = await this.db.sql<{ session_id: string; count: number }>(
          ctx,
          `SELECT a.session_id, count(*)::int AS count FROM answers a
           CROSS JOIN LATERAL (SELECT ev.id, ev.status FROM evaluations ev WHERE ev.organization_id = $1 AND ev.answer_id = a.id
             ORDER BY ev.created_at DESC LIMIT 1) e
           WHERE a.organization_id = $1 AND a.session_id = ANY($2::uuid[]) AND e.status = '${EvaluationStatus.INSUFFICIENT_EVIDENCE}'
             AND NOT EXISTS (SELECT 1 FROM evaluation_reviews r WHERE r.organization_id = $1 AND r.evaluation_id = e.id)
           GROUP BY a.session_id`,
          [[...ids]],
        );
        const counts = new Map(rows.map((r) => [r.session_id, r.count]));
        return ids.map((id) => counts.get(id) ?? 0);
      })
      .load(session.id);
  }

  private async ownOpenSession(ctx: RequestContext, sessionId: string): Promise<InterviewSession> {
    const session = await this.db
      .scoped(ctx, InterviewSession)
      .findOne({ where: { id: sessionId, membershipId: ctx.membershipId } });
    if (!session) throw notFound('Session');
    if (session.status === SessionStatus.COMPLETED) throw sessionClosed();
    return session;
  }

  /**
   * The attempt being written for a shown question: the draft if any, else a new attempt (realistic
   * mode: only while nothing was submitted). Read without a lock: see `untilStored`.
   */
  private async currentAttempt(
    ctx: RequestContext,
    sessionQuestionId: string,
  ): Promise<{ draft: Answer; question: SessionQuestion }> {
    const [questions, sessions, answers] = [
      this.db.columns(SessionQuestion),
      this.db.columns(InterviewSession),
      this.db.columns(Answer),
    ];
    // One query: the question, its session and its latest attempt.
    const [row] = await this.db.sql(
      ctx,
      `SELECT ${questions.select('q')}, ${sessions.select('s')}, ${answers.select('a')}
       FROM session_questions q
       JOIN interview_sessions s ON s.id = q.session_id AND s.organization_id = $1
       LEFT JOIN LATERAL (
         SELECT * FROM answers WHERE session_question_id = q.id AND organization_id = $1 ORDER BY attempt DESC LIMIT 1
       ) a ON true
       WHERE q.organization_id = $1 AND q.id = $2 AND s.membership_id = $3`,
      [sessionQuestionId, ctx.membershipId],
    );
    const question = row && questions.from(row, 'q');
    if (!question) throw notFound('Question');
    const session = sessions.from(row, 's')!;
    if (session.status === SessionStatus.COMPLETED) throw sessionClosed();
    if (!question.shownAt) throw notYetAsked();
    const latest = answers.from(row, 'a');
    if (latest?.status === AnswerStatus.DRAFT) return { draft: latest, question };
    if (latest && session.mode === InterviewMode.REALISTIC) throw alreadySubmitted();
    const draft = this.db.scoped(ctx, Answer).create({
      sessionId: session.id,
      sessionQuestionId,
      attempt: (latest?.attempt ?? 0) + 1,
      askedAt: latest ? new Date() : null,
      text: '',
      status: AnswerStatus.DRAFT,
      startedAt: null,
      submittedAt: null,
      thinkingSeconds: null,
      durationSeconds: null,
      overTime: false,
      startedLate: false,
    });
    return { draft, question };
  }
}
