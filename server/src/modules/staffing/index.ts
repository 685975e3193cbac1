// The staffing module's public surface: what app.ts and the jobs may use.
export { staffingRoutes } from './staffing.routes';
export { checkStaffing, noticeStaffingGaps } from './staffing.service';
