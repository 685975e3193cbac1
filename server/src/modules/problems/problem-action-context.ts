import type { problemWorkflow } from '@sigap/core';
import type { Updateable } from 'kysely';
import { effectsOf } from '../../platform/records/effects';
import type { RecordActionContext } from '../../platform/records/workflow-engine';
import type { ProblemTable } from './problems.tables';

export type ProblemActionContext = RecordActionContext<Updateable<ProblemTable>>;

/** Defines the side effects of one problem action (one file per action in ./actions). */
export const problemEffect = effectsOf<typeof problemWorkflow, ProblemActionContext>();
