import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, Roles } from '../common/decorators';
import { IdArg } from '../common/id-arg';
import { STAFF } from '../common/role';
import type { RequestContext } from '../common/request-context';
import { Answer } from '../sessions/answer.entity';
import { RecordingComment } from './recording-comment.entity';
import { RecordingCommentInput } from './recording-comments.inputs';
import { NamedComment, RecordingCommentsService } from './recording-comments.service';

@Resolver(() => RecordingComment)
export class RecordingCommentsResolver {
  constructor(private readonly service: RecordingCommentsService) {}

  @Roles(...STAFF)
  @Mutation(() => RecordingComment, {
    description: 'A comment at a moment of a spoken answer, for the candidate to see at that point of their recording.',
  })
  commentOnRecording(
    @Ctx() ctx: RequestContext,
    @IdArg('answerId') answerId: string,
    @Args('input') input: RecordingCommentInput,
  ) {
    return this.service.add(ctx, answerId, input);
  }

  @Roles(...STAFF)
  @Mutation(() => Boolean, { description: 'Takes back one of your own comments.' })
  deleteRecordingComment(@Ctx() ctx: RequestContext, @IdArg() id: string) {
    return this.service.remove(ctx, id);
  }

  @ResolveField(() => String, { nullable: true, description: 'As the organization knows them; null once they left.' })
  authorName(@Parent() comment: NamedComment): string | null {
    return comment.authorName;
  }
}

@Resolver(() => Answer)
export class AnswerCommentsResolver {
  constructor(private readonly service: RecordingCommentsService) {}

  @ResolveField(() => [RecordingComment], {
    description: "Coaches' comments on the recording, in its order (a candidate sees them with the answer's feedback).",
  })
  recordingComments(@Ctx() ctx: RequestContext, @Parent() answer: Answer) {
    return this.service.of(ctx, answer);
  }
}
