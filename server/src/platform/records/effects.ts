import fs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ActionBody, ActionName } from '@sigap/core';
import type { z } from 'zod';

type WorkflowLike = { kind: string; actions: Record<string, { input: z.ZodObject }> };

/** The validated body of one action. */
export type BodyOf<W extends WorkflowLike, K extends ActionName<W>> = Extract<ActionBody<W>, { action: K }>;

/** The side effects of one declared action, beyond the status change every action gets. */
export interface Effect<W extends WorkflowLike, Ctx> {
  readonly action: ActionName<W>;
  apply(ctx: Ctx, body: ActionBody<W>): Promise<void>;
}

function isBodyOf<W extends WorkflowLike, K extends ActionName<W>>(body: ActionBody<W>, action: K): body is BodyOf<W, K> {
  return body.action === action;
}

/**
 * `effectsOf<typeof workflow, Ctx>()('assign', (ctx, body) => …)`: one file per action under the
 * kind's `actions/` folder, its default export made by this, its body typed by the declaration.
 */
export function effectsOf<W extends WorkflowLike, Ctx>() {
  return <K extends ActionName<W>>(action: K, run: (ctx: Ctx, body: BodyOf<W, K>) => Promise<void> | void): Effect<W, Ctx> => ({
    action,
    async apply(ctx, body) {
      if (isBodyOf<W, K>(body, action)) await run(ctx, body);
    },
  });
}

/** The shape of an effect module; its types are the workflow's, as effectsOf made it. */
function isEffectModule<W extends WorkflowLike, Ctx>(mod: unknown): mod is { default: Effect<W, Ctx> } {
  if (typeof mod !== 'object' || mod === null || !('default' in mod)) return false;
  const effect: unknown = mod.default;
  return (
    typeof effect === 'object' &&
    effect !== null &&
    'action' in effect &&
    typeof effect.action === 'string' &&
    'apply' in effect &&
    typeof effect.apply === 'function'
  );
}

/**
 * Loads a kind's effect files (`<dir>/<action>.ts`, or `.js` once built): each names an action the
 * workflow declares, and a file named otherwise is refused at start, as is an effect for an
 * undeclared action. An action with no file changes only its status.
 */
export async function loadEffects<W extends WorkflowLike, Ctx>(workflow: W, dir: URL): Promise<Map<string, Effect<W, Ctx>>> {
  const effects = new Map<string, Effect<W, Ctx>>();
  const files = (await fs.readdir(dir)).filter((f) => /^[a-z_]+\.(ts|js)$/.test(f) && !f.endsWith('.d.ts'));
  for (const file of files) {
    const name = path.basename(file, path.extname(file));
    if (!Object.hasOwn(workflow.actions, name)) throw new Error(`${workflow.kind}: ${file} is the effect of no declared action`);
    const mod: unknown = await import(pathToFileURL(path.join(dir.pathname, file)).href);
    if (!isEffectModule<W, Ctx>(mod) || mod.default.action !== name)
      throw new Error(`${workflow.kind}: ${file} must export default the effect of "${name}"`);
    effects.set(name, mod.default);
  }
  return effects;
}
