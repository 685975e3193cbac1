export { jobRoutes } from './jobs.routes';
export { type JobCatalog, JobsService } from './jobs.service';
