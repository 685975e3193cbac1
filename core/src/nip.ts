/**
 * NIP (Nomor Induk Pegawai), 18 digits (SPEC §11):
 * birth date YYYYMMDD + appointment YYYYMM (PNS) or another middle part (PPPK) + sex 1/2 + serial 3.
 * The birth date is checked; digits 9–14 are not, so PPPK numbers pass.
 */
export type NipProblem = 'nip.length' | 'nip.digits' | 'nip.birth_date' | 'nip.sex';

export function checkNip(nip: string): NipProblem | null {
  if (!/^\d*$/.test(nip)) return 'nip.digits';
  if (nip.length !== 18) return 'nip.length';
  const year = Number(nip.slice(0, 4));
  const month = Number(nip.slice(4, 6));
  const day = Number(nip.slice(6, 8));
  if (year < 1900 || year > 2100 || !isCalendarDate(year, month, day)) return 'nip.birth_date';
  const sex = nip[14];
  if (sex !== '1' && sex !== '2') return 'nip.sex';
  return null;
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}
