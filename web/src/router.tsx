import type { QueryClient } from '@tanstack/react-query';
import { Outlet, createRootRouteWithContext, createRoute, createRouter, redirect } from '@tanstack/react-router';
import { ApiError } from './api/client';
import { AccountPage } from './features/auth/AccountPage';
import { LoginPage } from './features/auth/LoginPage';
import { meQuery } from './features/auth/session';
import { AuditPage } from './features/audit/AuditPage';
import { HomePage } from './features/home/HomePage';
import { JobsPage } from './features/jobs/JobsPage';
import { OrganisationPage } from './features/organisation/OrganisationPage';
import { AppLayout } from './features/shell/AppLayout';
import { NotFound } from './features/shell/NotFound';
import { UsersPage } from './features/users/UsersPage';
import { CalendarPage } from './features/calendar/CalendarPage';
import { CatalogPage } from './features/catalog/CatalogPage';
import { PublicReportPage } from './features/public/PublicReportPage';
import { PublicTrackPage } from './features/public/PublicTrackPage';
import { MyTicketsPage } from './features/tickets/MyTicketsPage';
import { NewTicketPage } from './features/tickets/NewTicketPage';
import { QueuePage } from './features/tickets/QueuePage';
import { TicketPage } from './features/tickets/TicketPage';

const text = (v: unknown) => (typeof v === 'string' && v.length <= 100 ? v : undefined);

const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  component: Outlet,
  notFoundComponent: NotFound,
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/masuk',
  validateSearch: (search: Record<string, unknown>): { redirect?: string } =>
    typeof search.redirect === 'string' ? { redirect: search.redirect } : {},
  component: LoginPage,
});

/** Everything behind sign-in; an expired session sends the user to /masuk and back. */
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    try {
      await context.queryClient.ensureQueryData(meQuery);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) throw redirect({ to: '/masuk', search: { redirect: location.href } });
      throw error;
    }
  },
  component: AppLayout,
});

const homeRoute = createRoute({ getParentRoute: () => appRoute, path: '/', component: HomePage });
const organisationRoute = createRoute({ getParentRoute: () => appRoute, path: '/organisasi', component: OrganisationPage });
const usersRoute = createRoute({ getParentRoute: () => appRoute, path: '/pengguna', component: UsersPage });
const auditRoute = createRoute({ getParentRoute: () => appRoute, path: '/audit', component: AuditPage });
const jobsRoute = createRoute({ getParentRoute: () => appRoute, path: '/pekerjaan-latar', component: JobsPage });
const accountRoute = createRoute({ getParentRoute: () => appRoute, path: '/akun', component: AccountPage });

const calendarRoute = createRoute({ getParentRoute: () => appRoute, path: '/kalender', component: CalendarPage });
const catalogRoute = createRoute({ getParentRoute: () => appRoute, path: '/katalog', component: CatalogPage });
const myTicketsRoute = createRoute({ getParentRoute: () => appRoute, path: '/tiket-saya', component: MyTicketsPage });
const queueRoute = createRoute({ getParentRoute: () => appRoute, path: '/antrean', component: QueuePage });
const ticketRoute = createRoute({ getParentRoute: () => appRoute, path: '/tiket/$id', component: TicketPage });
const newTicketRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/tiket-baru',
  validateSearch: (s: Record<string, unknown>): { jenis?: string; layanan?: string; permintaan?: string; catat?: string } => ({
    ...(text(s.jenis) ? { jenis: text(s.jenis) } : {}),
    ...(text(s.layanan) ? { layanan: text(s.layanan) } : {}),
    ...(text(s.permintaan) ? { permintaan: text(s.permintaan) } : {}),
    ...(text(s.catat) ? { catat: text(s.catat) } : {}),
  }),
  component: NewTicketPage,
});

// Open to anyone, no session: report a public-service disruption, follow it with a tracking code.
const publicReportRoute = createRoute({ getParentRoute: () => rootRoute, path: '/aduan', component: PublicReportPage });
const trackRoute = createRoute({ getParentRoute: () => rootRoute, path: '/lacak', component: PublicTrackPage });
const trackCodeRoute = createRoute({ getParentRoute: () => rootRoute, path: '/lacak/$code', component: PublicTrackPage });

const routeTree = rootRoute.addChildren([
  loginRoute,
  publicReportRoute,
  trackRoute,
  trackCodeRoute,
  appRoute.addChildren([
    homeRoute,
    catalogRoute,
    myTicketsRoute,
    newTicketRoute,
    ticketRoute,
    queueRoute,
    organisationRoute,
    calendarRoute,
    usersRoute,
    auditRoute,
    jobsRoute,
    accountRoute,
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({ routeTree, context: { queryClient }, defaultPreload: 'intent' });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
