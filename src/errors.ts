// Every error the SDK raises, one class per thing a caller may want to tell apart with `instanceof`.
// Names follow Seam's published SDK (@seamapi/http) so that code catching its errors keeps working.
// No error ever holds a token: messages name the option, never its value.
// Each class spells its `name` out: a minifier renames classes, so `new.target.name` would not last.

export * from './action-attempt-errors.js'
export * from './options-errors.js'
export * from './request-errors.js'
