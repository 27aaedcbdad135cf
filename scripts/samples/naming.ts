import { isObject } from '../spec/load.js'
import { pascalCase, type Operation } from '../spec/model.js'

/**
 * The resource the SDKs return (`ActionAttempt` for `/action_attempts/get`, `Device` for each
 * item of `/devices/list`): the component the response key's schema refers to, if it does.
 */
export function resourceClassName(operation: Operation): string | undefined {
  if (
    operation.responseKey === undefined ||
    !isObject(operation.responseSchema?.properties)
  )
    return undefined
  const property = operation.responseSchema.properties[operation.responseKey]
  const schema =
    isObject(property) && property.type === 'array' ? property.items : property
  if (!isObject(schema) || typeof schema.$ref !== 'string') return undefined
  const name = schema.$ref.split('/').at(-1)
  return name === undefined || name === '' ? undefined : pascalCase(name)
}
