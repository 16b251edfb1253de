import { Alert, Box, Chip, Divider, Grid, LinearProgress, Paper, Stack, Typography } from '@mui/material';
import type { Evaluation } from './operations';
import { clock } from './Countdown';
import { highlight } from './highlights';
import { ScoreDial } from './ScoreDial';

const SOURCES: Record<Evaluation['source'], string> = {
  LLM: 'AI judge',
  ANALYZER: 'offline analyzer',
  ANALYZER_FALLBACK: 'offline analyzer (the AI judge was unavailable)',
};

const STAR_PARTS = [
  ['situation', 'Situation'],
  ['task', 'Task'],
  ['action', 'Action'],
  ['result', 'Result'],
] as const;

function Figure({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <Paper variant="outlined" sx={{ p: 1.5, height: '100%' }}>
      <Typography variant="caption" color="text.secondary" component="p">
        {label}
      </Typography>
      <Typography sx={{ fontWeight: 700, fontSize: '1.1rem' }}>{value}</Typography>
      {note && (
        <Typography variant="caption" color="text.secondary">
          {note}
        </Typography>
      )}
    </Paper>
  );
}

/** The answer's text with the quoted evidence and the filler words marked, and a key to the marks. */
function HighlightedAnswer({ text, evidence, fillers }: { text: string; evidence: string[]; fillers: string[] }) {
  return (
    <Box>
      <Typography variant="h3" sx={{ fontSize: '1rem', mb: 1 }}>
        Your answer
      </Typography>
      <Stack direction="row" spacing={1} sx={{ mb: 1, flexWrap: 'wrap' }}>
        <Chip size="small" label="Evidence the scores quote" sx={{ bgcolor: 'rgba(46, 125, 50, 0.18)', color: 'text.primary' }} />
        <Chip size="small" label="Filler words" sx={{ bgcolor: 'rgba(237, 108, 2, 0.22)', color: 'text.primary' }} />
      </Stack>
      <Paper variant="outlined" sx={{ p: 2, whiteSpace: 'pre-wrap', lineHeight: 1.7 }}>
        {highlight(text, evidence, fillers).map((segment, i) =>
          segment.mark ? (
            <Box
              component="mark"
              key={i}
              title={segment.mark === 'evidence' ? 'Quoted as evidence' : 'Filler word'}
              sx={{
                color: 'inherit',
                borderRadius: 0.5,
                px: 0.25,
                bgcolor: segment.mark === 'evidence' ? 'rgba(46, 125, 50, 0.18)' : 'rgba(237, 108, 2, 0.22)',
              }}
            >
              {segment.text}
            </Box>
          ) : (
            segment.text
          ),
        )}
      </Paper>
    </Box>
  );
}

interface Props {
  evaluation: Evaluation;
  /** The answer's text, to show the evidence in place; left out when not at hand. */
  answerText?: string;
  timeLimitSeconds?: number;
  overTime?: boolean;
}

/** One answer's evaluation: score and source, delivery figures, what to work on, the evidence in the answer, the coach's view. */
export function FeedbackView({ evaluation, answerText, timeLimitSeconds, overTime }: Props) {
  const { feedback, criteria, redFlags, actionItems, reviews, analysis } = evaluation;
  const fillers = analysis.fillerWords;
  const coach = reviews.at(-1);
  return (
    <Stack component="section" aria-label="Feedback" spacing={2.5}>
      {evaluation.overallScore === null ? (
        // Too little to judge: the score is withheld rather than guessed, with the reason and what to do.
        <Alert severity="info" role="status" aria-label="Not enough to score">
          <Typography sx={{ fontWeight: 700 }}>Not enough to score</Typography>
          <Typography variant="body2">{evaluation.evidenceReason}</Typography>
          {coach && (
            <Typography variant="body2" sx={{ mt: 0.5 }}>
              Your coach gave {coach.overallScore} / 100.
            </Typography>
          )}
        </Alert>
      ) : (
        <Stack direction="row" spacing={2.5} sx={{ alignItems: 'center' }}>
          <ScoreDial score={evaluation.overallScore} />
          <Box>
            <Typography sx={{ fontWeight: 700, fontSize: '1.2rem' }}>Score: {evaluation.overallScore} / 100</Typography>
            <Typography variant="body2" color="text.secondary">
              Scored by the {SOURCES[evaluation.source]}
              {coach && `; your coach gave ${coach.overallScore} / 100`}
            </Typography>
          </Box>
        </Stack>
      )}

      <Grid container spacing={1.5}>
        <Grid size={{ xs: 6, sm: 3 }}>
          <Figure
            label="Duration"
            value={clock(Math.round(analysis.durationSeconds))}
            note={timeLimitSeconds ? `${overTime ? 'over' : 'within'} the ${clock(timeLimitSeconds)} limit` : undefined}
          />
        </Grid>
        <Grid size={{ xs: 6, sm: 3 }}>
          <Figure
            label="Pace"
            value={`${Math.round(analysis.wordsPerMinute)} wpm`}
            note={`${analysis.wordCount} words${analysis.speechTiming ? ', as spoken' : ''}`}
          />
        </Grid>
        <Grid size={{ xs: 6, sm: 3 }}>
          <Figure
            label="Thinking time"
            value={analysis.thinkingSeconds === null ? '–' : `${Math.round(analysis.thinkingSeconds)} s`}
            note="before you started"
          />
        </Grid>
        <Grid size={{ xs: 6, sm: 3 }}>
          <Figure
            label="Fillers per 100 words"
            value={fillers ? fillers.per100Words.toFixed(1) : '–'}
            note={fillers && fillers.total > 0 ? fillers.breakdown.map((f) => `${f.filler} ×${f.count}`).join(', ') : 'none'}
          />
        </Grid>
      </Grid>

      {analysis.speechTiming && (
        <Typography variant="body2" color="text.secondary">
          From your recording: {analysis.pauseCount ?? 0} {analysis.pauseCount === 1 ? 'pause' : 'pauses'} of 1.5 s or more
          {analysis.longestPauseSeconds ? ` (the longest ${analysis.longestPauseSeconds.toFixed(1)} s)` : ''}, and{' '}
          {(analysis.silenceBeforeFirstWordSeconds ?? 0).toFixed(1)} s of silence before your first word.
        </Typography>
      )}

      {analysis.star && (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }} aria-label="STAR parts">
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            STAR:
          </Typography>
          {STAR_PARTS.map(([key, name]) => {
            const found = analysis.star![key].found;
            return (
              <Chip
                key={key}
                size="small"
                color={found ? 'success' : 'default'}
                variant={found ? 'filled' : 'outlined'}
                label={`${name}: ${found ? 'found' : 'missing'}`}
              />
            );
          })}
        </Stack>
      )}

      {redFlags.length > 0 && (
        <Alert severity="warning" aria-label="Red flags">
          <Stack component="ul" sx={{ m: 0, pl: 2 }}>
            {redFlags.map((flag) => (
              <li key={flag.code}>{flag.message}</li>
            ))}
          </Stack>
        </Alert>
      )}

      <Grid container spacing={1.5}>
        {(
          [
            ['What would make it stronger', feedback.stronger],
            ['How it came across', feedback.communication],
            ['What an interviewer might worry about', feedback.concerns],
          ] as const
        ).map(([title, body]) => (
          <Grid key={title} size={{ xs: 12, md: 4 }}>
            <Paper variant="outlined" sx={{ p: 2, height: '100%' }}>
              <Typography variant="h3" sx={{ fontSize: '1rem', mb: 0.5 }}>
                {title}
              </Typography>
              <Typography variant="body2">{body}</Typography>
            </Paper>
          </Grid>
        ))}
      </Grid>

      {/* Nothing was judged when the score is withheld: no criteria to show. */}
      {criteria.length > 0 && (
        <Box>
          <Typography variant="h3" sx={{ fontSize: '1rem', mb: 1 }}>
            Criteria
          </Typography>
          <Stack divider={<Divider flexItem />} spacing={1.5}>
            {criteria.map((c) => {
              const override = coach?.overrides.find((o) => o.key === c.key);
              return (
                <Box key={c.key}>
                  <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'baseline', gap: 1 }}>
                    <Typography sx={{ fontWeight: 600 }}>{c.name}</Typography>
                    <Typography sx={{ fontWeight: 700, whiteSpace: 'nowrap' }}>
                      {c.score} / 5{override && ` · coach ${override.score} / 5`}
                    </Typography>
                  </Stack>
                  <LinearProgress
                    variant="determinate"
                    value={(c.score / 5) * 100}
                    aria-hidden
                    sx={{ my: 0.75, height: 6, borderRadius: 3 }}
                  />
                  <Typography variant="body2">{c.rationale}</Typography>
                  {c.evidence && (
                    <Typography
                      variant="body2"
                      component="blockquote"
                      sx={{ m: 0, mt: 0.5, pl: 1.5, borderLeft: 3, borderColor: 'success.main', fontStyle: 'italic' }}
                    >
                      “{c.evidence}”
                    </Typography>
                  )}
                  {override?.note && (
                    <Typography variant="body2" sx={{ mt: 0.5 }}>
                      Coach: {override.note}
                    </Typography>
                  )}
                </Box>
              );
            })}
          </Stack>
        </Box>
      )}

      {answerText && (
        <HighlightedAnswer
          text={answerText}
          evidence={criteria.flatMap((c) => (c.evidence ? [c.evidence] : []))}
          fillers={fillers?.breakdown.map((f) => f.filler) ?? []}
        />
      )}

      <Box>
        <Typography variant="h3" sx={{ fontSize: '1rem', mb: 0.5 }}>
          Practise next
        </Typography>
        <Box component="ol" sx={{ m: 0, pl: 3 }}>
          {actionItems.map((item) => (
            <li key={item}>
              <Typography variant="body2">{item}</Typography>
            </li>
          ))}
        </Box>
        <Typography variant="body2" sx={{ mt: 1 }}>
          An interviewer might follow up with: <em>{evaluation.followUpQuestion}</em>
        </Typography>
      </Box>

      {reviews.map((review) => (
        <Paper
          key={review.id}
          component="aside"
          aria-label="Coach review"
          variant="outlined"
          sx={{ p: 2, borderLeft: 4, borderLeftColor: 'primary.main' }}
        >
          <Typography sx={{ fontWeight: 700 }}>Your coach: {review.overallScore} / 100</Typography>
          <Typography variant="body2">{review.comment}</Typography>
          {review.actionItems.length > 0 && (
            <Typography variant="body2" sx={{ mt: 0.5 }}>
              Coach's action items: {review.actionItems.join('; ')}
            </Typography>
          )}
        </Paper>
      ))}
    </Stack>
  );
}
