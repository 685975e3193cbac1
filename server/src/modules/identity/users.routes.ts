import { IdParams, PasswordReset, RoleAssignmentCreate, User, UserCreate, UserPage, UserQuery, UserUpdate } from '@sigap/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../platform/db/database';
import { contextOf } from '../../platform/http/context';
import { IdempotencyHeaders, createOnce } from '../../platform/http/idempotency';
import { routePlugin } from '../../platform/http/route-plugin';
import { withProblems } from '../../platform/http/schema';
import { UserService } from './users.service';

const tags = ['users'];
const RoleParams = z.strictObject({ id: z.uuid(), assignmentId: z.uuid() });

export function userRoutes(db: Db): FastifyPluginAsyncZod {
  const service = new UserService(db);
  return routePlugin((app) => {
    app.get(
      '/users',
      {
        config: { access: 'users.read' },
        schema: withProblems({ tags, summary: 'Daftar pengguna', querystring: UserQuery, response: { 200: UserPage } }),
      },
      async (request) => service.listUsers(contextOf(request), request.query),
    );

    app.get(
      '/users/:id',
      {
        config: { access: 'users.read' },
        schema: withProblems({ tags, summary: 'Satu pengguna', params: IdParams, response: { 200: User } }),
      },
      async (request) => service.getUser(contextOf(request), request.params.id),
    );

    app.post(
      '/users',
      {
        config: { access: 'users.manage' },
        schema: withProblems({ tags, summary: 'Tambah pengguna', headers: IdempotencyHeaders, body: UserCreate, response: { 201: User } }),
      },
      async (request, reply) => createOnce(db, request, reply, (trx) => service.createUser(trx, contextOf(request), request.body)),
    );

    app.put(
      '/users/:id',
      {
        config: { access: 'users.manage' },
        schema: withProblems({ tags, summary: 'Ubah pengguna', params: IdParams, body: UserUpdate, response: { 200: User } }),
      },
      async (request) => service.updateUser(contextOf(request), request.params.id, request.body),
    );

    app.put(
      '/users/:id/password',
      {
        config: { access: 'users.manage' },
        schema: withProblems({
          tags,
          summary: 'Setel ulang kata sandi pengguna',
          params: IdParams,
          body: PasswordReset,
          response: { 204: z.null() },
        }),
      },
      async (request, reply) => {
        await service.resetPassword(contextOf(request), request.params.id, request.body.password);
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/users/:id/roles',
      {
        config: { access: 'users.manage' },
        schema: withProblems({ tags, summary: 'Tetapkan peran', params: IdParams, body: RoleAssignmentCreate, response: { 201: User } }),
      },
      async (request, reply) => reply.code(201).send(await service.addRole(contextOf(request), request.params.id, request.body)),
    );

    app.delete(
      '/users/:id/roles/:assignmentId',
      {
        config: { access: 'users.manage' },
        schema: withProblems({ tags, summary: 'Cabut peran', params: RoleParams, response: { 200: User } }),
      },
      async (request) => service.removeRole(contextOf(request), request.params.id, request.params.assignmentId),
    );
  });
}
