// A seeded @seamapi/fake-seam-connect on a loopback port, in a process of its own so that the
// server's CPU time stays out of the client's measurement. Prints its URL as one JSON line and
// stops when its standard input closes (when the benchmark that started it ends, whichever way).
import { createFake } from '@seamapi/fake-seam-connect'

const fake = await createFake()
await fake.seed()
await fake.startServer()
process.stdout.write(`${JSON.stringify({ url: fake.serverUrl })}\n`)
process.stdin.resume()
process.stdin.on('end', () => {
  void fake.stopServer().finally(() => process.exit(0))
})
