import { describe, expect, it } from 'vitest';
import { dayToText, hoursText, textToDay, weekMinutes } from './hours';

describe('working hours as text', () => {
  it('writes clocks the Indonesian way in id and with a colon in en', () => {
    const day = [
      { start: '07:30', end: '12:00' },
      { start: '13:00', end: '16:00' },
    ];
    expect(dayToText(day, 'id')).toBe('07.30–12.00, 13.00–16.00');
    expect(dayToText(day, 'en')).toBe('07:30–12:00, 13:00–16:00');
    expect(dayToText([], 'id')).toBe('');
  });

  it('reads what a person types: hyphen, en dash or s.d., comma or semicolon', () => {
    expect(textToDay('07.30-12.00, 13.00–16.00')).toEqual([
      { start: '07.30', end: '12.00' },
      { start: '13.00', end: '16.00' },
    ]);
    expect(textToDay('08.00 s.d. 12.00; 12.30 sd 15.00')).toEqual([
      { start: '08.00', end: '12.00' },
      { start: '12.30', end: '15.00' },
    ]);
    expect(textToDay('  ')).toEqual([]);
    expect(textToDay('pagi')).toEqual([{ start: 'pagi', end: '' }]);
  });

  it('counts a week, or nothing while a clock cannot be read', () => {
    expect(weekMinutes([[{ start: '07.30', end: '16.00' }], [{ start: '08:00', end: '12:00' }]])).toBe(750);
    expect(weekMinutes([[{ start: '7.30', end: '16.00' }]])).toBeNull();
    expect(hoursText(1950, 'id')).toBe('32,5 jam');
    expect(hoursText(1950, 'en')).toBe('32.5 h');
  });
});
