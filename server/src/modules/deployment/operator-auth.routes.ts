// reply.setCookie and clearCookie: the plugin is registered once, by app.ts.
import type {} from '@fastify/cookie';
import { LoginRequest, OperatorMe, PasswordChange } from '@sigap/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { OPERATOR_COOKIE } from '../../platform/auth/operator-sessions';
import { SESSION_IDLE_MS } from '../../platform/auth/sessions';
import type { Db } from '../../platform/db/database';
import { operatorContextOf } from '../../platform/http/context';
import { routePlugin } from '../../platform/http/route-plugin';
import { withProblems } from '../../platform/http/schema';
import { OperatorAuthService, operatorMe } from './operator-auth.service';

const tags = ['deployment'];

/** Sign-in for the deployment's super-administrators, apart from Pemda users (cookie `sigap_operator`). */
export function operatorAuthRoutes(db: Db): FastifyPluginAsyncZod {
  const service = new OperatorAuthService(db);
  return routePlugin((app) => {
    app.post(
      '/deployment/auth/login',
      {
        config: { access: 'public' },
        schema: withProblems({ tags, summary: 'Masuk sebagai administrator utama', body: LoginRequest, response: { 200: OperatorMe } }),
      },
      async (request, reply) => {
        const { token, me } = await service.login(request.body, {
          ip: request.ip,
          userAgent: request.headers['user-agent'],
          requestId: request.id,
        });
        reply.setCookie(OPERATOR_COOKIE, token, {
          path: '/',
          httpOnly: true,
          sameSite: 'lax',
          secure: request.protocol === 'https',
          maxAge: SESSION_IDLE_MS / 1000,
        });
        return me;
      },
    );

    app.post(
      '/deployment/auth/logout',
      {
        config: { access: 'operator' },
        schema: withProblems({ tags, summary: 'Keluar (administrator utama)', response: { 204: z.null() } }),
      },
      async (request, reply) => {
        await service.logout(operatorContextOf(request));
        reply.clearCookie(OPERATOR_COOKIE, { path: '/' });
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/deployment/auth/password',
      {
        config: { access: 'operator' },
        schema: withProblems({ tags, summary: 'Ganti kata sandi administrator utama', body: PasswordChange, response: { 204: z.null() } }),
      },
      async (request, reply) => {
        await service.changePassword(operatorContextOf(request), request.body.currentPassword, request.body.newPassword);
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/deployment/me',
      {
        config: { access: 'operator' },
        schema: withProblems({ tags, summary: 'Administrator utama yang sedang masuk', response: { 200: OperatorMe } }),
      },
      (request) => operatorMe(operatorContextOf(request).operator),
    );
  });
}
