/**
 * The one layout rule the formatters the samples imitate (prettier for JavaScript and PHP,
 * black for Python) apply to literals: a bracketed list prints on one line when it fits the
 * width, and otherwise one item a line, indented, each followed by a comma.
 */

/** A piece of code: plain text, or brackets around items that may break across lines. */
export type Layout = string | Brackets

export interface Brackets {
  /** Everything on the line up to and including the opening bracket, e.g. `"result" => [`. */
  open: string
  items: Layout[]
  close: string
  /** Spaces inside the brackets when printed flat: `{ a: 1 }` rather than `{a: 1}`. */
  padded?: boolean
  /** Always one item a line, even when it would fit (a parent of such brackets breaks too). */
  broken?: boolean
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

export const brackets = (open: string, items: Layout[], close: string, options: Partial<Brackets> = {}): Brackets => ({
  open,
  items,
  close,
  ...options,
})

const mustBreak = (layout: Layout): boolean =>
  typeof layout !== 'string' && layout.items.length > 0 && (layout.broken === true || layout.items.some(mustBreak))

/** The layout on a single line. */
export function flat(layout: Layout): string {
  if (typeof layout === 'string') return layout
  if (layout.items.length === 0) return layout.open + layout.close
  const pad = layout.padded ? ' ' : ''
  return `${layout.open}${pad}${layout.items.map(flat).join(', ')}${pad}${layout.close}`
}

/**
 * Prints a layout starting at column `indent.length`, with `suffix` (such as `;` or `,`)
 * following it on its last line.
 */
export function print(layout: Layout, style: LayoutStyle, indent = '', suffix = ''): string {
  const oneLine = flat(layout)
  if (typeof layout === 'string') return oneLine
  if (!mustBreak(layout) && fits(indent + oneLine + suffix, style)) return oneLine
  const inner = indent + style.indent
  if (style.itemsLineFirst && !mustBreak(layout)) {
    const itemsLine = layout.items.map(flat).join(', ')
    if (fits(inner + itemsLine, style)) return `${layout.open}\n${inner}${itemsLine}\n${indent}${layout.close}`
  }
  const lines = layout.items.map((item, i) => {
    const comma = style.trailingComma || i < layout.items.length - 1 ? ',' : ''
    return inner + print(item, style, inner, comma) + comma
  })
  return `${layout.open}\n${lines.join('\n')}\n${indent}${layout.close}`
}

// Column widths count code points, as the formatters do for the text samples hold.
const fits = (line: string, style: LayoutStyle): boolean => !line.includes('\n') && [...line].length <= style.width

/** Prefixes every line after the first with `marker`, so a multi-line value stays one comment. */
export const commentLines = (text: string, firstMarker: string, marker: string): string =>
  text
    .split('\n')
    .map((line, i) => (i === 0 ? firstMarker : marker) + line)
    .join('\n')
