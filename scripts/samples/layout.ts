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
): Brackets => ({
  kind: 'brackets',
  open,
  items,
  close,
  padded: options.padded ?? false,
  broken: options.broken ?? false,
})

export const pair = (head: string, tail: string): Pair => ({
  kind: 'pair',
  head,
  tail,
})

/**
 * The layout on one line, or undefined when that would be longer than `budget` UTF-16 units
 * or the layout must break. Stopping at the budget keeps printing linear in the output size.
 */
function flatWithin(layout: Layout, budget: number): string | undefined {
  if (typeof layout === 'string')
    return layout.length <= budget ? layout : undefined
  if (layout.kind === 'pair')
    return flatWithin(`${layout.head} ${layout.tail}`, budget)
  if (layout.items.length === 0)
    return flatWithin(layout.open + layout.close, budget)
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

// An emoji (with its modifiers and joined parts) or a pair of regional indicators (a flag).
const emoji =
  /\p{Extended_Pictographic}(?:\uFE0F|[\u{1F3FB}-\u{1F3FF}]|\u200D\p{Extended_Pictographic}\uFE0F?)*|\p{Regional_Indicator}{2}/gu
// East Asian wide and fullwidth characters: Hangul Jamo, CJK, Hangul syllables, compatibility forms, fullwidth forms.
const wide =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u
const zeroWidth = /[\p{Cc}\u0300-\u036F]/u

/**
 * Columns a text takes as prettier counts them: emoji and East Asian wide characters two,
 * control characters and combining accents none, the rest one.
 */
export function displayWidth(text: string): number {
  if (/^[\x20-\x7e]*$/.test(text)) return text.length
  let columns = 0
  for (const char of text.replace(emoji, '  '))
    columns += wide.test(char) ? 2 : zeroWidth.test(char) ? 0 : 1
  return columns
}

/**
 * The layout on one line if it fits. The search stops at four UTF-16 units a column, more than
 * any text that fits can hold but a joined emoji sequence (escaped controls take a column each).
 */
function fitsFlat(
  layout: Layout,
  column: number,
  suffix: string,
  style: LayoutStyle,
): string | undefined {
  const text = flatWithin(layout, 4 * (style.width - column))
  return text !== undefined &&
    column + displayWidth(text) + suffix.length <= style.width
    ? text
    : undefined
}

/**
 * Prints a layout starting at column `indent.length`, with `suffix` (such as `;` or `,`)
 * following it on its last line.
 */
export function print(
  layout: Layout,
  style: LayoutStyle,
  indent = '',
  suffix = '',
): string {
  if (typeof layout === 'string') return layout
  const oneLine = fitsFlat(layout, indent.length, suffix, style)
  if (oneLine !== undefined) return oneLine
  const inner = indent + style.indent
  if (layout.kind === 'pair') return `${layout.head}\n${inner}${layout.tail}`
  if (layout.items.length === 0) return layout.open + layout.close
  if (style.itemsLineFirst && !layout.broken) {
    const itemsLine = fitsFlat(
      brackets('', layout.items, ''),
      inner.length,
      '',
      style,
    )
    if (itemsLine !== undefined)
      return `${layout.open}\n${inner}${itemsLine}\n${indent}${layout.close}`
  }
  const lines = layout.items.map((item, i) => {
    const comma = style.trailingComma || i < layout.items.length - 1 ? ',' : ''
    return inner + print(item, style, inner, comma) + comma
  })
  return `${layout.open}\n${lines.join('\n')}\n${indent}${layout.close}`
}

/** Prefixes every line after the first with `marker`, so a multi-line value stays one comment. */
export const commentLines = (
  text: string,
  firstMarker: string,
  marker: string,
): string =>
  text
    .split('\n')
    .map((line, i) => (i === 0 ? firstMarker : marker) + line)
    .join('\n')
