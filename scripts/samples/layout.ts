/**
 * The one layout rule the formatters the samples imitate (prettier for JavaScript and PHP,
 * black for Python) apply to literals: a bracketed list prints on one line when it fits the
 * width, and otherwise one item a line, indented, each followed by a comma.
 */

/** A piece of code: plain text, brackets around items, or a pair that may break after its head. */
export type Layout = string | Brackets | Pair

export interface Brackets {
  kind: 'brackets'
  /** Everything on the line up to and including the opening bracket, e.g. `"result" => [`. */
  open: string
  items: Layout[]
  close: string
  /** Spaces inside the brackets when printed flat: `{ a: 1 }` rather than `{a: 1}`. */
  padded: boolean
  /** Always one item a line, even when it would fit (a parent of such brackets breaks too). */
  broken: boolean
}

/** `key: value` that, when too long for its line, puts the value on the next line, indented (prettier). */
export interface Pair {
  kind: 'pair'
  head: string
  tail: string
}

export interface LayoutStyle {
  width: number
  indent: string
  /** A comma after the last item of broken brackets. */
  trailingComma: boolean
  /**
   * Black's step between flat and one-a-line: the items together on one indented line
   * between the brackets, when they fit there.
   */
  itemsLineFirst?: boolean
}

export const brackets = (
  open: string,
  items: Layout[],
  close: string,
  options: { padded?: boolean; broken?: boolean } = {},
): Brackets => ({ kind: 'brackets', open, items, close, padded: options.padded ?? false, broken: options.broken ?? false })

export const pair = (head: string, tail: string): Pair => ({ kind: 'pair', head, tail })

/**
 * The layout on one line, or undefined when that would be longer than `budget` UTF-16 units
 * or the layout must break. Stopping at the budget keeps printing linear in the output size.
 */
function flatWithin(layout: Layout, budget: number): string | undefined {
  if (typeof layout === 'string') return layout.length <= budget ? layout : undefined
  if (layout.kind === 'pair') return flatWithin(`${layout.head} ${layout.tail}`, budget)
  if (layout.items.length === 0) return flatWithin(layout.open + layout.close, budget)
  if (layout.broken) return undefined
  const pad = layout.padded ? ' ' : ''
  let text = layout.open + pad
  for (const [i, item] of layout.items.entries()) {
    if (i > 0) text += ', '
    const itemText = flatWithin(item, budget - text.length)
    if (itemText === undefined) return undefined
    text += itemText
  }
  text += pad + layout.close
  return text.length <= budget ? text : undefined
}

// Columns count code points, as the formatters do for the text samples hold; a code point is
// one or two UTF-16 units, so a budget of twice the width never cuts off a line that fits.
const width = (text: string): number => [...text].length

function fitsFlat(layout: Layout, column: number, suffix: string, style: LayoutStyle): string | undefined {
  const text = flatWithin(layout, 2 * (style.width - column) - suffix.length)
  return text !== undefined && column + width(text) + suffix.length <= style.width ? text : undefined
}

/**
 * Prints a layout starting at column `indent.length`, with `suffix` (such as `;` or `,`)
 * following it on its last line.
 */
export function print(layout: Layout, style: LayoutStyle, indent = '', suffix = ''): string {
  if (typeof layout === 'string') return layout
  const oneLine = fitsFlat(layout, indent.length, suffix, style)
  if (oneLine !== undefined) return oneLine
  const inner = indent + style.indent
  if (layout.kind === 'pair') return `${layout.head}\n${inner}${layout.tail}`
  if (layout.items.length === 0) return layout.open + layout.close
  if (style.itemsLineFirst && !layout.broken) {
    const itemsLine = fitsFlat(brackets('', layout.items, ''), inner.length, '', style)
    if (itemsLine !== undefined) return `${layout.open}\n${inner}${itemsLine}\n${indent}${layout.close}`
  }
  const lines = layout.items.map((item, i) => {
    const comma = style.trailingComma || i < layout.items.length - 1 ? ',' : ''
    return inner + print(item, style, inner, comma) + comma
  })
  return `${layout.open}\n${lines.join('\n')}\n${indent}${layout.close}`
}

/** Prefixes every line after the first with `marker`, so a multi-line value stays one comment. */
export const commentLines = (text: string, firstMarker: string, marker: string): string =>
  text
    .split('\n')
    .map((line, i) => (i === 0 ? firstMarker : marker) + line)
    .join('\n')
