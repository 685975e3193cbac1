import type { QueryClient } from '@tanstack/react-query';
import { Outlet, createRootRouteWithContext, createRoute, createRouter, lazyRouteComponent, redirect } from '@tanstack/react-router';
import { ApiError } from './api/client';
import { meQuery } from './features/auth/me';
import { operatorMeQuery } from './features/superadmin/api';
import { NotFound } from './features/shell/NotFound';
import { loadNamespaces } from './i18n';
import type { Namespace } from './i18n/namespaces';

// Pages are lazy chunks, one per feature (the public pages and the sign-in page one each, with what
// only they import): a first visit to the public portal or the sign-in page downloads neither the
// desk nor the administration. What decides whether a route may open (validateSearch, beforeLoad)
// stays here, in the entry chunk; so does each route's loader, which fetches the i18next namespaces
// its page shows while the page's chunk downloads. Pages that share a chunk load the namespaces of them
// all (the desk's pages load `records` for the ticket page), so moving between them fetches nothing.
function lazyPage<T extends Record<string, unknown>, K extends keyof T>(importer: () => Promise<T>, name: K, ...namespaces: Namespace[]) {
  return { component: lazyRouteComponent(importer, name), loader: () => loadNamespaces(...namespaces) };
}

const page = {
  login: lazyPage(() => import('./features/auth/LoginPage'), 'LoginPage', 'auth'),
  account: lazyPage(() => import('./features/auth/AccountPage'), 'AccountPage', 'auth'),
  appLayout: lazyPage(() => import('./features/shell/AppLayout'), 'AppLayout'),
  home: lazyPage(() => import('./features/home/HomePage'), 'HomePage', 'home'),
  organisation: lazyPage(() => import('./features/organisation/OrganisationPage'), 'OrganisationPage', 'organisation'),
  users: lazyPage(() => import('./features/users/UsersPage'), 'UsersPage', 'users'),
  audit: lazyPage(() => import('./features/audit/AuditPage'), 'AuditPage', 'audit'),
  jobs: lazyPage(() => import('./features/jobs/JobsPage'), 'JobsPage', 'jobs'),
  calendar: lazyPage(() => import('./features/calendar/CalendarPage'), 'CalendarPage', 'calendar', 'sla'),
  catalog: lazyPage(() => import('./features/catalog/CatalogPage'), 'CatalogPage', 'catalog'),
  myTickets: lazyPage(() => import('./features/tickets/pages'), 'MyTicketsPage', 'tickets', 'records'),
  queue: lazyPage(() => import('./features/tickets/pages'), 'QueuePage', 'tickets', 'records'),
  ticket: lazyPage(() => import('./features/tickets/pages'), 'TicketPage', 'tickets', 'records'),
  newTicket: lazyPage(() => import('./features/tickets/pages'), 'NewTicketPage', 'tickets', 'records'),
  publicReport: lazyPage(() => import('./features/public/PublicReportPage'), 'PublicReportPage', 'public'),
  publicTrack: lazyPage(() => import('./features/public/PublicTrackPage'), 'PublicTrackPage', 'public', 'tickets', 'records'),
  problems: lazyPage(() => import('./features/problems/pages'), 'ProblemsPage', 'problems', 'records'),
  problem: lazyPage(() => import('./features/problems/pages'), 'ProblemPage', 'problems', 'records'),
  operatorLogin: lazyPage(() => import('./features/superadmin/OperatorLoginPage'), 'OperatorLoginPage', 'superadmin'),
  operatorLayout: lazyPage(() => import('./features/superadmin/pages'), 'SuperAdminLayout', 'superadmin'),
  pemdaList: lazyPage(() => import('./features/superadmin/pages'), 'PemdaListPage', 'superadmin'),
  newPemda: lazyPage(() => import('./features/superadmin/pages'), 'NewPemdaPage', 'superadmin'),
  pemdaDetail: lazyPage(() => import('./features/superadmin/pages'), 'PemdaDetailPage', 'superadmin'),
  deploymentAudit: lazyPage(() => import('./features/superadmin/pages'), 'DeploymentAuditPage', 'superadmin'),
  operatorAccount: lazyPage(() => import('./features/superadmin/pages'), 'OperatorAccountPage', 'superadmin'),
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
  ...page.login,
});

/** Everything behind sign-in; an expired session sends the user to /masuk and back. */
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    try {
      await context.queryClient.query(meQuery);
    } catch (error) {
      // 403: signed in as the deployment's super-administrator, who has no Pemda session.
      if (error instanceof ApiError && (error.status === 401 || error.status === 403)) {
        redirect({ to: '/masuk', search: { redirect: location.href }, throw: true });
      }
      throw error;
    }
  },
  ...page.appLayout,
});

const homeRoute = createRoute({ getParentRoute: () => appRoute, path: '/', ...page.home });
const organisationRoute = createRoute({ getParentRoute: () => appRoute, path: '/organisasi', ...page.organisation });
const usersRoute = createRoute({ getParentRoute: () => appRoute, path: '/pengguna', ...page.users });
const auditRoute = createRoute({ getParentRoute: () => appRoute, path: '/audit', ...page.audit });
const jobsRoute = createRoute({ getParentRoute: () => appRoute, path: '/pekerjaan-latar', ...page.jobs });
const accountRoute = createRoute({ getParentRoute: () => appRoute, path: '/akun', ...page.account });

const calendarRoute = createRoute({ getParentRoute: () => appRoute, path: '/kalender', ...page.calendar });
const catalogRoute = createRoute({ getParentRoute: () => appRoute, path: '/katalog', ...page.catalog });
const myTicketsRoute = createRoute({ getParentRoute: () => appRoute, path: '/tiket-saya', ...page.myTickets });
const queueRoute = createRoute({ getParentRoute: () => appRoute, path: '/antrean', ...page.queue });
const ticketRoute = createRoute({ getParentRoute: () => appRoute, path: '/tiket/$id', ...page.ticket });
const problemsRoute = createRoute({ getParentRoute: () => appRoute, path: '/masalah', ...page.problems });
const problemRoute = createRoute({ getParentRoute: () => appRoute, path: '/masalah/$id', ...page.problem });
const newTicketRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/tiket-baru',
  validateSearch: (s: Record<string, unknown>): { jenis?: string; layanan?: string; permintaan?: string; catat?: string } => ({
    ...(text(s.jenis) ? { jenis: text(s.jenis) } : {}),
    ...(text(s.layanan) ? { layanan: text(s.layanan) } : {}),
    ...(text(s.permintaan) ? { permintaan: text(s.permintaan) } : {}),
    ...(text(s.catat) ? { catat: text(s.catat) } : {}),
  }),
  ...page.newTicket,
});

// Open to anyone, no session: report a public-service disruption, follow it with a tracking code.
const publicReportRoute = createRoute({ getParentRoute: () => rootRoute, path: '/aduan', ...page.publicReport });
const trackRoute = createRoute({ getParentRoute: () => rootRoute, path: '/lacak', ...page.publicTrack });
const trackCodeRoute = createRoute({ getParentRoute: () => rootRoute, path: '/lacak/$code', ...page.publicTrack });

// The deployment's super-administrators (Administrator Utama): a sign-in and a session of their own,
// the Pemda they administer, never a Pemda's data. An expired session sends them to /superadmin/masuk.
const operatorLoginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/superadmin/masuk',
  validateSearch: (search: Record<string, unknown>): { redirect?: string } =>
    typeof search.redirect === 'string' ? { redirect: search.redirect } : {},
  ...page.operatorLogin,
});
const operatorRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'operator',
  beforeLoad: async ({ context, location }) => {
    try {
      await context.queryClient.query(operatorMeQuery);
    } catch (error) {
      if (error instanceof ApiError && (error.status === 401 || error.status === 403)) {
        redirect({ to: '/superadmin/masuk', search: { redirect: location.href }, throw: true });
      }
      throw error;
    }
  },
  ...page.operatorLayout,
});
const pemdaListRoute = createRoute({ getParentRoute: () => operatorRoute, path: '/superadmin', ...page.pemdaList });
const newPemdaRoute = createRoute({ getParentRoute: () => operatorRoute, path: '/superadmin/pemda/baru', ...page.newPemda });
const pemdaDetailRoute = createRoute({ getParentRoute: () => operatorRoute, path: '/superadmin/pemda/$id', ...page.pemdaDetail });
const deploymentAuditRoute = createRoute({ getParentRoute: () => operatorRoute, path: '/superadmin/audit', ...page.deploymentAudit });
const operatorAccountRoute = createRoute({ getParentRoute: () => operatorRoute, path: '/superadmin/akun', ...page.operatorAccount });

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
    problemsRoute,
    problemRoute,
    organisationRoute,
    calendarRoute,
    usersRoute,
    auditRoute,
    jobsRoute,
    accountRoute,
  ]),
  operatorLoginRoute,
  operatorRoute.addChildren([pemdaListRoute, newPemdaRoute, pemdaDetailRoute, deploymentAuditRoute, operatorAccountRoute]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({ routeTree, context: { queryClient }, defaultPreload: 'intent' });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
