export { problemRoutes } from './problems.routes';
export { ProblemService, problemEffects } from './problems.service';
export { problemRecordPolicy } from './problem-record-policy';
export type { ProblemTables } from './problems.tables';
