// What a client costs per request: sequential devices.list calls against a seeded
// @seamapi/fake-seam-connect on loopback (in a child process, so its CPU is not counted), through
// this SDK as built, through @seamapi/http, and through raw fetch sending the same headers and body
// as this SDK. The clients alternate in rounds in this one process; each round measures this
// process's CPU time (process.cpuUsage: the client side only) and its wall time.
import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath, pathToFileURL } from 'node:url'

import { SeamHttp as SeamapiHttp } from '@seamapi/http'

import { alternate, median, packageVersion } from './measure.js'
import {
  count,
  markdownTable,
  ratio,
  withLoad,
  type Section,
} from './report.js'
import type { Stage } from './stage.js'

export interface RequestOverheadOptions {
  stage: Stage
  /** Calls per client, in rounds of `roundSize`, after one warm-up round each. */
  requests: number
  roundSize: number
}

const apiKey = 'seam_apikey1_token' // the fake's seeded key for a workspace with devices

interface Client {
  name: string
  /** One devices.list call; resolves with the ids of the devices listed. */
  listDevices: () => Promise<string[]>
}

interface Round {
  cpuMicroseconds: number
  requestsPerSecond: number
}

/** Starts the fake server in a child process; it stops when the child's stdin closes. */
async function startFake(): Promise<{ url: string; child: ChildProcess }> {
  const script = fileURLToPath(new URL('fake-server.ts', import.meta.url))
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  const lines = createInterface({ input: child.stdout! })
  const [first] = (await Promise.race([
    once(lines, 'line'),
    once(child, 'exit').then(([code]) => {
      throw new Error(`the fake server exited (${code}) before it listened`)
    }),
  ])) as [string]
  lines.close()
  return { url: (JSON.parse(first) as { url: string }).url, child }
}

export interface CapturedRequest {
  path: string
  headers: Record<string, string>
  body: string
}

/** The headers fetch sets by itself from the connection and the body. */
const transportHeaders = new Set([
  'host',
  'connection',
  'content-length',
  'transfer-encoding',
])

/** The request `send` makes to a loopback server that records it (and answers an empty list). */
export async function captureRequest(
  send: (endpoint: string) => Promise<unknown>,
): Promise<CapturedRequest> {
  let captured: CapturedRequest | undefined
  const server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      captured = {
        path: request.url ?? '',
        headers: plainHeaders(request.headers),
        body: Buffer.concat(chunks).toString(),
      }
      response.setHeader('content-type', 'application/json')
      response.end(JSON.stringify({ devices: [], ok: true }))
    })
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  try {
    await send(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)
  } finally {
    server.closeAllConnections()
    server.close()
  }
  if (captured === undefined)
    throw new Error('no request reached the capturing server')
  return captured
}

const plainHeaders = (headers: IncomingHttpHeaders): Record<string, string> =>
  Object.fromEntries(
    Object.entries(headers)
      .filter(([name]) => !transportHeaders.has(name))
      .map(([name, value]) => [
        name,
        Array.isArray(value) ? value.join(', ') : String(value),
      ]),
  )

const deviceIds = (devices: readonly { device_id: string }[]): string[] =>
  devices.map((device) => device.device_id).sort()

async function measureRound(client: Client, size: number): Promise<Round> {
  const cpu = process.cpuUsage()
  const started = performance.now()
  for (let i = 0; i < size; i++) await client.listDevices()
  const wallMs = performance.now() - started
  const used = process.cpuUsage(cpu)
  return {
    cpuMicroseconds: (used.user + used.system) / size,
    requestsPerSecond: size / (wallMs / 1000),
  }
}

export async function requestOverheadBenchmark(
  options: RequestOverheadOptions,
): Promise<Section> {
  return withLoad(async () => {
    const fake = await startFake()
    try {
      return await measure(options, fake.url)
    } finally {
      fake.child.stdin!.end()
      if (fake.child.exitCode === null) await once(fake.child, 'exit')
    }
  })
}

async function measure(
  options: RequestOverheadOptions,
  url: string,
): Promise<Omit<Section, 'load'>> {
  const built = pathToFileURL(join(options.stage.dir, 'dist/src/index.js')).href
  const { SeamHttp } = (await import(built)) as typeof import('../src/index.js')
  const builtModule = (name: string) =>
    pathToFileURL(join(options.stage.dir, `dist/src/${name}.js`)).href
  // The runtime's transport and body read without the SDK around them: the part of its cost that
  // openapi-fetch and reading the response set, whatever the SDK does.
  const { createTransport, post } = (await import(
    builtModule('transport')
  )) as typeof import('../src/transport.js')
  const { readBody } = (await import(
    builtModule('read-response')
  )) as typeof import('../src/read-response.js')
  const transport = createTransport(url, {
    kind: 'apiKey',
    headers: { authorization: `Bearer ${apiKey}` },
    secrets: [apiKey],
  })
  const listOperation = { path: '/devices/list', responseKey: 'devices' }
  const sdk = new SeamHttp({ apiKey, endpoint: url })
  const peer = new SeamapiHttp({ apiKey, endpoint: url })
  const sent = await captureRequest((endpoint) =>
    new SeamHttp({ apiKey, endpoint }).devices.list(),
  )
  const rawUrl = `${url}${sent.path}`
  const rawInit = { method: 'POST', headers: sent.headers, body: sent.body }

  const clients: Client[] = [
    {
      name: 'this project: seam.devices.list()',
      listDevices: async () => deviceIds(await sdk.devices.list()),
    },
    {
      name: `@seamapi/http ${await packageVersion('@seamapi/http')}: seam.devices.list()`,
      listDevices: async () => deviceIds(await peer.devices.list()),
    },
    {
      name: 'openapi-fetch as this project calls it, the body read as it reads it, nothing else',
      listDevices: async () => {
        const { response } = await post(transport, listOperation, {}, undefined)
        const body = await readBody(listOperation, response, 1)
        return deviceIds(body['devices'] as Array<{ device_id: string }>)
      },
    },
    {
      name: 'raw fetch: the same POST, headers and body as this project',
      listDevices: async () => {
        const response = await fetch(rawUrl, rawInit)
        if (!response.ok) throw new Error(`raw fetch: HTTP ${response.status}`)
        return deviceIds(
          ((await response.json()) as { devices: { device_id: string }[] })
            .devices,
        )
      },
    },
  ]
  const answers = await Promise.all(
    clients.map((client) => client.listDevices()),
  )
  if (
    answers[0]!.length === 0 ||
    answers.some((ids) => ids.join() !== answers[0]!.join())
  ) {
    throw new Error(
      `the clients do not list the same devices: ${JSON.stringify(answers)}`,
    )
  }

  const rounds = Math.max(1, Math.round(options.requests / options.roundSize))
  const results = await alternate(
    clients,
    { runs: rounds, warmup: 1 },
    (client) => measureRound(client, options.roundSize),
  )
  const cpu = (client: Client) =>
    median(results.get(client)!.map((round) => round.cpuMicroseconds))
  const rps = (client: Client) =>
    median(results.get(client)!.map((round) => round.requestsPerSecond))
  const [ours, , , raw] = clients as [Client, Client, Client, Client]
  // Each round against raw fetch's round of the same turn, which ran under the same load: a
  // change of load between turns then cancels out of the ratio.
  const cpuVsRaw = (client: Client) =>
    median(
      results
        .get(client)!
        .map(
          (round, i) =>
            round.cpuMicroseconds / results.get(raw)![i]!.cpuMicroseconds,
        ),
    )
  const rows = clients.map((client) => [
    client.name,
    `${cpu(client).toFixed(0)} µs`,
    `${cpuVsRaw(client).toFixed(2)}×`,
    count(Math.round(rps(client))),
    ratio(rps(client), rps(raw)),
  ])
  return {
    title: 'Request overhead',
    method: [
      `${count(rounds * options.roundSize)} sequential \`devices.list\` calls per client (${rounds} rounds of ${options.roundSize}, after one warm-up round each), the clients alternating round by round in one process, against @seamapi/fake-seam-connect ${await packageVersion('@seamapi/fake-seam-connect')} (seeded, ${answers[0]!.length} devices) on loopback in a child process.`,
      `Client CPU per request: \`process.cpuUsage()\` (user + system) around each round, divided by its calls; requests/s: the round's calls over its wall time; medians over the rounds; CPU vs raw fetch: the median of each round's ratio to raw fetch's round of the same turn. This project: the built package (dist/src/index.js). Its transport alone: the built runtime's openapi-fetch client and response read (\`createTransport\`, \`post\`, \`readBody\`) without the SDK around them, so the part of the overhead that the transport sets. Raw fetch: the exact headers and body this project sends (captured from one of its requests), the JSON parsed and the devices read.`,
    ],
    table: markdownTable(
      [
        'client',
        'CPU per request',
        'CPU vs raw fetch',
        'requests/s',
        'requests/s vs raw fetch',
      ],
      rows,
    ),
    targets: [
      {
        goal: 'client CPU per request ≤ 1.0× raw fetch',
        measured: `${cpuVsRaw(ours).toFixed(2)}×`,
        met: cpuVsRaw(ours) <= 1,
      },
    ],
  }
}
