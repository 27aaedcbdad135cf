/** A static file server for the built site, on loopback only. */
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { extname, join, resolve, sep } from 'node:path'

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
}

export interface RunningSite {
  url: string
  close(): Promise<void>
}

/** The file a URL path names under `root`, or undefined when it would leave `root`. */
export function fileOf(root: string, urlPath: string): string | undefined {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return undefined
  }
  if (decoded.includes('\0')) return undefined
  const file = resolve(root, `.${decoded}`)
  return file === root || file.startsWith(root + sep) ? file : undefined
}

/** The file to answer with: the file itself, or a folder's index.html; undefined when there is none. */
async function servedFile(file: string): Promise<{ path: string; size: number } | undefined> {
  const info = await stat(file).catch(() => undefined)
  if (info?.isDirectory()) return servedFile(join(file, 'index.html'))
  return info?.isFile() ? { path: file, size: info.size } : undefined
}

/** Serves `dir` on 127.0.0.1; port 0 picks a free one. */
export async function serveSite(dir: string, port: number): Promise<RunningSite> {
  const root = resolve(dir)
  const server: Server = createServer(async (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }).end('405 only GET and HEAD\n')
      return
    }
    const path = new URL(request.url ?? '/', 'http://localhost').pathname
    const requested = fileOf(root, path)
    const found = requested === undefined ? undefined : await servedFile(requested)
    if (found === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`404 ${path} is not in the site\n`)
      return
    }
    response.writeHead(200, {
      'content-type': contentTypes[extname(found.path)] ?? 'application/octet-stream',
      'content-length': found.size,
      'cache-control': 'no-cache',
    })
    if (request.method === 'HEAD') response.end()
    else createReadStream(found.path).on('error', () => response.destroy()).pipe(response)
  })
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolveListen())
  })
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('the server has no TCP address')
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections()
        server.close(() => resolveClose())
      }),
  }
}
