import i18n from '../i18n';

/** A date-time in the Pemda's zone (WIB/WITA/WIT), whatever the browser's zone. */
export function formatDateTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(
    new Date(iso),
  );
}

/** "2 h 5 min", "3 d 4 h": the two largest units. */
export function formatDuration(ms: number): string {
  const minutes = Math.max(0, Math.round(Math.abs(ms) / 60_000));
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  const en = i18n.language === 'en';
  const parts = [
    d ? `${d} ${en ? 'd' : 'hari'}` : '',
    h ? `${h} ${en ? 'h' : 'jam'}` : '',
    !d && m ? `${m} ${en ? 'min' : 'mnt'}` : '',
  ].filter(Boolean);
  return parts.length ? parts.slice(0, 2).join(' ') : en ? '0 min' : '0 mnt';
}
