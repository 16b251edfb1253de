import { Controller, Get, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import '@fastify/multipart';
import { AppError } from '../common/app-error';
import { Ctx, GqlRequest, Public, Roles } from '../common/decorators';
import { Role } from '../common/role';
import type { RequestContext } from '../common/request-context';
import { AuthGuard } from '../auth/auth.guard';
import { parseRange } from './byte-range';
import { badUpload, chunkTooLarge } from './recordings.errors';
import { MAX_CHUNK_BYTES, RecordingsService } from './recordings.service';

/** A chunk upload's form: the field `seq`, then the file. */
async function readChunk(req: FastifyRequest): Promise<{ seq: number; data: Buffer }> {
  if (!req.isMultipart()) throw badUpload('Send the chunk as multipart/form-data: a field "seq", then the file');
  let seq: number | undefined;
  try {
    for await (const part of req.parts({ limits: { fileSize: MAX_CHUNK_BYTES, files: 1, fields: 4, fieldSize: 64 } })) {
      if (part.type === 'field') {
        if (part.fieldname === 'seq') seq = /^\d{1,9}$/.test(String(part.value)) ? Number(part.value) : undefined;
        continue;
      }
      if (seq === undefined) throw badUpload('The field "seq" (the chunk number, from 0) must come before the file');
      const data = await part.toBuffer();
      if (!data.length) throw badUpload('The chunk is empty');
      return { seq, data };
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (error instanceof req.server.multipartErrors.RequestFileTooLargeError) throw chunkTooLarge(MAX_CHUNK_BYTES);
    throw badUpload(`The upload could not be read: ${(error as Error).message}`);
  }
  throw badUpload('The upload holds no file');
}

/** Recorded answers over plain HTTP: chunk uploads while recording, and playback with seeking. */
@Controller('recordings')
export class RecordingsController {
  constructor(
    private readonly recordings: RecordingsService,
    private readonly auth: AuthGuard,
  ) {}

  /** Chunk `seq` of the recording, as multipart/form-data; answers the chunks stored so far. */
  @Roles(Role.CANDIDATE)
  @Post(':id/chunks')
  async upload(@Ctx() ctx: RequestContext, @Param('id', new ParseUUIDPipe()) id: string, @Req() req: FastifyRequest) {
    const { seq, data } = await readChunk(req);
    const recording = await this.recordings.addChunk(ctx, id, seq, data);
    return { id: recording.id, chunkCount: recording.chunkCount, bytes: recording.bytes };
  }

  /**
   * The audio, with a bearer token or the token of the recording's `audioUrl` (an <audio> element sends
   * no header). Answers Range requests so the player can seek.
   */
  @Public()
  @Get(':id/audio')
  async audio(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query('token') token: string | undefined,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const caller = token ? { linkToken: token } : { ctx: await this.auth.authenticate(req as unknown as GqlRequest) };
    const recording = await this.recordings.playable(caller, id);
    const size = recording.bytes;
    const range = parseRange(req.headers.range, size);
    void reply.header('accept-ranges', 'bytes').header('cache-control', 'private, no-store');
    if (range === 'unsatisfiable') {
      await reply.status(416).header('content-range', `bytes */${size}`).send();
      return;
    }
    const body = await this.recordings.stream(recording, range);
    void reply.header('content-type', recording.mimeType);
    if (range) {
      void reply
        .status(206)
        .header('content-range', `bytes ${range.start}-${range.end}/${size}`)
        .header('content-length', range.end - range.start + 1);
    } else {
      void reply.header('content-length', size);
    }
    await reply.send(body);
  }
}
