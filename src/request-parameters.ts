// The parameter checks @seamapi/http makes before it sends a request, with its messages (plain
// TypeErrors): code written for it may rely on them.

import type { OperationSpec } from './operation.js'

/** Throws a TypeError when the parameters lack what the operation requires; nothing is sent then. */
export const assertValidRequestParameters = (
  operation: OperationSpec,
  parameters: unknown,
): void => {
  const { path, requiresParameters, required = [] } = operation
  if (parameters === undefined) {
    if (requiresParameters === true || required.length > 0)
      throw new TypeError(`Parameters are required for ${path}`)
    return
  }
  if (
    parameters === null ||
    typeof parameters !== 'object' ||
    Array.isArray(parameters)
  ) {
    throw new TypeError(`Parameters for ${path} must be an object`)
  }
  const values = parameters as Record<string, unknown>
  const missing = required.filter((name) => values[name] === undefined)
  if (missing.length > 0) {
    throw new TypeError(
      `Required parameters missing for ${path}: ${missing.join(', ')}`,
    )
  }
}
