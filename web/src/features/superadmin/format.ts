import i18n from '../../i18n';

/** The Indonesian name of a Pemda's zone: WIB, WITA or WIT. */
const ZONE_NAMES: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

/**
 * A moment as people of the Pemda read it, in its own zone whatever the browser's:
 * "Kamis, 1 Januari 2026 · 14.30 WIB" (in English "Thursday, 1 January 2026 · 14:30 WIB").
 */
export function formatInZone(iso: string, timeZone: string): string {
  const locale = i18n.language === 'en' ? 'en-GB' : 'id-ID';
  const at = new Date(iso);
  const date = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(at);
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(at);
  return `${date} · ${time.replace(':', locale === 'id-ID' ? '.' : ':')} ${ZONE_NAMES[timeZone] ?? timeZone}`;
}
