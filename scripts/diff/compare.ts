// One file because comparing two schemas by meaning is one recursion over their alternatives.
import type { RuleId } from './rules.js'
import {
  admits,
  arrayOfKinds,
  constraintKeywords,
  describeKinds,
  sameKinds,
  schemaRefName,
  splitLiterals,
  type Alternative,
  type ConstraintKeyword,
  type Constraints,
  type Kinds,
  type SchemaReader,
} from './schema.js'
import { matchVariants, type Side, type VariantMatch } from './variants.js'

/** A change found in a schema; `member` is relative to it, dotted (`settings.auto_lock`, `devices[].name`, `[lock.unlocked].device_id`). */
export interface Change {
  rule: RuleId
  member?: string
  detail?: string
}

type ObjectAlternative = Extract<Alternative, { kind: 'object' }>

const join = (prefix: string, name: string): string =>
  prefix === ''
    ? name
    : name === '' || name.startsWith('[')
      ? `${prefix}${name}`
      : `${prefix}.${name}`
const within = (prefix: string, changes: readonly Change[]): Change[] =>
  changes.map((change) => ({
    ...change,
    member: join(prefix, change.member ?? ''),
  }))

/**
 * Compares the schemas of two specs by meaning (see SchemaReader): a `$ref` and the inline copy
 * of what it names, a renamed component and the original, an `allOf` and the object it merges to
 * compare as the same. Results are kept per pair of schemas, so a resource schema many
 * operations share is compared once.
 */
export class SchemaComparer {
  private readonly results = new Map<
    string,
    WeakMap<object, WeakMap<object, Change[] | typeof comparing>>
  >()

  /**
   * `reportedApart(name)`: changes inside a resource schema that both specs have under that
   * name and reach by `$ref` are listed once, under the schema, and not again wherever a
   * response names it.
   */
  constructor(
    readonly before: SchemaReader,
    readonly after: SchemaReader,
    private readonly reportedApart: (name: string) => boolean,
  ) {}

  /** The changes from one schema to the other; `member` empty for the schema itself. */
  compare(old: unknown, next: unknown, side: Side, showKinds = true): Change[] {
    const name = schemaRefName(old)
    if (
      side === 'response' &&
      name !== undefined &&
      name === schemaRefName(next) &&
      this.reportedApart(name)
    )
      return []
    const oldSchema = this.before.resolve(old) ?? emptySchema
    const newSchema = this.after.resolve(next) ?? emptySchema
    const key = `${side}:${showKinds}`
    let byOld = this.results.get(key)
    if (byOld === undefined) this.results.set(key, (byOld = new WeakMap()))
    let byNew = byOld.get(oldSchema)
    if (byNew === undefined) byOld.set(oldSchema, (byNew = new WeakMap()))
    const known = byNew.get(newSchema)
    // A schema reached again inside itself (a recursive schema) is being compared already.
    if (known === comparing) return []
    if (known !== undefined) return known
    byNew.set(newSchema, comparing)
    try {
      const changes = this.changes(oldSchema, newSchema, side, showKinds)
      byNew.set(newSchema, changes)
      return changes
    } catch (error) {
      byNew.delete(newSchema)
      throw error
    }
  }

  private changes(
    old: unknown,
    next: unknown,
    side: Side,
    showKinds: boolean,
  ): Change[] {
    const oldKinds = this.before.kinds(old)
    const newKinds = this.after.kinds(next)
    const kindChanges = showKinds ? diffKinds('', oldKinds, newKinds, side) : []
    const changes = [...kindChanges]
    const oldAlternatives = this.before.meaning(old).alternatives
    const newAlternatives = this.after.meaning(next).alternatives

    const [oldArrays, newArrays] = [
      arraysIn(oldAlternatives),
      arraysIn(newAlternatives),
    ]
    if (oldArrays.length === 1 && newArrays.length === 1) {
      const [was, now] = [oldArrays[0]!, newArrays[0]!]
      if (side === 'request')
        changes.push(...diffConstraints('', was.constraints, now.constraints))
      // The kinds of the items are in the array's kinds: said above, unless the arrays alone differ.
      const itemsShown = showKinds && kindChanges.length === 0
      changes.push(
        ...within('[]', this.compare(was.items, now.items, side, itemsShown)),
      )
    }
    if (side === 'request') {
      for (const [was, now] of sameTypes(oldAlternatives, newAlternatives))
        changes.push(...diffConstraints('', was.constraints, now.constraints))
    }

    const [oldObjects, newObjects] = [
      objectsIn(oldAlternatives),
      objectsIn(newAlternatives),
    ]
    if (oldObjects.length === 1 && newObjects.length === 1)
      changes.push(...this.compareObjects(oldObjects[0]!, newObjects[0]!, side))
    else if (oldObjects.length > 0 && newObjects.length > 0)
      changes.push(...this.compareVariants(oldObjects, newObjects, side))
    return changes
  }

  /** Properties added, removed, made required or optional, deprecated or not, and what changed in each. */
  compareObjects(
    old: ObjectAlternative,
    next: ObjectAlternative,
    side: Side,
  ): Change[] {
    const request = side === 'request'
    const changes: Change[] = []
    for (const [name, property] of next.properties) {
      if (old.properties.has(name)) continue
      const rule = request
        ? property.required
          ? 'required-parameter-added'
          : 'parameter-added'
        : 'property-added'
      changes.push({
        rule,
        member: name,
        detail: describeKinds(this.after.kinds(property.schema, true)),
      })
    }
    for (const name of old.properties.keys()) {
      if (next.properties.has(name)) continue
      // A parameter whose object now takes any property is still accepted, just no longer typed.
      const rule = !request
        ? 'property-removed'
        : next.open
          ? 'parameter-untyped'
          : 'parameter-removed'
      changes.push({ rule, member: name })
    }
    for (const [name, property] of next.properties) {
      const was = old.properties.get(name)
      if (was === undefined) continue
      if (was.required !== property.required) {
        const rule = request
          ? property.required
            ? 'parameter-made-required'
            : 'parameter-made-optional'
          : property.required
            ? 'property-made-required'
            : 'property-made-optional'
        changes.push({ rule, member: name })
      }
      const [wasDeprecated, isDeprecated] = [
        this.before.deprecated(was.schema),
        this.after.deprecated(property.schema),
      ]
      if (wasDeprecated !== isDeprecated) {
        const rule = request
          ? isDeprecated
            ? 'parameter-deprecated'
            : 'parameter-undeprecated'
          : isDeprecated
            ? 'property-deprecated'
            : 'property-undeprecated'
        changes.push({ rule, member: name })
      }
      changes.push(
        ...within(name, this.compare(was.schema, property.schema, side)),
      )
    }
    return changes
  }

  /**
   * A union of objects, compared variant by variant (see matchVariants). A change every pair of
   * variants shares is listed once, for the union; the others name their variant.
   */
  private compareVariants(
    old: ObjectAlternative[],
    next: ObjectAlternative[],
    side: Side,
  ): Change[] {
    const match = matchVariants(this, old, next, side)
    const perPair = match.pairs.map(({ old: was, next: now, label }) => ({
      label,
      changes: this.compareObjects(was, now, side),
    }))
    const keyOf = (change: Change): string =>
      `${change.rule}\n${change.member ?? ''}\n${change.detail ?? ''}`
    const counts = new Map<string, number>()
    for (const { changes } of perPair)
      for (const key of new Set(changes.map(keyOf)))
        counts.set(key, (counts.get(key) ?? 0) + 1)
    const shared = (change: Change): boolean =>
      perPair.length > 1 && counts.get(keyOf(change)) === perPair.length
    const changes: Change[] = []
    const listed = new Set<string>()
    for (const { label, changes: own } of perPair) {
      for (const change of own) {
        if (!shared(change)) changes.push(...within(`[${label}]`, [change]))
        else if (!listed.has(keyOf(change))) {
          listed.add(keyOf(change))
          changes.push(change)
        }
      }
    }
    changes.push(
      ...variantChanges(
        match,
        side,
        next.some((variant) => variant.open),
      ),
    )
    return changes
  }
}

const emptySchema = { type: 'object', properties: {} }
const comparing = Symbol('comparing')

/**
 * Variants added or removed, one entry per union listing their labels. A request variant
 * removed from a union that now has an object taking any property is still accepted, untyped.
 */
function variantChanges(
  match: VariantMatch,
  side: Side,
  openNow: boolean,
): Change[] {
  const request = side === 'request'
  const listed = (variants: Array<{ label: string }>): string =>
    variants
      .map(({ label }) => `[${label}]`)
      .sort()
      .join(', ')
  const removedRule: Change['rule'] = !request
    ? 'property-variant-removed'
    : openNow
      ? 'parameter-untyped'
      : 'parameter-variant-removed'
  return [
    ...(match.added.length > 0
      ? [
          {
            rule: request
              ? ('parameter-variant-added' as const)
              : ('property-variant-added' as const),
            detail: listed(match.added),
          },
        ]
      : []),
    ...(match.removed.length > 0
      ? [{ rule: removedRule, detail: listed(match.removed) }]
      : []),
  ]
}

const objectsIn = (alternatives: Alternative[]): ObjectAlternative[] =>
  alternatives.filter((a): a is ObjectAlternative => a.kind === 'object')
const arraysIn = (alternatives: Alternative[]) =>
  alternatives.filter((a) => a.kind === 'array')

/** Primitive alternatives of the same type, one on each side. */
function sameTypes(
  old: Alternative[],
  next: Alternative[],
): Array<[{ constraints: Constraints }, { constraints: Constraints }]> {
  const byType = (alternatives: Alternative[]) => {
    const types = alternatives.filter((a) => a.kind === 'type')
    return new Map(
      types
        .filter((a) => types.filter((b) => b.type === a.type).length === 1)
        .map((a) => [a.type, a]),
    )
  }
  const [was, now] = [byType(old), byType(next)]
  return [...now]
    .filter(([type]) => was.has(type))
    .map(([type, alternative]) => [was.get(type)!, alternative])
}

/** Type changes of one member; an array whose items change is reported as its items (`name[]`), enum values and all. */
export function diffKinds(
  name: string,
  was: Kinds,
  now: Kinds,
  side: Side,
): Change[] {
  if (sameKinds(was, now)) return []
  const [wasArray, nowArray] = [arrayOfKinds(was), arrayOfKinds(now)]
  if (
    wasArray !== undefined &&
    nowArray !== undefined &&
    wasArray.others.join('\n') === nowArray.others.join('\n')
  ) {
    return diffKinds(join(name, '[]'), wasArray.items, nowArray.items, side)
  }
  const request = side === 'request'
  const member = name === '' ? {} : { member: name }
  const before = splitLiterals(was)
  const after = splitLiterals(now)
  if (
    before.others.join('\n') === after.others.join('\n') &&
    before.literals.length > 0 &&
    after.literals.length > 0
  ) {
    const added = after.literals.filter(
      (value) => !before.literals.includes(value),
    )
    const removed = before.literals.filter(
      (value) => !after.literals.includes(value),
    )
    const addedRule = request
      ? 'parameter-enum-values-added'
      : 'property-enum-values-added'
    const removedRule = request
      ? 'parameter-enum-values-removed'
      : 'property-enum-values-removed'
    return [
      ...(added.length > 0
        ? [{ rule: addedRule, ...member, detail: added.join(', ') } as const]
        : []),
      ...(removed.length > 0
        ? [
            {
              rule: removedRule,
              ...member,
              detail: removed.join(', '),
            } as const,
          ]
        : []),
    ]
  }
  const detail = `${describeKinds(was)} -> ${describeKinds(now)}`
  const rule = request
    ? admits(now, was)
      ? 'parameter-type-widened'
      : 'parameter-type-changed'
    : admits(was, now)
      ? 'property-type-narrowed'
      : 'property-type-changed'
  return [{ rule, ...member, detail }]
}

const lowerBounds = new Set<ConstraintKeyword>([
  'minimum',
  'exclusiveMinimum',
  'minLength',
  'minItems',
])
const upperBounds = new Set<ConstraintKeyword>([
  'maximum',
  'exclusiveMaximum',
  'maxLength',
  'maxItems',
])

/**
 * Whether a request value's constraint now rejects values it accepted (narrowed) or accepts
 * values it rejected (widened). A bound is narrowed when added or moved inwards; a `pattern` or
 * `format` when added or changed. OpenAPI 3.0's boolean `exclusiveMinimum` narrows when set.
 */
function constraintDirection(
  keyword: ConstraintKeyword,
  was: unknown,
  now: unknown,
): 'narrowed' | 'widened' | undefined {
  if (JSON.stringify(was) === JSON.stringify(now)) return undefined
  if (was === undefined || was === false) return 'narrowed'
  if (now === undefined || now === false) return 'widened'
  if (typeof was === 'number' && typeof now === 'number') {
    if (lowerBounds.has(keyword)) return now > was ? 'narrowed' : 'widened'
    if (upperBounds.has(keyword)) return now < was ? 'narrowed' : 'widened'
  }
  return 'narrowed'
}

function diffConstraints(
  name: string,
  was: Constraints,
  now: Constraints,
): Change[] {
  const show = (value: unknown): string =>
    value === undefined ? 'none' : JSON.stringify(value)
  const moved = { narrowed: [] as string[], widened: [] as string[] }
  for (const keyword of constraintKeywords) {
    const direction = constraintDirection(keyword, was[keyword], now[keyword])
    if (direction !== undefined)
      moved[direction].push(
        `${keyword} ${show(was[keyword])} -> ${show(now[keyword])}`,
      )
  }
  const member = name === '' ? {} : { member: name }
  return [
    ...(moved.narrowed.length > 0
      ? [
          {
            rule: 'parameter-constraint-narrowed' as const,
            ...member,
            detail: moved.narrowed.join(', '),
          },
        ]
      : []),
    ...(moved.widened.length > 0
      ? [
          {
            rule: 'parameter-constraint-widened' as const,
            ...member,
            detail: moved.widened.join(', '),
          },
        ]
      : []),
  ]
}
