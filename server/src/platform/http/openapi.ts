import type { SwaggerTransform } from '@fastify/swagger';
import type { FastifySchema } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { z } from 'zod';

/**
 * What a multipart route reads: one file part. The route parses the stream itself (a body schema
 * would be validated against a body that multipart routes do not have), so this is documentation only.
 */
const MultipartFile = z.object({ file: z.file() });

/** `schema` is undefined for a route declared without one, whatever SwaggerTransform's type says. */
const isMultipart = (schema: (FastifySchema & { consumes?: readonly string[] }) | undefined) =>
  schema !== undefined && schema.body === undefined && (schema.consumes ?? []).includes('multipart/form-data');

/**
 * The zod → OpenAPI transform, plus a documented request body for multipart routes, so the
 * generated client types know an upload's FormData part.
 */
export const openApiTransform: SwaggerTransform<FastifySchema & { hide?: boolean; consumes?: readonly string[] }> = (input) =>
  jsonSchemaTransform(isMultipart(input.schema) ? { ...input, schema: { ...input.schema, body: MultipartFile } } : input);
