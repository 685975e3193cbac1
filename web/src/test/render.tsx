import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import i18next, { type Resource } from 'i18next';
import type { ReactElement } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import problemsEn from '../features/problems/locales/en';
import problemsId from '../features/problems/locales/id';
import recordsEn from '../features/records/locales/en';
import recordsId from '../features/records/locales/id';
import calendarEn from '../features/calendar/locales/en';
import calendarId from '../features/calendar/locales/id';
import slaEn from '../features/sla/locales/en';
import slaId from '../features/sla/locales/id';
import ticketsEn from '../features/tickets/locales/en';
import ticketsId from '../features/tickets/locales/id';
import commonEn from '../i18n/common/en';
import commonId from '../i18n/common/id';
import type { Language } from '../i18n';
import type { Namespace } from '../i18n/namespaces';

const BUNDLES = {
  id: { common: commonId, records: recordsId, tickets: ticketsId, problems: problemsId, calendar: calendarId, sla: slaId },
  en: { common: commonEn, records: recordsEn, tickets: ticketsEn, problems: problemsEn, calendar: calendarEn, sla: slaEn },
} as const;
type TestNamespace = keyof (typeof BUNDLES)['id'] & Namespace;

/** An i18next instance of its own, with the namespaces a component shows, in one language. */
export async function testI18n(language: Language, namespaces: readonly TestNamespace[]) {
  const instance = i18next.createInstance();
  const resources: Resource = { [language]: Object.fromEntries(namespaces.map((ns) => [ns, BUNDLES[language][ns]])) };
  await instance.use(initReactI18next).init({
    lng: language,
    resources,
    ns: [...namespaces],
    defaultNS: 'common',
    fallbackLng: false,
    interpolation: { escapeValue: false },
  });
  return instance;
}

/** Renders `ui` as the app does: Mantine, a query client (no retries), and i18next in `language`. */
export async function renderWith(
  ui: ReactElement,
  { language = 'id', namespaces = ['common', 'records'] }: { language?: Language; namespaces?: readonly TestNamespace[] } = {},
): Promise<RenderResult> {
  const i18n = await testI18n(language, namespaces);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <I18nextProvider i18n={i18n}>
      <MantineProvider env="test">
        <QueryClientProvider client={queryClient}>{ui}</QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>,
  );
}

/** An element's text as a reader sees it: whitespace collapsed. */
export function textOf(element: Element | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
