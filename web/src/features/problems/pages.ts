// Problem management's pages, loaded together as one lazy chunk (see router.tsx).
export { ProblemPage } from './ProblemPage';
export { ProblemsPage } from './ProblemsPage';
