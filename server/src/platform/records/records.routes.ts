import multipart from '@fastify/multipart';
import {
  Approval,
  Attachment,
  Candidate,
  CandidateQuery,
  CommentCreate,
  DecisionCreate,
  IdParams,
  LinkCreate,
  RecordLink,
  RecordRef,
  RecordSearchQuery,
  Watchers,
} from '@sigap/core';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../http/context';
import { ProblemError } from '../http/problem';
import { withProblems } from '../http/schema';
import { MAX_ATTACHMENT_BYTES } from './attachments.rules';
import type { RecordService } from './records.service';

const tags = ['records'];
const session = { access: 'session' } as const;
const AttachmentParams = z.strictObject({ id: z.uuid(), attachmentId: z.uuid() });
const LinkParams = z.strictObject({ id: z.uuid(), linkId: z.uuid() });

/**
 * The one file of a multipart upload, as a stream. A body the multipart parser cannot read (no
 * boundary, broken parts) is the client's fault: 400, not 500. Limits keep their own status (413).
 */
async function readUpload(request: FastifyRequest) {
  try {
    const file = await request.file();
    if (!file) throw new ProblemError('attachment.missing');
    return { filename: file.filename, stream: file.file, truncated: () => file.file.truncated };
  } catch (error) {
    if (error instanceof ProblemError) throw error;
    const status = typeof error === 'object' && error !== null && 'statusCode' in error ? error.statusCode : undefined;
    if (typeof status === 'number' && status >= 400 && status < 500) throw error;
    throw new ProblemError('attachment.malformed');
  }
}

/** The record platform's routes: every kind's records share them. */
export function recordRoutes(records: RecordService): FastifyPluginAsyncZod {
  return async (app) => {
    // Multipart is accepted only by the routes of this plugin.
    await app.register(multipart, { limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1, fields: 5, parts: 6 } });

    app.get(
      '/records',
      {
        config: session,
        schema: withProblems({
          tags,
          summary: 'Cari catatan (nomor atau judul)',
          querystring: RecordSearchQuery,
          response: { 200: z.array(RecordRef) },
        }),
      },
      async (request) => records.search(contextOf(request), request.query.q, request.query.kind),
    );
    app.get(
      '/records/:id',
      { config: session, schema: withProblems({ tags, summary: 'Identitas catatan', params: IdParams, response: { 200: RecordRef } }) },
      async (request) => records.get(contextOf(request), request.params.id),
    );
    app.get(
      '/records/:id/candidates',
      {
        config: session,
        schema: withProblems({
          tags,
          summary: 'Orang yang dapat dipilih untuk tugas pada catatan ini (mis. penanggung jawab penanganan)',
          params: IdParams,
          querystring: CandidateQuery,
          response: { 200: z.array(Candidate) },
        }),
      },
      async (request) => records.candidates(contextOf(request), request.params.id, request.query.for),
    );
    app.post(
      '/records/:id/comments',
      {
        config: session,
        schema: withProblems({
          tags,
          summary: 'Tambah komentar atau catatan internal',
          params: IdParams,
          body: CommentCreate,
          response: { 204: z.null() },
        }),
      },
      async (request, reply) => {
        await records.comment(contextOf(request), request.params.id, request.body);
        return reply.code(204).send(null);
      },
    );
    app.get(
      '/records/:id/attachments',
      {
        config: session,
        schema: withProblems({ tags, summary: 'Lampiran catatan', params: IdParams, response: { 200: z.array(Attachment) } }),
      },
      async (request) => records.attachments(contextOf(request), request.params.id),
    );
    app.post(
      '/records/:id/attachments',
      {
        config: session,
        schema: withProblems({
          tags,
          summary: 'Unggah lampiran (multipart, field "file", maks. 10 MiB)',
          consumes: ['multipart/form-data'],
          params: IdParams,
          response: { 201: Attachment },
        }),
      },
      async (request, reply) =>
        reply.code(201).send(await records.attach(contextOf(request), request.params.id, await readUpload(request))),
    );
    app.get(
      '/records/:id/attachments/:attachmentId',
      { config: session, schema: withProblems({ tags, summary: 'Unduh lampiran', params: AttachmentParams }) },
      async (request, reply) => {
        const file = await records.open(contextOf(request), request.params.id, request.params.attachmentId);
        return reply
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
          .header('cache-control', 'private, no-store')
          .type(file.contentType)
          .send(file.stream);
      },
    );
    app.get(
      '/records/:id/links',
      {
        config: session,
        schema: withProblems({ tags, summary: 'Tautan catatan', params: IdParams, response: { 200: z.array(RecordLink) } }),
      },
      async (request) => records.links(contextOf(request), request.params.id),
    );
    app.post(
      '/records/:id/links',
      {
        config: session,
        schema: withProblems({
          tags,
          summary: 'Tautkan ke catatan lain',
          params: IdParams,
          body: LinkCreate,
          response: { 200: z.array(RecordLink) },
        }),
      },
      async (request) => records.link(contextOf(request), request.params.id, request.body),
    );
    app.delete(
      '/records/:id/links/:linkId',
      { config: session, schema: withProblems({ tags, summary: 'Hapus tautan', params: LinkParams, response: { 204: z.null() } }) },
      async (request, reply) => {
        await records.unlink(contextOf(request), request.params.id, request.params.linkId);
        return reply.code(204).send(null);
      },
    );
    app.get(
      '/records/:id/watchers',
      { config: session, schema: withProblems({ tags, summary: 'Pemantau catatan', params: IdParams, response: { 200: Watchers } }) },
      async (request) => records.watchers(contextOf(request), request.params.id),
    );
    app.put(
      '/records/:id/watchers/me',
      { config: session, schema: withProblems({ tags, summary: 'Pantau catatan ini', params: IdParams, response: { 200: Watchers } }) },
      async (request) => records.watch(contextOf(request), request.params.id, true),
    );
    app.delete(
      '/records/:id/watchers/me',
      { config: session, schema: withProblems({ tags, summary: 'Berhenti memantau', params: IdParams, response: { 200: Watchers } }) },
      async (request) => records.watch(contextOf(request), request.params.id, false),
    );
    app.get(
      '/records/:id/approvals',
      {
        config: session,
        schema: withProblems({
          tags,
          summary: 'Langkah persetujuan dan keputusan bertanda tangan',
          params: IdParams,
          response: { 200: z.array(Approval) },
        }),
      },
      async (request) => records.approvalsOf(contextOf(request), request.params.id),
    );
    app.post(
      '/records/:id/approvals/decisions',
      {
        config: session,
        schema: withProblems({
          tags,
          summary: 'Setujui atau tolak (alasan wajib, ditandatangani)',
          params: IdParams,
          body: DecisionCreate,
          response: { 200: z.array(Approval) },
        }),
      },
      async (request) => records.decide(contextOf(request), request.params.id, request.body),
    );
  };
}
