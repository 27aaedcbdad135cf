import {
  createServer,
  type IncomingHttpHeaders,
  type ServerResponse,
} from 'node:http'
import type { AddressInfo } from 'node:net'

export interface LocalRequest {
  method: string
  /** Path and query, as sent. */
  url: string
  path: string
  headers: IncomingHttpHeaders
  body: string
  /** 0 for the first request this server received, 1 for the next, ... */
  index: number
}

export interface Reply {
  raw: ServerResponse
  json: (
    status: number,
    body: unknown,
    headers?: Record<string, string>,
  ) => void
}

export interface LocalServer {
  endpoint: string
  received: LocalRequest[]
  close: () => Promise<void>
}

/** A node:http server on a loopback port that records every request and lets `handle` answer (or not). */
export async function startLocalServer(
  handle: (request: LocalRequest, reply: Reply) => void,
): Promise<LocalServer> {
  const received: LocalRequest[] = []
  const server = createServer((incoming, raw) => {
    const chunks: Buffer[] = []
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk))
    incoming.on('end', () => {
      const url = incoming.url ?? ''
      const request = {
        method: incoming.method ?? '',
        url,
        path: url.split('?')[0] ?? '',
        headers: incoming.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        index: received.length,
      }
      received.push(request)
      handle(request, {
        raw,
        json: (status, body, headers = {}) => {
          raw.writeHead(status, {
            'content-type': 'application/json',
            'seam-request-id': `local${request.index}`,
            ...headers,
          })
          raw.end(JSON.stringify(body))
        },
      })
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    endpoint: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
