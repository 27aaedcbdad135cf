import { checkSpec, type JsonObject } from '../../scripts/spec/load.js'
import {
  buildModel,
  type ApiModel,
  type Operation,
} from '../../scripts/spec/model.js'

/** A POST operation taking `request` as its JSON body and answering `response` (with `ok`). */
export function postOperation(
  request: JsonObject | undefined,
  response: { key?: string; properties?: JsonObject } = {},
  extra: JsonObject = {},
): JsonObject {
  return {
    post: {
      ...(request === undefined
        ? {}
        : {
            requestBody: {
              content: { 'application/json': { schema: request } },
            },
          }),
      responses: {
        200: {
          description: 'OK',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: { ok: { type: 'boolean' }, ...response.properties },
                required: ['ok'],
              },
            },
          },
        },
      },
      ...(response.key === undefined ? {} : { 'x-response-key': response.key }),
      ...extra,
    },
  }
}

/** A small spec's model: the given paths and component schemas. */
export function smallModel(
  paths: Record<string, JsonObject>,
  schemas: JsonObject = {},
  extra: JsonObject = {},
): ApiModel {
  return buildModel(
    checkSpec({
      openapi: '3.0.0',
      info: { title: 'Test', version: '1' },
      paths,
      components: { schemas },
      ...extra,
    }),
  )
}

export function operationAt(model: ApiModel, path: string): Operation {
  const operation = model.operations.find((o) => o.path === path)
  if (operation === undefined) throw new Error(`no operation ${path}`)
  return operation
}
