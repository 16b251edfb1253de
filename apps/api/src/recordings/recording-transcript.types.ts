import { Field, Float, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SpeechTiming } from '../scoring/evaluation-metrics.types';

export enum TranscriptStatus {
  NONE = 'NONE',
  PENDING = 'PENDING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}
registerEnumType(TranscriptStatus, {
  name: 'TranscriptStatus',
  valuesMap: {
    NONE: { description: 'No transcription server is configured: the candidate types what they said.' },
    PENDING: { description: 'Queued or being transcribed.' },
    DONE: { description: "Transcribed: its text was added to the answer's draft." },
    FAILED: { description: 'The transcription failed for good (see transcriptError): the candidate types what they said.' },
  },
});

@ObjectType({ description: 'A recognised word, timed in seconds from the start of its part.' })
export class TranscriptWordType {
  @Field() word: string;
  @Field(() => Float) start: number;
  @Field(() => Float) end: number;
}

@ObjectType({ description: 'A recognised stretch of speech, timed in seconds from the start of its part.' })
export class TranscriptSegmentType {
  @Field() text: string;
  @Field(() => Float) start: number;
  @Field(() => Float) end: number;
}

@ObjectType({ description: 'What the transcription server heard in one part, as it heard it (before any correction).' })
export class RecordingTranscript {
  @Field({ description: 'Empty when nothing was said.' }) text: string;
  @Field(() => String, { nullable: true }) language: string | null;
  @Field(() => SpeechTiming, { description: 'WORD when the server gave word timings, SEGMENT otherwise.' })
  timing: SpeechTiming;
  @Field(() => [TranscriptWordType]) words: TranscriptWordType[];
  @Field(() => [TranscriptSegmentType]) segments: TranscriptSegmentType[];
}
