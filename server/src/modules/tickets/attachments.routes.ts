import multipart from '@fastify/multipart';
import { Attachment } from '@sigap/core';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../platform/db/schema';
import { contextOf } from '../../platform/http/context';
import { ProblemError } from '../../platform/http/problem';
import { withProblems } from '../../platform/http/schema';
import { MAX_ATTACHMENT_BYTES } from './attachments.rules';
import { AttachmentService } from './attachments.service';

const tags = ['tickets'];
const AttachmentParams = z.strictObject({ id: z.uuid(), attachmentId: z.uuid() });

/**
 * The one file of a multipart upload. A body the multipart parser cannot read (no boundary,
 * broken parts) is the client's fault: 400, not 500. Limits keep their own status (413).
 */
async function readUpload(request: FastifyRequest) {
  try {
    const file = await request.file();
    if (!file) throw new ProblemError('attachment.missing');
    return { filename: file.filename, mimetype: file.mimetype, data: await file.toBuffer() };
  } catch (error) {
    if (error instanceof ProblemError) throw error;
    const status = (error as { statusCode?: unknown }).statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) throw error;
    throw new ProblemError('attachment.malformed');
  }
}

export function attachmentRoutes(db: Kysely<Database>, root: string): FastifyPluginAsyncZod {
  const attachments = new AttachmentService(db, root);
  return async (app) => {
    // Multipart is accepted only by the routes of this plugin.
    await app.register(multipart, { limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1, fields: 5, parts: 6 } });

    app.post(
      '/tickets/:id/attachments',
      {
        config: { access: 'session' },
        schema: withProblems({
          tags,
          summary: 'Unggah lampiran (multipart, field "file", maks. 10 MiB)',
          consumes: ['multipart/form-data'],
          params: z.strictObject({ id: z.uuid() }),
          response: { 201: Attachment },
        }),
      },
      async (request, reply) => {
        const ctx = contextOf(request);
        const { filename, mimetype, data } = await readUpload(request);
        return reply.code(201).send(await attachments.add(ctx, request.params.id, { filename, contentType: mimetype, data }));
      },
    );

    app.get(
      '/tickets/:id/attachments/:attachmentId',
      { config: { access: 'session' }, schema: withProblems({ tags, summary: 'Unduh lampiran', params: AttachmentParams }) },
      async (request, reply) => {
        const file = await attachments.open(contextOf(request), request.params.id, request.params.attachmentId);
        return reply
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
          .header('cache-control', 'private, no-store')
          .type(file.contentType)
          .send(file.data);
      },
    );
  };
}
