import type { ReactNode } from 'react';
import { Box, Chip, Paper, Stack, Typography } from '@mui/material';
import { highlight } from './highlight';
import { ReviewForm } from './ReviewForm';
import type { Analysis, AnswerRecord, Evaluation, QuestionRecord } from './types';
import { RecordingPanel } from './RecordingPanel';

/** "8 s", "1 min 35 s". */
export function duration(seconds: number | null): string {
  if (seconds === null) return 'not measured';
  const whole = Math.round(seconds);
  const minutes = Math.floor(whole / 60);
  return minutes ? `${minutes} min${whole % 60 ? ` ${whole % 60} s` : ''}` : `${whole} s`;
}

const percent = (ratio: number) => `${Math.round(ratio * 100)}%`;

function Figure({ term, children }: { term: string; children: ReactNode }) {
  return (
    <Box>
      <Typography component="dt" variant="caption" color="text.secondary">
        {term}
      </Typography>
      <Typography component="dd" variant="body2" sx={{ m: 0 }}>
        {children}
      </Typography>
    </Box>
  );
}

const FIGURES_SX = { m: 0, display: 'grid', gap: 1.5, gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))' };

function Timings({ question, answer }: { question: QuestionRecord; answer: AnswerRecord }) {
  return (
    <Box component="dl" aria-label="Timings" sx={FIGURES_SX}>
      <Figure term="Thinking time">
        {duration(answer.thinkingSeconds)}
        {question.thinkingSeconds !== null && ` (limit ${duration(question.thinkingSeconds)})`}
        {answer.startedLate && <Chip size="small" color="warning" label="Started late" sx={{ ml: 1 }} />}
      </Figure>
      <Figure term="Answer time">
        {duration(answer.durationSeconds)} (limit {duration(question.timeLimitSeconds)})
      </Figure>
      <Figure term="Over time">
        {answer.overTime ? <Chip size="small" color="warning" label="Yes, over the limit" /> : 'No'}
      </Figure>
    </Box>
  );
}

const STAR = ['situation', 'task', 'action', 'result'] as const;

function Metrics({ analysis }: { analysis: Analysis }) {
  const { fillerWords, star, ownership, hedging, talkingPointCoverage, quantifiedResults } = analysis;
  const points = talkingPointCoverage && talkingPointCoverage.covered.length + talkingPointCoverage.missed.length;
  return (
    <Box component="dl" aria-label="The analyzer's metrics" sx={FIGURES_SX}>
      <Figure term="Pace">
        {Math.round(analysis.wordsPerMinute)} words per minute{analysis.durationEstimated ? ' (estimated)' : ''}
      </Figure>
      <Figure term="Words">{analysis.wordCount}</Figure>
      {fillerWords && (
        <Figure term="Fillers">
          {fillerWords.total} ({fillerWords.per100Words.toFixed(1)} per 100 words)
          {fillerWords.breakdown.length > 0 && `: ${fillerWords.breakdown.map((f) => `“${f.filler}” ×${f.count}`).join(', ')}`}
        </Figure>
      )}
      {star && (
        <Figure term={`STAR parts (${star.partsFound} of 4)`}>
          {STAR.map((part) => `${part[0].toUpperCase()}${part.slice(1)} ${star[part].found ? '✓' : '✗'}`).join(' · ')}
        </Figure>
      )}
      {ownership && (
        <Figure term="“I” against “we”">
          {ownership.iCount} / {ownership.weCount}
        </Figure>
      )}
      {hedging && <Figure term="Hedging phrases">{hedging.count}</Figure>}
      {quantifiedResults && <Figure term="Numbers">{quantifiedResults.map((q) => q.value).join(', ') || 'none'}</Figure>}
      {talkingPointCoverage && points ? (
        <Figure term="Talking points">
          {talkingPointCoverage.covered.length} of {points}
          {talkingPointCoverage.missed.length > 0 && ` (missed: ${talkingPointCoverage.missed.join(', ')})`}
        </Figure>
      ) : null}
      {analysis.relevance !== null && <Figure term="Relevance">{percent(analysis.relevance)}</Figure>}
    </Box>
  );
}

const SOURCES: Record<Evaluation['source'], string> = {
  LLM: 'LLM judge',
  ANALYZER: 'offline analyzer',
  ANALYZER_FALLBACK: 'offline analyzer: the LLM judge failed',
};

function Criteria({ evaluation }: { evaluation: Evaluation }) {
  // Too little to judge: the AI scored no criterion, and says why.
  if (evaluation.overallScore === null)
    return (
      <Typography variant="body2">
        <strong>Not enough to score:</strong> the AI withheld its score. {evaluation.evidenceReason}
      </Typography>
    );
  return (
    <Box
      component="table"
      sx={{
        borderCollapse: 'collapse',
        width: '100%',
        '& th, & td': { textAlign: 'left', verticalAlign: 'top', p: 0.75, borderBottom: 1, borderColor: 'divider' },
      }}
    >
      <caption style={{ textAlign: 'left', fontWeight: 600, paddingBottom: 4 }}>
        AI score {evaluation.overallScore} / 100 ({SOURCES[evaluation.source]})
      </caption>
      <thead>
        <tr>
          <th scope="col">Criterion</th>
          <th scope="col">AI</th>
          <th scope="col">Why, and the evidence</th>
        </tr>
      </thead>
      <tbody>
        {evaluation.criteria.map((c) => (
          <tr key={c.key}>
            <th scope="row">{c.name}</th>
            <td style={{ whiteSpace: 'nowrap' }}>{c.score} / 5</td>
            <td>
              {c.rationale}
              {c.evidence && (
                <>
                  {' '}
                  <mark>“{c.evidence}”</mark>
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </Box>
  );
}

function AiAdvice({ evaluation }: { evaluation: Evaluation }) {
  const { feedback } = evaluation;
  return (
    <Box component="dl" aria-label="The AI's feedback" sx={{ m: 0, display: 'grid', gap: 1 }}>
      <Figure term="What would make it stronger">{feedback.stronger}</Figure>
      <Figure term="How the communication came across">{feedback.communication}</Figure>
      <Figure term="What an interviewer might worry about">{feedback.concerns}</Figure>
      {evaluation.actionItems.length > 0 && (
        <Figure term="AI's action items">
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            {evaluation.actionItems.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </Box>
        </Figure>
      )}
      {evaluation.followUpQuestion && <Figure term="Follow-up to ask">{evaluation.followUpQuestion}</Figure>}
      {evaluation.redFlags.length > 0 && <Figure term="Red flags">{evaluation.redFlags.map((f) => f.message).join(' ')}</Figure>}
    </Box>
  );
}

/** Reviews already saved, the caller's named as theirs; overrides by criterion name. */
function Reviews({ evaluation, memberId }: { evaluation: Evaluation; memberId: string | undefined }) {
  if (!evaluation.reviews.length) return null;
  const names = new Map(evaluation.criteria.map((c) => [c.key, c.name]));
  return (
    <Stack spacing={1} aria-label="Reviews saved">
      {evaluation.reviews.map((review) => (
        <Paper key={review.id} variant="outlined" sx={{ p: 1.5 }}>
          <Typography variant="body2">
            <strong>{review.reviewerId === memberId ? 'Your review' : "Another coach's review"}</strong>: {review.overallScore} /
            100.{' '}
            {review.overrides.map((o) => `${names.get(o.key) ?? o.key} ${o.score}${o.note ? ` (${o.note})` : ''}`).join('; ')}
            {review.comment && ` ${review.comment}`}
            {review.actionItems.length > 0 && ` Action items: ${review.actionItems.join('; ')}.`}
          </Typography>
        </Paper>
      ))}
    </Stack>
  );
}

export interface AnswerPanelProps {
  /** "Question 2", "Follow-up to question 2". */
  title: string;
  question: QuestionRecord;
  answer: AnswerRecord;
  memberId: string | undefined;
  headingId: string;
  onSaved: () => void;
  /** A comment on the recording was saved: the page reads the answer again. */
  onCommented: () => void;
}

/** One answer as a coach reviews it: timings, text with the AI's evidence marked, metrics, the AI's view, the form. */
export function AnswerPanel({ title, question, answer, memberId, headingId, onSaved, onCommented }: AnswerPanelProps) {
  const { evaluation } = answer;
  const reviewed = evaluation?.reviews.some((r) => r.reviewerId === memberId);
  const quotes = evaluation?.criteria.flatMap((c) => (c.evidence ? [{ text: c.evidence, label: c.name }] : [])) ?? [];
  return (
    <Paper component="section" aria-labelledby={headingId} sx={{ p: { xs: 1.5, sm: 2.5 }, display: 'grid', gap: 2 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline', flexWrap: 'wrap' }}>
        <Typography
          id={headingId}
          variant="h6"
          component="h2"
          tabIndex={-1}
          sx={{ flex: 1, minWidth: 240, '&:focus': { outline: 2, outlineColor: 'primary.main', outlineStyle: 'solid' } }}
        >
          {title}
          {answer.attempt > 1 && `, attempt ${answer.attempt}`}: {question.prompt}
        </Typography>
        {evaluation && (
          <Chip
            size="small"
            color={reviewed ? 'success' : 'default'}
            variant={reviewed ? 'filled' : 'outlined'}
            label={reviewed ? 'Reviewed by you' : 'Not reviewed by you'}
          />
        )}
      </Stack>
      <Timings question={question} answer={answer} />
      <Box
        component="blockquote"
        aria-label="The answer, the AI's evidence marked"
        sx={{ m: 0, pl: 2, borderLeft: 4, borderColor: 'divider', whiteSpace: 'pre-wrap', lineHeight: 1.7 }}
      >
        {highlight(answer.text, quotes)}
      </Box>
      <RecordingPanel answer={answer} memberId={memberId} onCommented={onCommented} />
      {evaluation ? (
        <>
          <Metrics analysis={evaluation.analysis} />
          <Criteria evaluation={evaluation} />
          <AiAdvice evaluation={evaluation} />
          <Reviews evaluation={evaluation} memberId={memberId} />
          <ReviewForm key={evaluation.reviews.length} evaluation={evaluation} label={title} onSaved={onSaved} />
        </>
      ) : (
        <Typography color="text.secondary">Being scored…</Typography>
      )}
    </Paper>
  );
}
