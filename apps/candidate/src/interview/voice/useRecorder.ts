import { useEffect, useRef, useState } from 'react';
import { errorMessage, request } from '../../graphql';
import { FINISH_RECORDING, START_RECORDING } from './operations';
import { ChunkUploader } from './uploader';
import { openMicrophone, stopStream, watchLevel } from './levels';

/** The recorder's types in order of preference: Opus in WebM, else Opus in MP4 (Safari). */
const TYPES = ['audio/webm;codecs=opus', 'audio/mp4'];
/** A chunk a second: a dropped connection or a closed tab loses at most about that much. */
const CHUNK_MS = 1000;

export const recordingType = (): string | undefined =>
  typeof MediaRecorder === 'undefined' ? undefined : TYPES.find((type) => MediaRecorder.isTypeSupported(type));

export type RecorderState =
  | { kind: 'idle' }
  | { kind: 'starting' }
  | { kind: 'recording'; startedAt: number }
  | { kind: 'finishing' }
  | { kind: 'failed'; message: string };

interface Take {
  recorder: MediaRecorder;
  stream: MediaStream;
  uploader: ChunkUploader;
  recordingId: string;
  answerId: string;
  startedAt: number;
  stopMeter: () => void;
}

/**
 * One spoken take of the answer to `sessionQuestionId`: the microphone, a MediaRecorder giving a chunk a
 * second, uploaded as it comes, and a level meter. The take is whole (no cut-off on silence): `stop`
 * ends it, uploads what is left and finishes the recording with the measured length.
 */
export function useRecorder(sessionQuestionId: string, { maxMs }: { maxMs: number }) {
  const [state, setState] = useState<RecorderState>({ kind: 'idle' });
  const [level, setLevel] = useState(0);
  const [retrying, setRetrying] = useState(false);
  const take = useRef<Take>(undefined);
  const stopping = useRef<Promise<string | undefined>>(undefined);

  // Leaving the question mid-take releases the microphone; the API finishes the part when a new one starts.
  useEffect(
    () => () => {
      take.current?.stopMeter();
      if (take.current) stopStream(take.current.stream);
    },
    [],
  );

  async function start(): Promise<void> {
    const mimeType = recordingType();
    if (!mimeType) return setState({ kind: 'failed', message: 'This browser cannot record audio. Type your answer instead.' });
    setState({ kind: 'starting' });
    let stream: MediaStream | undefined;
    try {
      stream = await openMicrophone();
      const { startRecording } = await request(START_RECORDING, { input: { sessionQuestionId, mimeType } });
      const uploader = new ChunkUploader(startRecording.id, setRetrying);
      const recorder = new MediaRecorder(stream, { mimeType });
      recorder.ondataavailable = (event) => {
        if (event.data.size > 0) uploader.add(event.data);
      };
      const startedAt = Date.now();
      take.current = {
        recorder,
        stream,
        uploader,
        recordingId: startRecording.id,
        answerId: startRecording.answerId,
        startedAt,
        stopMeter: watchLevel(stream, setLevel),
      };
      recorder.start(CHUNK_MS);
      setState({ kind: 'recording', startedAt });
    } catch (error) {
      if (stream) stopStream(stream);
      setState({ kind: 'failed', message: errorMessage(error) });
    }
  }

  /** Ends the take; resolves with the answer's id once the recording is finished (undefined if it failed). */
  function stop(): Promise<string | undefined> {
    stopping.current ??= finish().finally(() => (stopping.current = undefined));
    return stopping.current;
  }

  async function finish(): Promise<string | undefined> {
    const current = take.current;
    if (!current) return undefined;
    setState({ kind: 'finishing' });
    if (current.recorder.state !== 'inactive') {
      // The last chunk comes before 'stop'.
      const stopped = new Promise((resolve) => current.recorder.addEventListener('stop', resolve, { once: true }));
      current.recorder.stop();
      await stopped;
    }
    const durationMs = Math.min(Date.now() - current.startedAt, maxMs);
    current.stopMeter();
    stopStream(current.stream);
    setLevel(0);
    take.current = undefined;
    try {
      await current.uploader.drained();
      await request(FINISH_RECORDING, { id: current.recordingId, durationMs });
      setState({ kind: 'idle' });
      return current.answerId;
    } catch (error) {
      setState({
        kind: 'failed',
        message: `${errorMessage(error)}. What you typed is kept: type your answer, or record it again.`,
      });
      return undefined;
    } finally {
      setRetrying(false);
    }
  }

  // The take ends by itself at the longest the API accepts.
  useEffect(() => {
    if (state.kind !== 'recording') return;
    const timer = setTimeout(() => void stop(), maxMs - (Date.now() - state.startedAt));
    return () => clearTimeout(timer);
  }, [state]);

  return { state, level, retrying, start, stop };
}
