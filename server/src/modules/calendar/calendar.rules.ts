import { type WeeklyHours, type WeeklyHoursInput, formatClock, parseClock } from '@sigap/core';

export function toWeeklyHours(input: WeeklyHoursInput): WeeklyHours {
  return input.map((day) => day.map((iv) => ({ start: parseClock(iv.start), end: parseClock(iv.end) })));
}

export function toWeeklyHoursInput(hours: WeeklyHours): WeeklyHoursInput {
  return hours.map((day) => day.map((iv) => ({ start: formatClock(iv.start), end: formatClock(iv.end) })));
}

/** Parses `date,name,kind` lines (kind: nasional | cuti_bersama); a header line is allowed. */
export function parseHolidayCsv(text: string): { date: string; name: string; kind: string }[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !/^date\s*,/i.test(line) && !/^tanggal\s*,/i.test(line))
    .map((line) => {
      const [date = '', name = '', kind = 'nasional'] = splitCsvLine(line);
      return { date: date.trim(), name: name.trim(), kind: kind.trim() || 'nasional' };
    });
}

function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line.charAt(i);
    if (quoted) {
      if (ch === '"' && line.charAt(i + 1) === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}
