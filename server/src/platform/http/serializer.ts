import { isDeepStrictEqual } from 'node:util';
import type { FastifySerializerCompiler } from 'fastify/types/schema';
import fastJson from 'fast-json-stringify';
import { ResponseSerializationError } from 'fastify-type-provider-zod';
import { z } from 'zod';

type JsonSchema = { [key: string]: unknown };

/** A route's response schema, as fastify-type-provider-zod accepts it. */
function zodOf(schema: unknown): z.ZodType {
  if (schema instanceof z.ZodType) return schema;
  const properties = (schema as { properties?: unknown } | null)?.properties;
  if (properties instanceof z.ZodType) return properties;
  throw new Error(`a response schema must be a zod schema: ${JSON.stringify(schema)}`);
}

/**
 * `anyOf: [X, {type: 'null'}]`, zod's nullable, as `type: [X's type, 'null']`: the stringifier
 * writes that directly, where for anyOf it tests every value against each branch first.
 */
function foldNullable(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(foldNullable);
  if (node === null || typeof node !== 'object') return node;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) out[key] = foldNullable(value);
  const branches = out.anyOf;
  if (Array.isArray(branches) && branches.length === 2 && Object.keys(out).length === 1) {
    const isNull = (b: JsonSchema) => b.type === 'null' && Object.keys(b).length === 1;
    const [a, b] = branches as JsonSchema[];
    const other = a && b ? (isNull(a) ? b : isNull(b) ? a : null) : null;
    if (
      other &&
      typeof other.type === 'string' &&
      other.type !== 'object' &&
      other.type !== 'array' &&
      !('anyOf' in other) &&
      !('oneOf' in other)
    ) {
      return { ...other, type: [other.type, 'null'] };
    }
  }
  return out;
}

/** The JSON Schema a response is written by: zod's own, for what the route sends (output). */
export function responseJsonSchema(schema: z.ZodType): JsonSchema {
  return foldNullable(z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any', target: 'draft-7' })) as JsonSchema;
}

/**
 * Responses are written by a stringifier compiled from each route's zod response schema
 * (ADR 0005): it writes only the properties the schema declares, so nothing a handler did not
 * mean to send leaves the server, without zod's parse copying every object first (at 1M
 * tickets that copy cost the queue a sixth of its throughput). With `check`, as the tests run,
 * zod also parses every response and the written JSON must equal zod's result: a schema the
 * stringifier reads differently fails the test that sends it.
 */
export function responseSerializer(options: { check: boolean }): FastifySerializerCompiler<unknown> {
  return ({ schema, method, url }) => {
    const zodSchema = zodOf(schema);
    let write: ((data: unknown) => string) | null = null;
    return (data: unknown) => {
      // Compiled on first use: most of the API's responses are never sent by a given process.
      write ??= fastJson(responseJsonSchema(zodSchema) as unknown as Parameters<typeof fastJson>[0]);
      if (!options.check) return write(data);
      const parsed = zodSchema.safeParse(data);
      if (!parsed.success) throw new ResponseSerializationError(method, url, { cause: parsed.error });
      const json = write(data);
      if (!isDeepStrictEqual(JSON.parse(json), JSON.parse(JSON.stringify(parsed.data)))) {
        throw new ResponseSerializationError(method, url, {
          cause: new z.ZodError([{ code: 'custom', path: [], input: data, message: `the stringifier wrote ${json.slice(0, 500)}` }]),
        });
      }
      return json;
    };
  };
}
