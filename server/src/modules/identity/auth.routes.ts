// reply.setCookie and clearCookie: the plugin is registered once, by app.ts.
import type {} from '@fastify/cookie';
import { LoginRequest, Me, PasswordChange } from '@sigap/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SESSION_COOKIE, SESSION_IDLE_MS } from '../../platform/auth/sessions';
import type { Db } from '../../platform/db/database';
import { contextOf } from '../../platform/http/context';
import { routePlugin } from '../../platform/http/route-plugin';
import { withProblems } from '../../platform/http/schema';
import { AuthService } from './auth.service';

const tags = ['auth'];

export function authRoutes(db: Db): FastifyPluginAsyncZod {
  const service = new AuthService(db);
  return routePlugin((app) => {
    app.post(
      '/auth/login',
      {
        config: { access: 'public' },
        schema: withProblems({ tags, summary: 'Masuk dengan e-mail dan kata sandi', body: LoginRequest, response: { 200: Me } }),
      },
      async (request, reply) => {
        const { token, me } = await service.login(request.body, {
          ip: request.ip,
          userAgent: request.headers['user-agent'],
          requestId: request.id,
        });
        reply.setCookie(SESSION_COOKIE, token, {
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
      '/auth/logout',
      { config: { access: 'session' }, schema: withProblems({ tags, summary: 'Keluar', response: { 204: z.null() } }) },
      async (request, reply) => {
        await service.logout(contextOf(request));
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/auth/password',
      {
        config: { access: 'session' },
        schema: withProblems({ tags, summary: 'Ganti kata sandi sendiri', body: PasswordChange, response: { 204: z.null() } }),
      },
      async (request, reply) => {
        await service.changePassword(contextOf(request), request.body.currentPassword, request.body.newPassword);
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/me',
      {
        config: { access: 'session' },
        schema: withProblems({ tags, summary: 'Pengguna yang sedang masuk dan perannya', response: { 200: Me } }),
      },
      async (request) => service.me(contextOf(request).actor),
    );
  });
}
