import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { id } from './id';
import { en as jobsEn } from '../features/jobs/locales/en';
import { id as jobsId } from '../features/jobs/locales/id';

export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'sigap.language';

function initialLanguage(): Language {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'id';
}

void i18next.use(initReactI18next).init({
  resources: { id: { translation: id, jobs: jobsId }, en: { translation: en, jobs: jobsEn } },
  lng: initialLanguage(),
  fallbackLng: 'id',
  interpolation: { escapeValue: false },
});
document.documentElement.lang = i18next.language;

export function setLanguage(language: Language) {
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  void i18next.changeLanguage(language);
}

export default i18next;
