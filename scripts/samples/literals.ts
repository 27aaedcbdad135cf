/** What the Go, Java and C# renderers write alike: JSON's string escapes are theirs, and so are its numbers, nearly. */

/** Characters a reader cannot see (controls, format characters, line and paragraph separators). */
export const invisible = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu

/** `\uXXXX` for each UTF-16 unit of a character, as Java and C# write escapes. */
export const utf16Escapes = (char: string): string =>
  Array.from(
    { length: char.length },
    (_, i) => `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`,
  ).join('')

/**
 * A number literal. Past 2^53 a whole number is a float in JSON; without a `.0` or an exponent
 * these languages would read it as an integer constant and reject it as too large.
 */
export function numberLiteral(value: number): string {
  const text = String(value)
  return Number.isSafeInteger(value) || /[.e]/.test(text) ? text : `${text}.0`
}
