/**
 * A small copy of prettier's document printer: the commands that prettier's TypeScript printer
 * uses for the code the emitters write (groups, indentation, lines, if-break) and its
 * `printDocToString`. The emitters build documents with these and print them, so their output is
 * what prettier would make of it without running prettier.
 */

// Prettier's default, which .prettierrc.json keeps.
export const printWidth = 80

// A document as prettier's printer takes it, reduced to the commands used here.
export type Doc = string | Doc[] | Group | Indent | Line | IfBreak
interface Group {
  kind: 'group'
  contents: Doc
  breaks: boolean
}
interface Indent {
  kind: 'indent'
  /** Spaces added to the indentation. */
  width: number
  contents: Doc
}
interface Line {
  kind: 'line'
  /** Nothing when flat (a space otherwise). */
  soft: boolean
  /** Always breaks, and breaks every group around it. */
  hard: boolean
}
interface IfBreak {
  kind: 'if-break'
  broken: Doc
  flat: Doc
}

export const group = (contents: Doc): Group => ({
  kind: 'group',
  contents,
  breaks: false,
})
export const indent = (contents: Doc): Indent => ({
  kind: 'indent',
  width: 2,
  contents,
})
export const align = (width: number, contents: Doc): Indent => ({
  kind: 'indent',
  width,
  contents,
})
export const line: Line = { kind: 'line', soft: false, hard: false }
export const softline: Line = { kind: 'line', soft: true, hard: false }
export const hardline: Line = { kind: 'line', soft: false, hard: true }
export const ifBreak = (broken: Doc, flat: Doc = ''): IfBreak => ({
  kind: 'if-break',
  broken,
  flat,
})
export const join = (separator: Doc, docs: Doc[]): Doc[] =>
  docs.flatMap((doc, i) => (i === 0 ? [doc] : [separator, doc]))

/** Marks every group that holds a hard line as broken; true when `doc` holds one. */
function propagateBreaks(doc: Doc): boolean {
  if (typeof doc === 'string') return false
  if (Array.isArray(doc)) return doc.map(propagateBreaks).includes(true)
  switch (doc.kind) {
    case 'line':
      return doc.hard
    case 'group':
      doc.breaks = propagateBreaks(doc.contents) || doc.breaks
      return doc.breaks
    case 'indent':
      return propagateBreaks(doc.contents)
    case 'if-break':
      return [propagateBreaks(doc.broken), propagateBreaks(doc.flat)].includes(
        true,
      )
  }
}

type Mode = 'flat' | 'break'
interface Command {
  indentation: number
  mode: Mode
  doc: Doc
}

/** Prettier's `fits`: whether `next`, then the rest up to the first line break, fits in `width`. */
function fits(next: Command, rest: Command[], width: number): boolean {
  let restIndex = rest.length
  const commands = [next]
  while (width >= 0) {
    const command =
      commands.pop() ?? (restIndex === 0 ? undefined : rest[--restIndex])
    if (command === undefined) return true
    const { mode, doc } = command
    if (typeof doc === 'string') width -= stringWidth(doc)
    else if (Array.isArray(doc))
      for (let i = doc.length - 1; i >= 0; i--)
        commands.push({ ...command, doc: doc[i]! })
    else if (doc.kind === 'indent')
      commands.push({ ...command, doc: doc.contents })
    else if (doc.kind === 'group')
      commands.push({
        ...command,
        mode: doc.breaks ? 'break' : mode,
        doc: doc.contents,
      })
    else if (doc.kind === 'if-break')
      commands.push({
        ...command,
        doc: mode === 'break' ? doc.broken : doc.flat,
      })
    else if (mode === 'break' || doc.hard) return true
    else if (!doc.soft) width -= 1
  }
  return false
}

/** Columns a string takes, as prettier counts them (wide East Asian characters take two). */
function stringWidth(text: string): number {
  if (/^[\u0000-\u024f]*$/.test(text)) return text.length
  let width = 0
  for (const character of text) {
    const code = character.codePointAt(0)!
    if (/\p{Mark}/u.test(character) || code === 0x200b) continue
    width +=
      /\p{Extended_Pictographic}/u.test(character) || isWide(code) ? 2 : 1
  }
  return width
}

const isWide = (code: number): boolean =>
  (code >= 0x1100 && code <= 0x115f) ||
  (code >= 0x2e80 && code <= 0xa4cf && code !== 0x303f) ||
  (code >= 0xac00 && code <= 0xd7a3) ||
  (code >= 0xf900 && code <= 0xfaff) ||
  (code >= 0xfe30 && code <= 0xfe4f) ||
  (code >= 0xff00 && code <= 0xff60) ||
  (code >= 0xffe0 && code <= 0xffe6) ||
  (code >= 0x20000 && code <= 0x3fffd)

/** Prettier's `printDocToString`, for the commands above. */
export function printDoc(doc: Doc, startIndentation = 0): string {
  propagateBreaks(doc)
  const out: string[] = []
  let column = startIndentation
  const commands: Command[] = [
    { indentation: startIndentation, mode: 'break', doc },
  ]
  for (
    let command = commands.pop();
    command !== undefined;
    command = commands.pop()
  ) {
    const { indentation, mode, doc } = command
    if (typeof doc === 'string') {
      out.push(doc)
      column += stringWidth(doc)
    } else if (Array.isArray(doc)) {
      for (let i = doc.length - 1; i >= 0; i--)
        commands.push({ indentation, mode, doc: doc[i]! })
    } else if (doc.kind === 'indent') {
      commands.push({
        indentation: indentation + doc.width,
        mode,
        doc: doc.contents,
      })
    } else if (doc.kind === 'group') {
      const flat: Command = { indentation, mode: 'flat', doc: doc.contents }
      const fitsFlat =
        mode === 'flat'
          ? !doc.breaks
          : !doc.breaks && fits(flat, commands, printWidth - column)
      commands.push(
        fitsFlat ? flat : { indentation, mode: 'break', doc: doc.contents },
      )
    } else if (doc.kind === 'if-break') {
      commands.push({
        indentation,
        mode,
        doc: mode === 'break' ? doc.broken : doc.flat,
      })
    } else if (mode === 'flat' && !doc.hard) {
      if (!doc.soft) {
        out.push(' ')
        column += 1
      }
    } else {
      // A new line: trailing spaces go, as prettier's `trim` does.
      const last = out.length - 1
      if (last >= 0) out[last] = out[last]!.replace(/[ \t]+$/, '')
      out.push('\n', ' '.repeat(indentation))
      column = indentation
    }
  }
  return out.join('')
}
