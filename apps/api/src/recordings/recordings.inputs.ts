import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID, Matches } from 'class-validator';

/** What MediaRecorder gives: WebM/Opus (Chromium, Firefox) or MP4 (Safari), with or without codecs. */
export const AUDIO_TYPE = /^audio\/(webm|mp4)(\s*;\s*codecs\s*=\s*"?[a-z0-9.,\s-]+"?)?$/i;

@InputType()
export class StartRecordingInput {
  @Field(() => ID)
  @IsUUID()
  sessionQuestionId: string;

  @Field({ description: 'The recorder\'s type: audio/webm or audio/mp4, codecs allowed (e.g. "audio/webm;codecs=opus").' })
  @Matches(AUDIO_TYPE, { message: 'mimeType must be audio/webm or audio/mp4 (a codecs parameter is allowed)' })
  mimeType: string;
}
