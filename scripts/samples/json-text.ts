/**
 * JSON as the samples show it: two-space indented, with the characters JSON allows raw but
 * that no reader can see or that end lines in some editors (C1 controls, DEL, U+2028/2029)
 * written as `\u` escapes, which parse to the same value.
 */
export const jsonText = (value: unknown): string =>
  JSON.stringify(value, null, 2).replace(
    /[\x7f-\x9f\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
