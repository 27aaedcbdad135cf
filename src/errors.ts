// Every error the SDK raises, one class per thing a caller may want to tell apart with `instanceof`.
// Names follow Seam's published SDK (@seamapi/http) so that code catching its errors keeps working.
// No error ever holds a token: messages name the option, never its value.
// Each class spells its `name` out: a minifier renames classes, so `new.target.name` would not last.
// Other fields are `declare`d and set by the constructor in the order listed: the same own
// properties as class fields, without a field definition for each in a bundle.

export * from './action-attempt-errors.js'
export * from './options-errors.js'
export * from './request-errors.js'
