// One file because it is the one table of changelog rules; splitting it would class changes in two places.
/**
 * Every kind of API change the diff reports, and what it means for someone who uses the SDK:
 * the release it calls for (semver: major for a break, minor for new or deprecated surface,
 * patch for a change only the docs show). This table is the one place where a change is classed.
 *
 * Request parameters are what a caller sends, so accepting less breaks them; response and
 * resource properties are what a caller reads, so yielding more breaks them.
 */

export type Bump = 'major' | 'minor' | 'patch'

export interface Rule {
  bump: Bump
  /** Short, for a changelog line: "<title>: `name`". */
  title: string
  /** Why the change has this class, for an SDK user. */
  why: string
}

export const rules = {
  // Operations: one SDK method each.
  'operation-removed': {
    bump: 'major',
    title: 'operation removed',
    why: 'the method disappears; code calling it stops compiling',
  },
  'operation-hidden': {
    bump: 'major',
    title: 'operation made undocumented',
    why: 'the method becomes callable only on a client created with isUndocumentedApiEnabled',
  },
  'operation-returns-changed': {
    bump: 'major',
    title: 'return value changed',
    why: 'x-response-key names another property, so the method resolves to something else',
  },
  'operation-added': {
    bump: 'minor',
    title: 'operation added',
    why: 'a new method; existing calls are untouched',
  },
  'operation-published': {
    bump: 'minor',
    title: 'operation documented',
    why: 'an undocumented method becomes part of the default surface',
  },
  'operation-deprecated': {
    bump: 'minor',
    title: 'operation deprecated',
    why: 'calls still work; semver asks for a minor release when public API is deprecated',
  },
  'operation-undeprecated': {
    bump: 'patch',
    title: 'operation no longer deprecated',
    why: 'only the @deprecated tag goes',
  },
  'operation-docs-changed': {
    bump: 'patch',
    title: 'title or description changed',
    why: 'only the JSDoc and docs change',
  },

  // Auth: which credentials an operation accepts.
  'auth-removed': {
    bump: 'major',
    title: 'no longer accepts auth',
    why: 'a client authenticated that way is now rejected by the API',
  },
  'auth-added': {
    bump: 'minor',
    title: 'now accepts auth',
    why: 'one more way to call it; the others still work',
  },

  // Request parameters (JSON body and query string).
  'required-parameter-added': {
    bump: 'major',
    title: 'required parameter added',
    why: 'calls that do not pass it stop compiling and are rejected by the API',
  },
  'parameter-removed': {
    bump: 'major',
    title: 'parameter removed',
    why: 'calls passing it stop compiling (excess property) and may be rejected by the API',
  },
  'parameter-made-required': {
    bump: 'major',
    title: 'parameter made required',
    why: 'calls that leave it out stop compiling',
  },
  'parameter-type-changed': {
    bump: 'major',
    title: 'parameter type changed',
    why: 'it now accepts less than before, so some values that compiled no longer do',
  },
  'parameter-enum-values-removed': {
    bump: 'major',
    title: 'parameter enum values removed',
    why: 'narrowing what a request accepts breaks calls passing the removed values',
  },
  'parameter-variant-removed': {
    bump: 'major',
    title: 'parameter variant removed',
    why: 'the request no longer accepts that shape of the union, so calls passing it stop compiling',
  },
  'parameter-untyped': {
    bump: 'minor',
    title: 'parameter no longer typed',
    why: 'the object holding it now accepts any property, so calls passing it still compile',
  },
  'parameter-added': {
    bump: 'minor',
    title: 'optional parameter added',
    why: 'a new option; existing calls are untouched',
  },
  'parameter-made-optional': {
    bump: 'minor',
    title: 'parameter made optional',
    why: 'existing calls still pass it',
  },
  'parameter-type-widened': {
    bump: 'minor',
    title: 'parameter type widened',
    why: 'it accepts everything it did, and more',
  },
  'parameter-enum-values-added': {
    bump: 'minor',
    title: 'parameter enum values added',
    why: 'widening what a request accepts keeps every existing call valid',
  },
  'parameter-variant-added': {
    bump: 'minor',
    title: 'parameter variant added',
    why: 'one more shape the request accepts; existing calls still match theirs',
  },
  'parameter-constraint-narrowed': {
    bump: 'minor',
    title: 'parameter constraint narrowed',
    why: 'calls still compile (TypeScript types carry no bounds, patterns or formats) and the SDK behaves the same, but the API now rejects some values it accepted, whichever SDK release sends them: check the values you pass',
  },
  'parameter-deprecated': {
    bump: 'minor',
    title: 'parameter deprecated',
    why: 'it still works; semver asks for a minor release',
  },
  'parameter-undeprecated': {
    bump: 'patch',
    title: 'parameter no longer deprecated',
    why: 'only the @deprecated tag goes',
  },

  // Response and resource properties.
  'parameter-constraint-widened': {
    bump: 'patch',
    title: 'parameter constraint widened',
    why: 'the API accepts more values; the types were never narrower, so only the docs change',
  },
  'property-removed': {
    bump: 'major',
    title: 'property removed',
    why: 'code reading it stops compiling',
  },
  'property-made-optional': {
    bump: 'major',
    title: 'property made optional',
    why: 'code reading it must now handle undefined',
  },
  'property-type-changed': {
    bump: 'major',
    title: 'property type changed',
    why: 'it may now hold values code reading it does not expect',
  },
  'property-enum-values-added': {
    bump: 'major',
    title: 'property enum values added',
    why: 'widening what a response holds breaks exhaustive handling of the old values',
  },
  'property-variant-added': {
    bump: 'major',
    title: 'property variant added',
    why: 'a union a response holds gains a variant, which breaks exhaustive handling of the old ones (as enum values do)',
  },
  'property-added': {
    bump: 'minor',
    title: 'property added',
    why: 'more data; existing reads are untouched',
  },
  'property-made-required': {
    bump: 'minor',
    title: 'property made required',
    why: 'it is now always there',
  },
  'property-type-narrowed': {
    bump: 'minor',
    title: 'property type narrowed',
    why: 'it holds a subset of what it did, so code reading it still works',
  },
  'property-enum-values-removed': {
    bump: 'minor',
    title: 'property enum values removed',
    why: 'narrowing what a response holds keeps every existing read valid',
  },
  'property-variant-removed': {
    bump: 'minor',
    title: 'property variant removed',
    why: 'a union a response holds loses a variant, so code handling every old one still works',
  },
  'property-deprecated': {
    bump: 'minor',
    title: 'property deprecated',
    why: 'it is still there; semver asks for a minor release',
  },
  'property-undeprecated': {
    bump: 'patch',
    title: 'property no longer deprecated',
    why: 'only the @deprecated tag goes',
  },

  // Resource schemas (components.schemas): named types users import.
  'schema-removed': {
    bump: 'major',
    title: 'resource schema removed',
    why: 'code naming the type stops compiling',
  },
  'schema-renamed': {
    bump: 'major',
    title: 'resource schema renamed',
    why: 'the same type under a new name: code naming it by the old one stops compiling, everything else is unchanged',
  },
  'schema-added': {
    bump: 'minor',
    title: 'resource schema added',
    why: 'a new type; nothing existing changes',
  },

  // Security schemes (components.securitySchemes): how credentials are sent.
  'security-scheme-removed': {
    bump: 'major',
    title: 'security scheme removed',
    why: 'credentials of that kind are no longer accepted anywhere',
  },
  'security-scheme-changed': {
    bump: 'major',
    title: 'security scheme changed',
    why: 'credentials of that kind must now be sent differently',
  },
  'security-scheme-added': {
    bump: 'minor',
    title: 'security scheme added',
    why: 'a new kind of credentials; the others still work',
  },
} as const satisfies Record<string, Rule>

export type RuleId = keyof typeof rules

/** The rules in the order entries are listed within one operation or schema. */
export const ruleOrder: readonly RuleId[] = Object.keys(rules) as RuleId[]

export const isBreaking = (rule: RuleId): boolean =>
  rules[rule].bump === 'major'

const bumpRank: Record<Bump | 'none', number> = {
  none: 0,
  patch: 1,
  minor: 2,
  major: 3,
}

/** The release a set of changes calls for: the highest of their bumps, or none without changes. */
export function impliedBump(ruleIds: Iterable<RuleId>): Bump | 'none' {
  let highest: Bump | 'none' = 'none'
  for (const id of ruleIds)
    if (bumpRank[rules[id].bump] > bumpRank[highest]) highest = rules[id].bump
  return highest
}
