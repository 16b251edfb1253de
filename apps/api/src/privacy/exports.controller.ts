import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Ctx, Roles } from '../common/decorators';
import { ANY_MEMBER, Role } from '../common/role';
import type { RequestContext } from '../common/request-context';
import { PrivacyService } from './privacy.service';

/** Downloads with the bearer token: what the organization stores about a person, as JSON. */
@Controller('exports')
export class ExportsController {
  constructor(private readonly privacy: PrivacyService) {}

  @Roles(...ANY_MEMBER)
  @Get('me.json')
  mine(@Ctx() ctx: RequestContext, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.download(ctx, ctx.membershipId, reply);
  }

  @Roles(Role.ADMIN)
  @Get('members/:id.json')
  member(
    @Ctx() ctx: RequestContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.download(ctx, id, reply);
  }

  private async download(ctx: RequestContext, memberId: string, reply: FastifyReply) {
    const data = await this.privacy.export(ctx, memberId);
    const day = new Date().toISOString().slice(0, 10);
    void reply.header('content-disposition', `attachment; filename="my-data-${day}.json"`).header('cache-control', 'no-store');
    return data;
  }
}
