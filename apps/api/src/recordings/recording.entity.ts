import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from '../database/tenant.entity';
import { Answer } from '../sessions/answer.entity';
import { InterviewSession } from '../sessions/interview-session.entity';
import type { Transcript } from '../transcription/transcript';
import { RecordingTranscript, TranscriptStatus } from './recording-transcript.types';

export enum RecordingStatus {
  /** Chunks are arriving. */
  RECORDING = 'RECORDING',
  /** The chunks are joined into one file. */
  COMPLETE = 'COMPLETE',
}
registerEnumType(RecordingStatus, { name: 'RecordingStatus' });

/**
 * One part of a spoken answer's audio: a recording resumed after a reload is a new part, and the parts
 * play in order. The audio itself is in the AudioStorage under `storageKey`; retention and deletion
 * remove it and keep this row, so the answer's feedback keeps its context.
 */
@ObjectType()
@Entity('recordings')
@Index(['answerId', 'part'], { unique: true })
@Index(['organizationId', 'createdAt'])
export class Recording extends TenantEntity {
  @Field(() => ID)
  declare id: string;

  @Field(() => ID)
  @Column('uuid')
  answerId: string;

  @ManyToOne(() => Answer, { onDelete: 'CASCADE' })
  @JoinColumn()
  answer?: Answer;

  @Index()
  @Column('uuid')
  sessionId: string;

  @ManyToOne(() => InterviewSession, { onDelete: 'CASCADE' })
  @JoinColumn()
  session?: InterviewSession;

  @Field(() => Int, { description: "1, 2, ...: the parts of one answer's recording, played in order." })
  @Column({ type: 'smallint' })
  part: number;

  @Field({ description: 'audio/webm or audio/mp4, with its codecs parameter if the browser gave one.' })
  @Column({ length: 100 })
  mimeType: string;

  @Field(() => Int, { description: 'Bytes received so far.' })
  @Column({ type: 'integer', default: 0 })
  bytes: number;

  @Field(() => Int, { description: 'Chunks received so far: the next upload is chunk number `chunkCount` (from 0).' })
  @Column({ type: 'integer', default: 0 })
  chunkCount: number;

  @Field(() => Int, { nullable: true, description: 'Length as the browser reported it when the recording ended.' })
  @Column({ type: 'integer', nullable: true })
  durationMs: number | null;

  @Field(() => RecordingStatus)
  @Column({ type: 'enum', enum: RecordingStatus, default: RecordingStatus.RECORDING })
  status: RecordingStatus;

  /** The joined file's key; chunks wait under `<storageKey>.chunks/` until then. */
  @Column({ type: 'text' })
  storageKey: string;

  @Field()
  declare createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: "When the audio was deleted (the organization's retention period, or on request): the row stays.",
  })
  @Column({ type: 'timestamptz', nullable: true })
  audioDeletedAt: Date | null;

  @Field(() => TranscriptStatus)
  @Column({ type: 'enum', enum: TranscriptStatus, default: TranscriptStatus.NONE })
  transcriptStatus: TranscriptStatus;

  @Field(() => RecordingTranscript, { nullable: true, description: 'Once transcribed: for playback that follows the words.' })
  @Column({ type: 'jsonb', nullable: true })
  transcript: Transcript | null;

  @Field(() => String, { nullable: true, description: 'Why the transcription failed, in words.' })
  @Column({ type: 'text', nullable: true })
  transcriptError: string | null;
}
