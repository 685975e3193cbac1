// The escalation module's public surface: the jobs main.ts schedules (and the bench times).
export { runAutoClose, runEscalation } from './escalation.job';
