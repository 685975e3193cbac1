// Translations, one i18next namespace per feature.
//
// Convention, for every feature that shows text:
// - its messages live in `features/<feature>/locales/id.ts` (Bahasa Indonesia, the source of the keys:
//   `const id = {…} satisfies Messages; export default id;`) and `en.ts` (`const en: Translation<typeof id>`,
//   so the compiler refuses a missing or extra key); the namespace is the folder's name;
// - add `<feature>: typeof <its id>` to `Resources` in ./namespaces.ts, which types every `t('…')`;
// - its components call `useTranslation('<feature>')`, or `useTranslation(['<feature>', 'common'])` and
//   `t('common:save')` for a shared word;
// - its routes in router.tsx load the namespaces their page shows (`loader: () => loadNamespaces('<feature>')`),
//   so the page never waits on them after its chunk arrives.
// The namespace files are fetched when first needed (the backend below finds them by that path). `common`
// (./common: the shell, words every feature uses, errors, the SPBE vocabulary of several features) is
// bundled in both languages, for the entry chunk renders it before any feature loads.
import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import commonEn from './common/en';
import commonId from './common/id';
import type { Namespace } from './namespaces';
import type { Messages } from './types';

export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'sigap.language';

export function isLanguage(value: string): value is Language {
  return LANGUAGES.some((language) => language === value);
}

function initialLanguage(): Language {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'id';
}

/** One lazy chunk per feature namespace and language. */
const featureLocales = import.meta.glob<{ default: Messages }>('../features/*/locales/{id,en}.ts');

const lazyNamespaces: BackendModule = {
  type: 'backend',
  callbackApi: true,
  init: () => undefined,
  read(language, namespace, callback) {
    const load = featureLocales[`../features/${namespace}/locales/${language}.ts`];
    if (!load) {
      callback(new Error(`no ${language} messages for namespace ${namespace}`), false);
      return;
    }
    load().then(
      (module) => callback(null, module.default),
      (error: unknown) => callback(error instanceof Error ? error : String(error), false),
    );
  },
};

void i18next
  .use(lazyNamespaces)
  .use(initReactI18next)
  .init({
    resources: { id: { common: commonId }, en: { common: commonEn } },
    partialBundledLanguages: true,
    ns: ['common'],
    defaultNS: 'common',
    lng: initialLanguage(),
    supportedLngs: LANGUAGES,
    // `en` has every key of `id` (its type says so), and loading `id` as well would double every fetch.
    fallbackLng: false,
    interpolation: { escapeValue: false },
  });
document.documentElement.lang = i18next.language;

/** Resolves when the namespaces are loaded in the current language (a route's loader waits on it). */
export function loadNamespaces(...namespaces: Namespace[]): Promise<void> {
  return i18next.loadNamespaces(namespaces);
}

export function setLanguage(language: Language) {
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  void i18next.changeLanguage(language);
}

export default i18next;
