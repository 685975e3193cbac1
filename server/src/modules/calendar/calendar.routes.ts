import {
  Holiday,
  HolidayCreate,
  HolidayImport,
  HolidayQuery,
  IdParams,
  WorkingCalendarCreate,
  WorkingCalendarDto,
  WorkingCalendarUpdate,
} from '@sigap/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../platform/db/database';
import { contextOf } from '../../platform/http/context';
import { IdempotencyHeaders, createOnce } from '../../platform/http/idempotency';
import { routePlugin } from '../../platform/http/route-plugin';
import { withProblems } from '../../platform/http/schema';
import { ProblemError } from '../../platform/http/problem';
import { parseHolidayCsv } from './calendar.rules';
import { CalendarService } from './calendar.service';

const tags = ['calendar'];

export function calendarRoutes(db: Db): FastifyPluginAsyncZod {
  const service = new CalendarService(db);
  return routePlugin((app) => {
    app.get(
      '/calendars',
      {
        config: { access: 'session' },
        schema: withProblems({ tags, summary: 'Kalender kerja', response: { 200: z.array(WorkingCalendarDto) } }),
      },
      async (request) => service.listCalendars(contextOf(request)),
    );

    app.post(
      '/calendars',
      {
        config: { access: 'calendar.manage' },
        schema: withProblems({
          tags,
          summary: 'Buat kalender kerja',
          headers: IdempotencyHeaders,
          body: WorkingCalendarCreate,
          response: { 201: WorkingCalendarDto },
        }),
      },
      async (request, reply) => createOnce(db, request, reply, (trx) => service.createCalendar(trx, contextOf(request), request.body)),
    );

    app.delete(
      '/calendars/:id',
      {
        config: { access: 'calendar.manage' },
        schema: withProblems({
          tags,
          summary: 'Hapus kalender kerja yang tidak dipakai layanan',
          params: IdParams,
          response: { 204: z.null() },
        }),
      },
      async (request, reply) => {
        await service.deleteCalendar(contextOf(request), request.params.id);
        return reply.code(204).send(null);
      },
    );

    app.put(
      '/calendars/:id',
      {
        config: { access: 'calendar.manage' },
        schema: withProblems({
          tags,
          summary: 'Ubah kalender kerja: jam, periode (Ramadan), hari libur',
          params: IdParams,
          body: WorkingCalendarUpdate,
          response: { 200: WorkingCalendarDto },
        }),
      },
      async (request) => service.updateCalendar(contextOf(request), request.params.id, request.body),
    );

    app.get(
      '/holidays',
      {
        config: { access: 'session' },
        schema: withProblems({
          tags,
          summary: 'Hari libur dan cuti bersama setahun',
          querystring: HolidayQuery,
          response: { 200: z.array(Holiday) },
        }),
      },
      async (request) => service.listHolidays(contextOf(request), request.query.year),
    );

    app.post(
      '/holidays',
      {
        config: { access: 'calendar.manage' },
        schema: withProblems({
          tags,
          summary: 'Tambah hari libur daerah',
          headers: IdempotencyHeaders,
          body: HolidayCreate,
          response: { 201: Holiday },
        }),
      },
      async (request, reply) => createOnce(db, request, reply, (trx) => service.addHoliday(trx, contextOf(request), request.body)),
    );

    app.delete(
      '/holidays/:id',
      {
        config: { access: 'calendar.manage' },
        schema: withProblems({ tags, summary: 'Hapus hari libur', params: IdParams, response: { 204: z.null() } }),
      },
      async (request, reply) => {
        await service.removeHoliday(contextOf(request), request.params.id);
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/holidays/import',
      {
        config: { access: 'calendar.manage' },
        schema: withProblems({
          tags,
          summary: 'Impor libur nasional & cuti bersama (JSON)',
          body: HolidayImport,
          response: { 200: z.array(Holiday) },
        }),
      },
      async (request) => service.importHolidays(contextOf(request), request.body),
    );

    app.post(
      '/holidays/import-csv',
      {
        config: { access: 'calendar.manage' },
        schema: withProblems({
          tags,
          summary: 'Impor libur nasional & cuti bersama (CSV: tanggal,nama,jenis)',
          body: z.strictObject({ year: z.number().int().min(2000).max(2100), csv: z.string().max(100_000) }),
          response: { 200: z.array(Holiday) },
        }),
      },
      async (request) => {
        const csv = parseHolidayCsv(request.body.csv);
        if (!csv.ok) throw new ProblemError('validation.failed', [{ path: 'csv', message: `CSV tidak terbaca pada baris ${csv.line}.` }]);
        const parsed = HolidayImport.safeParse({ year: request.body.year, holidays: csv.rows });
        if (!parsed.success) {
          throw new ProblemError(
            'validation.failed',
            parsed.error.issues.map((i) => ({ path: `csv.${i.path.join('.')}`, message: i.message })),
          );
        }
        return service.importHolidays(contextOf(request), parsed.data);
      },
    );
  });
}
