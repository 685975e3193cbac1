export type Language = 'id' | 'en';

const ZONE_NAMES: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

/**
 * A date and time as a person reads it, in the Pemda's zone: "Kamis, 1 Januari 2026 · 14.30 WIB"
 * in Bahasa Indonesia, "Thursday, 1 January 2026 · 14:30 WIB" in English.
 */
export function formatDateTimeLong(at: Date | string, language: Language, timeZone: string): string {
  const date = typeof at === 'string' ? new Date(at) : at;
  const locale = language === 'en' ? 'en-GB' : 'id-ID';
  const day = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(date);
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(date);
  const zone = ZONE_NAMES[timeZone] ?? timeZone;
  return `${day} · ${time} ${zone}`;
}
