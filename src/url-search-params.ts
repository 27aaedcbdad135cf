// Query-string serialization with the rules of @seamapi/url-search-params-serializer (which
// @seamapi/http exports): nested objects as dotted names, arrays as repeated names, dates as ISO
// strings, sorted names, and `_strict=true` whenever anything is set. Written here because that
// package needs Node 22, and this SDK supports Node 20.

export type Params = Record<string, unknown>

/** A value the query string cannot hold; the message names the parameter. */
export class UnserializableParamError extends Error {
  override name = 'UnserializableParamError'

  constructor(name: string, message: string) {
    super(`Could not serialize parameter: '${name}' ${message}`)
  }
}

/** `params` as a query string (without `?`), or '' when it sets nothing. */
export const serializeUrlSearchParams = (params: Params): string => {
  const searchParams = new URLSearchParams()
  updateUrlSearchParams(searchParams, params)
  return searchParams.toString()
}

/** Adds `params` to `searchParams`, then sorts them and marks them strict. */
export const updateUrlSearchParams = (
  searchParams: URLSearchParams,
  params: Params,
): void => {
  setParams(searchParams, params, [])
  searchParams.sort()
  if (searchParams.size > 0) searchParams.set('_strict', 'true')
}

const isPlainObject = (value: unknown): value is Params => {
  if (value === null || typeof value !== 'object') return false
  const prototype = Object.getPrototypeOf(value) as unknown
  return prototype === null || prototype === Object.prototype
}

const setParams = (
  searchParams: URLSearchParams,
  params: Params,
  path: string[],
): void => {
  for (const [key, value] of Object.entries(params)) {
    if (key.includes('.')) {
      throw new UnserializableParamError(
        key,
        'contains one or more dots "." in its name which is unsupported',
      )
    }
    const keyPath = [...path, key]
    if (isPlainObject(value)) {
      setParams(searchParams, value, keyPath)
      continue
    }
    const name = keyPath.join('.')
    if (value === undefined || value === '') continue
    if (!Array.isArray(value)) {
      searchParams.set(name, serialize(name, value))
      continue
    }
    if (value.length === 0) {
      searchParams.set(name, '')
      continue
    }
    if (value.length === 1 && value[0] === '') {
      throw new UnserializableParamError(
        name,
        'is a single element array containing the empty string which is unsupported',
      )
    }
    if (value.includes('')) {
      throw new UnserializableParamError(
        name,
        'is an array containing the empty string which is unsupported',
      )
    }
    if (value.some((item) => item == null)) {
      throw new UnserializableParamError(
        name,
        'is an array containing null or undefined values which is unsupported',
      )
    }
    for (const item of value) searchParams.append(name, serialize(name, item))
  }
}

const serialize = (name: string, value: unknown): string => {
  if (value === null) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      throw new UnserializableParamError(name, `is ${value}`)
    return value.toString()
  }
  if (typeof value === 'bigint' || typeof value === 'boolean')
    return value.toString()
  if (
    value instanceof Date ||
    Object.prototype.toString.call(value) === '[object Date]'
  )
    return (value as Date).toISOString()
  const epoch = (value as { epochMilliseconds?: unknown } | undefined)
    ?.epochMilliseconds
  if (typeof epoch === 'number' && !Number.isNaN(epoch))
    return new Date(epoch).toISOString()
  throw new UnserializableParamError(name, `is a ${typeof value}`)
}
