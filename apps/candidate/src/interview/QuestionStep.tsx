import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Paper, Stack, TextField, Typography } from '@mui/material';
import CloudDoneIcon from '@mui/icons-material/CloudDoneOutlined';
import { ApiError, errorMessage, request } from '../graphql';
import { Loading } from '../layout/States';
import { localDrafts } from './drafts';
import { Countdown } from './Countdown';
import { SAVE_DRAFT, SUBMIT_ANSWER, type Question } from './operations';
import type { RecordedPart } from './voice/operations';
import { settledAnswer, transcriptNote } from './voice/transcripts';
import { RecordedParts } from './voice/RecordedParts';
import { VoiceAnswer } from './voice/VoiceAnswer';

/** Quiet typing time before the draft is saved: a closed tab loses at most this much. */
const AUTOSAVE_MS = 1500;
/** Waits between tries of a submit the network dropped (the text stays on screen and in the browser). */
const RETRY_MS = [1000, 3000, 6000];

/** The request never reached the API or its answer never came back: worth another try. */
const isNetworkError = (e: unknown) =>
  e instanceof TypeError || (e instanceof ApiError && !e.code && /answered 5\d\d/.test(e.message));

/** The API takes a recording up to the time limit plus this much. */
const RECORDING_GRACE_MS = 120_000;

const words = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;

interface Props {
  question: Question;
  /** When this attempt's clock started (ms since the epoch). */
  clockStart: number;
  label: string;
  /** Realistic rule: when time runs out the answer is submitted as it stands. */
  realistic: boolean;
  /** The draft the server has for this attempt ('' for none), and its answer's id. */
  serverDraft: string;
  draftId?: string;
  onSubmitted: (answerId: string) => void;
}

/**
 * One question: its prompt, the countdown (the server's clock is the one that counts) and the answer,
 * kept in the browser as it is typed and autosaved to the server off the keystroke path.
 */
export function QuestionStep({ question, clockStart, label, realistic, serverDraft, draftId, onSubmitted }: Props) {
  const [text, setText] = useState(() => localDrafts.startingText(question.id, serverDraft));
  const [saved, setSaved] = useState<string>();
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);
  const [retrying, setRetrying] = useState(false);
  const [timeUp, setTimeUp] = useState(false);
  /** A take is under way, or its transcript is awaited: the server writes the draft then, not this page. */
  const [voice, setVoice] = useState<'recording' | 'transcribing'>();
  const [parts, setParts] = useState<RecordedPart[]>([]);
  const [voiceError, setVoiceError] = useState<string>();
  /** Realistic time ran out mid-take: the answer goes in once the take is uploaded (the server adds its transcript). */
  const submitAfterTake = useRef(false);
  /** The thinking time ends when the answer begins (the server counts it from the first save). */
  const started = text.trim() !== '';
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const saving = useRef<Promise<unknown>>(Promise.resolve());
  const latest = useRef(text);
  const submitting = useRef(false);

  const unmounted = useRef(new AbortController());

  useEffect(() => {
    const controller = new AbortController();
    unmounted.current = controller;
    return () => {
      clearTimeout(timer.current);
      controller.abort();
    };
  }, []);

  const input = { sessionQuestionId: question.id };

  function save(value: string) {
    saving.current = request(SAVE_DRAFT, { input: { ...input, text: value } }).then(
      () => {
        localDrafts.saved(question.id, value);
        setSaved(new Date().toLocaleTimeString());
      },
      () => setSaved(undefined),
    );
  }

  // Once, for the text the step started with: what this browser kept and the server lacks (typed just
  // before a reload, or after the session ended) is saved now.
  useEffect(() => {
    if (text !== serverDraft) save(text);
  }, []);

  /** Before a take: the typed draft is saved, so the transcript the server adds follows it. */
  async function flushDraft() {
    clearTimeout(timer.current);
    await saving.current;
    if (latest.current !== serverDraft) save(latest.current);
    await saving.current;
  }

  /**
   * Once a take is on the server (or on arrival, for takes of before a reload): its parts are shown and,
   * while a transcript is being written, the text stays read-only; then the draft the server completed
   * with it is loaded for the candidate to correct.
   */
  async function settle(answerId: string, afterTake: boolean) {
    if (afterTake) setVoice('transcribing');
    try {
      const { answer, waited } = await settledAnswer(answerId, unmounted.current.signal, (recordings) => {
        setParts(recordings);
        setVoice('transcribing');
      });
      setParts(answer.recordings);
      if ((afterTake || waited) && answer.recordings.at(-1)?.transcriptStatus === 'DONE') {
        setText(answer.text);
        latest.current = answer.text;
        localDrafts.fromServer(question.id, answer.text);
      }
    } catch (e) {
      if (unmounted.current.signal.aborted) return;
      setVoiceError(`${errorMessage(e)}. Your recording is saved: type your answer below.`);
    } finally {
      setVoice((now) => (now === 'transcribing' ? undefined : now));
    }
  }

  useEffect(() => {
    if (draftId) void settle(draftId, false);
  }, []);

  function edit(value: string) {
    setText(value);
    latest.current = value;
    localDrafts.typed(question.id, value);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => save(value), AUTOSAVE_MS);
  }

  /** `spoken`: a take was recorded, so the text may still be empty (its transcript is on its way). */
  async function submit(spoken = false) {
    if (submitting.current || (!spoken && !latest.current.trim())) return;
    submitting.current = true;
    clearTimeout(timer.current);
    setPending(true);
    setError(undefined);
    try {
      await saving.current;
      for (let attempt = 0; ; attempt++) {
        try {
          const { submitAnswer } = await request(SUBMIT_ANSWER, { input: { ...input, text: latest.current } });
          localDrafts.submitted(question.id);
          onSubmitted(submitAnswer.id);
          return;
        } catch (e) {
          if (!isNetworkError(e) || attempt >= RETRY_MS.length) throw e;
          setRetrying(true);
          await new Promise((resolve) => setTimeout(resolve, RETRY_MS[attempt]));
        }
      }
    } catch (e) {
      setError(`${errorMessage(e)}. Your answer is kept: submit it again.`);
      setPending(false);
      submitting.current = false;
    } finally {
      setRetrying(false);
    }
  }

  function onTimeUp() {
    setTimeUp(true);
    if (!realistic) return;
    if (voice === 'recording') submitAfterTake.current = true;
    else void submit(voice === 'transcribing');
  }

  function onTakeFinished(answerId: string) {
    if (submitAfterTake.current) void submit(true);
    else void settle(answerId, true);
  }

  const note = transcriptNote(parts);
  const headingId = `question-${question.id}`;
  return (
    <Stack
      component="form"
      spacing={2.5}
      aria-labelledby={headingId}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 } }}>
        <Typography
          variant="overline"
          component="h2"
          id={headingId}
          color="primary"
          sx={{ fontSize: '0.85rem', fontWeight: 700 }}
        >
          {label}
        </Typography>
        <Typography sx={{ fontSize: { xs: '1.15rem', sm: '1.35rem' }, fontWeight: 600, lineHeight: 1.4, mt: 0.5 }}>
          {question.prompt}
        </Typography>
      </Paper>
      {question.thinkingSeconds && !started && (
        <Countdown start={clockStart} limitSeconds={question.thinkingSeconds} label="Thinking time" />
      )}
      <Countdown start={clockStart} limitSeconds={question.timeLimitSeconds} onTimeUp={onTimeUp} />
      {timeUp && (
        <Alert severity={realistic ? 'warning' : 'info'}>
          {realistic
            ? text.trim() || voice || parts.length
              ? 'Time is up: your answer was submitted as it stands.'
              : 'Time is up. Type what you can and submit: it will be marked over time.'
            : 'Over time: your answer is still accepted, and marked.'}
        </Alert>
      )}
      <VoiceAnswer
        sessionQuestionId={question.id}
        maxMs={question.timeLimitSeconds * 1000 + RECORDING_GRACE_MS}
        parts={parts.length}
        onStarting={flushDraft}
        onRecording={(recording) => setVoice((now) => (recording ? 'recording' : now === 'recording' ? undefined : now))}
        onFinished={onTakeFinished}
        stopSignal={timeUp && realistic}
        busy={voice === 'transcribing'}
      />
      {voice === 'transcribing' && <Loading label="Transcribing your answer…" />}
      {!voice && note && <Alert severity={note.severity}>{note.text}</Alert>}
      {voiceError && <Alert severity="warning">{voiceError}</Alert>}
      <RecordedParts parts={parts} />
      <TextField
        label="Your answer"
        placeholder="Type it, or paste a transcript"
        value={text}
        onChange={(e) => edit(e.target.value)}
        multiline
        minRows={8}
        maxRows={24}
        required
        slotProps={{ htmlInput: { maxLength: 20000, readOnly: voice !== undefined } }}
        helperText={
          voice === 'recording'
            ? 'Recording: the transcript goes here once you stop'
            : voice === 'transcribing'
              ? 'Read-only until the transcript arrives'
              : `${words(text)} words`
        }
      />
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', color: 'text.secondary' }} role="status">
        {saved && <CloudDoneIcon fontSize="small" aria-hidden />}
        <Typography variant="body2">{saved ? `Draft saved at ${saved}` : 'Drafts save as you type'}</Typography>
      </Stack>
      {retrying && <Alert severity="warning">The connection dropped: trying again…</Alert>}
      {error && (
        <Alert severity="error" role="alert">
          {error}
        </Alert>
      )}
      <div>
        <Button type="submit" variant="contained" size="large" disabled={pending || voice !== undefined || !text.trim()}>
          {pending ? 'Submitting…' : 'Submit answer'}
        </Button>
      </div>
    </Stack>
  );
}
