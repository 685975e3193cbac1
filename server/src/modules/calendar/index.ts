// The calendar module's public surface: what other modules, app.ts and the seed may use.
export { calendarRoutes } from './calendar.routes';
export { CalendarRepository } from './calendar.repository';
export { loadWorkingCalendar, seedCalendars } from './calendar.service';
export { HOLIDAYS_2026 } from './holidays-2026';
export { cachedCalendar, cachedPolicy } from './setting-cache';
