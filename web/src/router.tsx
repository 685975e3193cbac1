import type { QueryClient } from '@tanstack/react-query';
import { Outlet, createRootRouteWithContext, createRoute, createRouter, lazyRouteComponent, redirect } from '@tanstack/react-router';
import { ApiError } from './api/client';
import { meQuery } from './features/auth/me';
import { NotFound } from './features/shell/NotFound';

// Every page is a lazy chunk of its own (with what only it imports): a first visit to the public
// portal or the sign-in page downloads neither the desk nor the administration. What decides whether
// a route may open (validateSearch, beforeLoad) stays here, in the entry chunk.
const page = {
  login: lazyRouteComponent(() => import('./features/auth/LoginPage'), 'LoginPage'),
  account: lazyRouteComponent(() => import('./features/auth/AccountPage'), 'AccountPage'),
  appLayout: lazyRouteComponent(() => import('./features/shell/AppLayout'), 'AppLayout'),
  home: lazyRouteComponent(() => import('./features/home/HomePage'), 'HomePage'),
  organisation: lazyRouteComponent(() => import('./features/organisation/OrganisationPage'), 'OrganisationPage'),
  users: lazyRouteComponent(() => import('./features/users/UsersPage'), 'UsersPage'),
  audit: lazyRouteComponent(() => import('./features/audit/AuditPage'), 'AuditPage'),
  calendar: lazyRouteComponent(() => import('./features/calendar/CalendarPage'), 'CalendarPage'),
  catalog: lazyRouteComponent(() => import('./features/catalog/CatalogPage'), 'CatalogPage'),
  myTickets: lazyRouteComponent(() => import('./features/tickets/MyTicketsPage'), 'MyTicketsPage'),
  queue: lazyRouteComponent(() => import('./features/tickets/QueuePage'), 'QueuePage'),
  ticket: lazyRouteComponent(() => import('./features/tickets/TicketPage'), 'TicketPage'),
  newTicket: lazyRouteComponent(() => import('./features/tickets/NewTicketPage'), 'NewTicketPage'),
  publicReport: lazyRouteComponent(() => import('./features/public/PublicReportPage'), 'PublicReportPage'),
  publicTrack: lazyRouteComponent(() => import('./features/public/PublicTrackPage'), 'PublicTrackPage'),
};

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
  component: page.login,
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
  component: page.appLayout,
});

const homeRoute = createRoute({ getParentRoute: () => appRoute, path: '/', component: page.home });
const organisationRoute = createRoute({ getParentRoute: () => appRoute, path: '/organisasi', component: page.organisation });
const usersRoute = createRoute({ getParentRoute: () => appRoute, path: '/pengguna', component: page.users });
const auditRoute = createRoute({ getParentRoute: () => appRoute, path: '/audit', component: page.audit });
const accountRoute = createRoute({ getParentRoute: () => appRoute, path: '/akun', component: page.account });

const calendarRoute = createRoute({ getParentRoute: () => appRoute, path: '/kalender', component: page.calendar });
const catalogRoute = createRoute({ getParentRoute: () => appRoute, path: '/katalog', component: page.catalog });
const myTicketsRoute = createRoute({ getParentRoute: () => appRoute, path: '/tiket-saya', component: page.myTickets });
const queueRoute = createRoute({ getParentRoute: () => appRoute, path: '/antrean', component: page.queue });
const ticketRoute = createRoute({ getParentRoute: () => appRoute, path: '/tiket/$id', component: page.ticket });
const newTicketRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/tiket-baru',
  validateSearch: (s: Record<string, unknown>): { jenis?: string; layanan?: string; permintaan?: string; catat?: string } => ({
    ...(text(s.jenis) ? { jenis: text(s.jenis) } : {}),
    ...(text(s.layanan) ? { layanan: text(s.layanan) } : {}),
    ...(text(s.permintaan) ? { permintaan: text(s.permintaan) } : {}),
    ...(text(s.catat) ? { catat: text(s.catat) } : {}),
  }),
  component: page.newTicket,
});

// Open to anyone, no session: report a public-service disruption, follow it with a tracking code.
const publicReportRoute = createRoute({ getParentRoute: () => rootRoute, path: '/aduan', component: page.publicReport });
const trackRoute = createRoute({ getParentRoute: () => rootRoute, path: '/lacak', component: page.publicTrack });
const trackCodeRoute = createRoute({ getParentRoute: () => rootRoute, path: '/lacak/$code', component: page.publicTrack });

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
