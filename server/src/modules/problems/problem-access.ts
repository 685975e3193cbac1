import { scopeCovers, scopeOf, type ProblemRelation } from '@sigap/core';
import type { Actor } from '../../platform/http/context';

/** How someone relates to a problem: managing its PD's problems, assigned to it, or reading. */
export function problemRelations(actor: Actor, problem: { owner_pd_id: string | null; assignee_id: string | null }): Set<ProblemRelation> {
  const relations = new Set<ProblemRelation>();
  if (scopeCovers(scopeOf(actor.assignments, 'problems.manage'), problem.owner_pd_id)) relations.add('manager');
  if (problem.assignee_id === actor.userId) relations.add('assignee');
  if (relations.size > 0 || scopeOf(actor.assignments, 'problems.read') !== 'none') relations.add('reader');
  return relations;
}
