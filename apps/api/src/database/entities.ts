import { Organization } from '../organizations/organization.entity';
import { User } from '../members/user.entity';
import { Membership } from '../members/membership.entity';
import { Invitation } from '../members/invitation.entity';
import { RefreshToken } from '../auth/refresh-token.entity';
import { PasswordReset } from '../auth/password-reset.entity';
import { Cohort } from '../cohorts/cohort.entity';
import { CohortMember } from '../cohorts/cohort-member.entity';
import { Company } from '../companies/company.entity';
import { QuestionSet } from '../question-bank/question-set.entity';
import { Question } from '../question-bank/question.entity';
import { Rubric } from '../rubrics/rubric.entity';
import { RubricVersion } from '../rubrics/rubric-version.entity';
import { InterviewTemplate } from '../templates/interview-template.entity';
import { TemplateItem } from '../templates/template-item.entity';
import { Assignment } from '../assignments/assignment.entity';
import { AssignmentCandidate } from '../assignments/assignment-candidate.entity';
import { InterviewSession } from '../sessions/interview-session.entity';
import { SessionQuestion } from '../sessions/session-question.entity';
import { Answer } from '../sessions/answer.entity';
import { Evaluation } from '../scoring/evaluation.entity';
import { ScoringOutbox } from '../scoring/scoring-outbox.entity';
import { LlmCall } from '../scoring/llm-usage.entity';
import { LlmJudgement } from '../scoring/llm-judgement.entity';
import { EvaluationReview } from '../reviews/evaluation-review.entity';
import { CandidateReadiness } from '../readiness/candidate-readiness.entity';
import { ReadinessSettings } from '../readiness/readiness-settings.entity';
import { Accommodation } from '../accommodations/accommodation.entity';
import { ActionItem } from '../action-items/action-item.entity';
import { DroppedSuggestion } from '../action-items/dropped-suggestion.entity';
import { RealInterviewLog } from '../real-interviews/real-interview-log.entity';
import { RealInterviewQuestion } from '../real-interviews/real-interview-question.entity';
import { AgreementPair } from '../agreement/agreement-pair.entity';
import { NotificationSettings } from '../notifications/notification-settings.entity';
import { SentNotification } from '../notifications/sent-notification.entity';
import { PracticeReminder } from '../practice-reminders/practice-reminder.entity';
import { Recording } from '../recordings/recording.entity';
import { RecordingComment } from '../recordings/recording-comment.entity';

export const ENTITIES = [
  Organization,
  User,
  Membership,
  Invitation,
  RefreshToken,
  PasswordReset,
  Cohort,
  CohortMember,
  Company,
  QuestionSet,
  Question,
  Rubric,
  RubricVersion,
  InterviewTemplate,
  TemplateItem,
  Assignment,
  AssignmentCandidate,
  InterviewSession,
  SessionQuestion,
  Answer,
  Evaluation,
  ScoringOutbox,
  LlmCall,
  LlmJudgement,
  EvaluationReview,
  CandidateReadiness,
  ReadinessSettings,
  Accommodation,
  ActionItem,
  DroppedSuggestion,
  RealInterviewLog,
  RealInterviewQuestion,
  AgreementPair,
  NotificationSettings,
  SentNotification,
  PracticeReminder,
  Recording,
  RecordingComment,
];
