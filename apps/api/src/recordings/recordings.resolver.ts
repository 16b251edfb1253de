import { Args, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, Roles } from '../common/decorators';
import { IdArg } from '../common/id-arg';
import { Role } from '../common/role';
import type { RequestContext } from '../common/request-context';
import { Answer } from '../sessions/answer.entity';
import { Recording } from './recording.entity';
import { StartRecordingInput } from './recordings.inputs';
import { RecordingsService } from './recordings.service';

@Resolver(() => Recording)
export class RecordingsResolver {
  constructor(private readonly recordings: RecordingsService) {}

  @Roles(Role.CANDIDATE)
  @Mutation(() => Recording, {
    description:
      'Starts recording the answer to a shown question (its draft is created if needed); upload the audio to POST /recordings/{id}/chunks. Starting again after a reload makes a new part; a part left recording is finished with what arrived.',
  })
  startRecording(@Ctx() ctx: RequestContext, @Args('input') input: StartRecordingInput) {
    return this.recordings.start(ctx, input);
  }

  @Roles(Role.CANDIDATE)
  @Mutation(() => Recording, {
    description:
      'Ends a recording: its chunks become one file. `durationMs` is the length the recorder measured (at most the time limit plus 2 minutes).',
  })
  finishRecording(@Ctx() ctx: RequestContext, @IdArg() id: string, @Args('durationMs', { type: () => Int }) durationMs: number) {
    return this.recordings.finish(ctx, id, durationMs);
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'A link that plays this part in an <audio> element for 5 minutes, without a bearer header (a path on the API). Null until the recording is finished and once its audio is deleted.',
  })
  audioUrl(@Parent() recording: Recording): string | null {
    return this.recordings.audioUrl(recording);
  }
}

@Resolver(() => Answer)
export class AnswerRecordingsResolver {
  constructor(private readonly service: RecordingsService) {}

  @ResolveField(() => [Recording], { description: "The spoken answer's recording, part by part, in order." })
  recordings(@Ctx() ctx: RequestContext, @Parent() answer: Answer) {
    return this.service.parts(ctx, answer.id);
  }
}
