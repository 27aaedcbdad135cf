/** The error `run` throws or rejects with; fails the test when it does neither or throws a non-Error. */
export async function failureOf(run: () => unknown): Promise<Error> {
  try {
    await run()
  } catch (error) {
    if (error instanceof Error) return error
    throw new Error(`expected an Error, got ${String(error)}`, { cause: error })
  }
  throw new Error('expected a failure, but it succeeded')
}
