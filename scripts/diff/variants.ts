// One file because pairing a union's variants is one algorithm: discriminators, then shape, then likeness.
import type { Alternative, Property, SchemaReader } from './schema.js'

type ObjectAlternative = Extract<Alternative, { kind: 'object' }>

/** Which side of a call a schema is on: what a caller sends, or what it reads. */
export type Side = 'request' | 'response'

/** What matching needs of compare.ts's SchemaComparer (named here so the two do not import each other). */
export interface VariantComparer {
  readonly before: SchemaReader
  readonly after: SchemaReader
  compareObjects(
    old: ObjectAlternative,
    next: ObjectAlternative,
    side: Side,
  ): readonly unknown[]
}

export interface VariantMatch {
  /** Variants in both specs, each labelled as the new spec has it. */
  pairs: Array<{
    old: ObjectAlternative
    next: ObjectAlternative
    label: string
  }>
  added: Array<{ label: string }>
  removed: Array<{ label: string }>
}

/** The one literal value a property can hold (`enum: ["lock.unlocked"]`), as text. */
function literalOf(
  reader: SchemaReader,
  property: Property | undefined,
): string | undefined {
  if (property === undefined) return undefined
  const { alternatives } = reader.meaning(property.schema)
  const [only] = alternatives
  if (alternatives.length !== 1 || only?.kind !== 'value') return undefined
  return typeof only.value === 'string'
    ? only.value
    : JSON.stringify(only.value)
}

const largestKeySet = 3

/**
 * The properties that tell the variants of a union apart: each holds one literal value in every
 * variant of both specs, and together their values differ between any two variants of a spec
 * (`event_type`; `action_type` + `status`; `error_code`). The fewest such properties, the first
 * by name among sets of that size; undefined when there are none.
 */
function discriminatingKeys(sides: Array<[SchemaReader, ObjectAlternative[]]>):
  | {
      names: string[]
      keyOf: (reader: SchemaReader, variant: ObjectAlternative) => string
    }
  | undefined {
  const candidates = [...sides[0]![1][0]!.properties.keys()]
    .filter((name) =>
      sides.every(([reader, variants]) =>
        variants.every(
          (v) => literalOf(reader, v.properties.get(name)) !== undefined,
        ),
      ),
    )
    .sort()
  const keyOf =
    (names: string[]) => (reader: SchemaReader, variant: ObjectAlternative) =>
      names
        .map((name) => literalOf(reader, variant.properties.get(name))!)
        .join(', ')
  const unique = (names: string[]): boolean =>
    sides.every(
      ([reader, variants]) =>
        new Set(variants.map((v) => keyOf(names)(reader, v))).size ===
        variants.length,
    )
  const search = (
    size: number,
    from: number,
    chosen: string[],
  ): string[] | undefined => {
    if (chosen.length === size) return unique(chosen) ? chosen : undefined
    for (let i = from; i < candidates.length; i++) {
      const found = search(size, i + 1, [...chosen, candidates[i]!])
      if (found !== undefined) return found
    }
    return undefined
  }
  for (
    let size = 1;
    size <= Math.min(largestKeySet, candidates.length);
    size++
  ) {
    const names = search(size, 0, [])
    if (names !== undefined) return { names, keyOf: keyOf(names) }
  }
  return undefined
}

/**
 * A label for each variant without discriminating values: the properties it requires that not
 * every variant requires, else those it has that not every variant has, else its position.
 */
function labelsOf(
  reader: SchemaReader,
  variants: ObjectAlternative[],
): string[] {
  const keys = discriminatingKeys([[reader, variants]])
  if (keys !== undefined)
    return variants.map((variant) => keys.keyOf(reader, variant))
  const disjoint = disjointLiterals(reader, variants)
  if (disjoint !== undefined) return disjoint
  return shapeLabels(variants)
}

/**
 * Labels from a property whose enum values differ between any two variants (`error_code` with
 * `"a" | "b"` in one variant and `"c"` in another), the first such by name.
 */
function disjointLiterals(
  reader: SchemaReader,
  variants: ObjectAlternative[],
): string[] | undefined {
  const literalsOf = (
    variant: ObjectAlternative,
    name: string,
  ): string[] | undefined => {
    const property = variant.properties.get(name)
    if (property === undefined) return undefined
    const { alternatives } = reader.meaning(property.schema)
    const values = alternatives.map((a) =>
      a.kind !== 'value'
        ? undefined
        : typeof a.value === 'string'
          ? a.value
          : JSON.stringify(a.value),
    )
    return values.every((value) => value !== undefined)
      ? (values as string[])
      : undefined
  }
  for (const name of [...variants[0]!.properties.keys()].sort()) {
    const sets = variants.map((variant) => literalsOf(variant, name))
    if (sets.some((set) => set === undefined || set.length === 0)) continue
    const all = sets.flatMap((set) => set!)
    if (new Set(all).size === all.length)
      return sets.map((set) => `${name}: ${set!.join(' | ')}`)
  }
  return undefined
}

function shapeLabels(variants: ObjectAlternative[]): string[] {
  const everywhere = (name: string, required: boolean): boolean =>
    variants.every(
      (v) =>
        v.properties.has(name) &&
        (!required || v.properties.get(name)!.required),
    )
  const labels = variants.map((variant, index) => {
    const names = [...variant.properties.keys()].sort()
    const requiredOnly = names.filter(
      (name) =>
        variant.properties.get(name)!.required && !everywhere(name, true),
    )
    if (requiredOnly.length > 0) return requiredOnly.join(', ')
    const own = names.filter((name) => !everywhere(name, false))
    return own.length > 0 ? own.join(', ') : `variant ${index + 1}`
  })
  return labels.map((label, index) =>
    labels.indexOf(label) === labels.lastIndexOf(label)
      ? label
      : `${label} #${index + 1}`,
  )
}

/** How alike two variants are by the names of their properties (0 to 1). */
function likeness(a: ObjectAlternative, b: ObjectAlternative): number {
  const names = new Set([...a.properties.keys(), ...b.properties.keys()])
  if (names.size === 0) return 1
  return (
    [...names].filter(
      (name) => a.properties.has(name) && b.properties.has(name),
    ).length / names.size
  )
}

/**
 * Pairs the variants of a union in two specs: by their discriminating values when they have
 * some; else a variant that compares as unchanged first, then by likeness, and the last two
 * left together. The rest were added or removed.
 */
export function matchVariants(
  comparer: VariantComparer,
  old: ObjectAlternative[],
  next: ObjectAlternative[],
  side: Side,
): VariantMatch {
  const keys = discriminatingKeys([
    [comparer.before, old],
    [comparer.after, next],
  ])
  if (keys !== undefined) {
    const oldByKey = new Map(
      old.map((variant) => [keys.keyOf(comparer.before, variant), variant]),
    )
    const newKeys = next.map((variant) => keys.keyOf(comparer.after, variant))
    const kept = new Set(newKeys)
    return {
      pairs: next.flatMap((variant, i) => {
        const was = oldByKey.get(newKeys[i]!)
        return was === undefined
          ? []
          : [{ old: was, next: variant, label: newKeys[i]! }]
      }),
      added: newKeys
        .filter((key) => !oldByKey.has(key))
        .map((label) => ({ label })),
      removed: [...oldByKey.keys()]
        .filter((key) => !kept.has(key))
        .map((label) => ({ label })),
    }
  }

  const [oldLabels, newLabels] = [
    labelsOf(comparer.before, old),
    labelsOf(comparer.after, next),
  ]
  // A union that became one object (or the reverse) is named by the side that has variants.
  const pairLabel = (i: number, j: number): string =>
    next.length === 1 && old.length > 1 ? oldLabels[i]! : newLabels[j]!
  const oldLeft = new Set(old.keys())
  const newLeft = new Set(next.keys())
  const pairs: Array<[number, number]> = []
  const pair = (i: number, j: number): void => {
    pairs.push([i, j])
    oldLeft.delete(i)
    newLeft.delete(j)
  }
  for (const i of old.keys()) {
    const same = [...newLeft].find(
      (j) => comparer.compareObjects(old[i]!, next[j]!, side).length === 0,
    )
    if (same !== undefined) pair(i, same)
  }
  const candidates = [...oldLeft]
    .flatMap((i) =>
      [...newLeft].map((j) => ({ i, j, score: likeness(old[i]!, next[j]!) })),
    )
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j)
  for (const { i, j } of candidates)
    if (oldLeft.has(i) && newLeft.has(j)) pair(i, j)
  if (oldLeft.size === 1 && newLeft.size === 1)
    pair([...oldLeft][0]!, [...newLeft][0]!)
  return {
    pairs: pairs
      .sort((a, b) => a[1] - b[1])
      .map(([i, j]) => ({
        old: old[i]!,
        next: next[j]!,
        label: pairLabel(i, j),
      })),
    added: [...newLeft].map((j) => ({ label: newLabels[j]! })),
    removed: [...oldLeft].map((i) => ({ label: oldLabels[i]! })),
  }
}
