import { useEffect, useRef, useState } from 'react';
import { FormFooter } from '../FormFooter';
import { errorMessage, graphql } from '../graphql';
import { localDrafts } from './drafts';
import { SAVE_DRAFT, SUBMIT_ANSWER, type Question } from './operations';

/** Quiet typing time before the draft is saved: a closed tab loses at most this much. */
const AUTOSAVE_MS = 1500;

const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

interface Props {
  question: Question;
  /** When this attempt's clock started (ms since the epoch). */
  clockStart: number;
  label: string;
  /** The draft the server has for this attempt ('' for none). */
  serverDraft: string;
  onSubmitted: (answerId: string) => void;
}

/**
 * One question: its prompt, the clock (the server's is the one that counts) and the answer, kept in the
 * browser as it is typed and autosaved to the server.
 */
export function QuestionStep({ question, clockStart, label, serverDraft, onSubmitted }: Props) {
  const [text, setText] = useState(() => localDrafts.startingText(question.id, serverDraft));
  const [elapsed, setElapsed] = useState(0);
  const [saved, setSaved] = useState<string>();
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const saving = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    const tick = () => setElapsed(Math.max(0, Math.floor((Date.now() - clockStart) / 1000)));
    tick();
    const interval = setInterval(tick, 1000);
    return () => clearInterval(interval);
  }, [clockStart]);

  useEffect(() => () => clearTimeout(timer.current), []);

  const input = { sessionQuestionId: question.id };

  function save(value: string) {
    saving.current = graphql(SAVE_DRAFT, { input: { ...input, text: value } }).then(
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

  function edit(value: string) {
    setText(value);
    localDrafts.typed(question.id, value);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => save(value), AUTOSAVE_MS);
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    clearTimeout(timer.current);
    setPending(true);
    setError(undefined);
    try {
      await saving.current;
      const { submitAnswer } = await graphql<{ submitAnswer: { id: string } }>(SUBMIT_ANSWER, { input: { ...input, text } });
      localDrafts.submitted(question.id);
      onSubmitted(submitAnswer.id);
    } catch (e) {
      setError(errorMessage(e));
      setPending(false);
    }
  }

  const over = elapsed > question.timeLimitSeconds;
  return (
    <form onSubmit={submit}>
      <h2>{label}</h2>
      <p className="prompt">{question.prompt}</p>
      <p role="timer" className={over ? 'error' : undefined}>
        {clock(elapsed)} of {clock(question.timeLimitSeconds)}
        {over && ': over time (your answer is still accepted, and marked)'}
      </p>
      <label>
        Your answer (type it, or paste a transcript)
        <textarea value={text} onChange={(e) => edit(e.target.value)} rows={10} maxLength={20000} required />
      </label>
      <small>{saved ? `Draft saved at ${saved}` : 'Drafts save as you type'}</small>
      <FormFooter error={error} pending={pending} disabled={!text.trim()} label="Submit answer" pendingLabel="Submitting…" />
    </form>
  );
}
