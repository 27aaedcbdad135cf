/** Every method reachable through getters from a client, as dotted names, e.g. `acs.users.create`. */
export function walkMethods(
  root: object,
): Map<string, (...args: unknown[]) => unknown> {
  const found = new Map<string, (...args: unknown[]) => unknown>()
  const visit = (node: object, prefix: string[]): void => {
    const proto = Object.getPrototypeOf(node) as object
    for (const [name, descriptor] of Object.entries(
      Object.getOwnPropertyDescriptors(proto),
    )) {
      if (name === 'constructor') continue
      if (descriptor.get)
        visit(descriptor.get.call(node) as object, [...prefix, name])
      else if (typeof descriptor.value === 'function') {
        found.set(
          [...prefix, name].join('.'),
          (descriptor.value as (...a: unknown[]) => unknown).bind(node),
        )
      }
    }
  }
  visit(root, [])
  return found
}
