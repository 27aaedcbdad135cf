import { spawn } from 'node:child_process'
import { request } from 'node:http'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { fileOf, serveSite, type RunningSite } from '../../scripts/docs-site/serve.js'
import { repoRoot, runScript } from '../helpers/run-script.js'

let dir: string
let site: RunningSite

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'docs-site-serve-'))
  await mkdir(join(dir, 'reference'))
  await writeFile(join(dir, 'index.html'), '<h1>home</h1>')
  await writeFile(join(dir, 'reference', 'locks.html'), '<h1>locks</h1>')
  await writeFile(join(dir, 'reference', 'index.html'), '<h1>reference</h1>')
  await writeFile(join(dir, 'site.css'), 'body {}')
  await writeFile(join(tmpdir(), 'docs-site-serve-secret.txt'), 'TOP-SECRET-CONTENT')
  site = await serveSite(dir, 0)
})

afterAll(async () => {
  await site.close()
  await rm(dir, { recursive: true, force: true })
  await rm(join(tmpdir(), 'docs-site-serve-secret.txt'), { force: true })
})

const rawGet = (path: string): Promise<{ status: number; body: string }> =>
  new Promise((resolve, reject) => {
    const { hostname, port } = new URL(site.url)
    request({ hostname, port, path }, (response) => {
      let body = ''
      response.on('data', (chunk: Buffer) => (body += chunk.toString()))
      response.on('end', () => resolve({ status: response.statusCode!, body }))
    })
      .on('error', reject)
      .end()
  })

const get = (path: string, init?: RequestInit) => fetch(`${site.url.slice(0, -1)}${path}`, init)

describe('serveSite', () => {
  it('listens on loopback only', () => {
    expect(site.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
  })

  it('serves files with their content type, and a folder by its index.html', async () => {
    const home = await fetch(site.url)
    expect(home.status).toBe(200)
    expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(await home.text()).toBe('<h1>home</h1>')
    expect(await (await get('/reference/locks.html')).text()).toBe('<h1>locks</h1>')
    expect(await (await get('/reference/')).text()).toBe('<h1>reference</h1>')
    expect(await (await get('/reference')).text()).toBe('<h1>reference</h1>')
    expect((await get('/site.css')).headers.get('content-type')).toBe('text/css; charset=utf-8')
  })

  it('answers HEAD without a body, 404 for what is not there, 405 for other methods', async () => {
    const head = await get('/index.html', { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers.get('content-length')).toBe('13')
    expect(await head.text()).toBe('')
    const missing = await get('/reference/nothing.html')
    expect(missing.status).toBe(404)
    expect(await missing.text()).toContain('/reference/nothing.html is not in the site')
    expect((await get('/index.html', { method: 'POST' })).status).toBe(405)
  })

  it('never serves a file outside the site', async () => {
    expect(fileOf(dir, '/../docs-site-serve-secret.txt')).toBeUndefined()
    expect(fileOf(dir, '/%2e%2e/docs-site-serve-secret.txt')).toBeUndefined()
    expect(fileOf(dir, '/%2E%2E%2Fdocs-site-serve-secret.txt')).toBeUndefined()
    expect(fileOf(dir, '/index.html%00.png')).toBeUndefined()
    expect(fileOf(dir, '/%E0%A4%A')).toBeUndefined()
    expect(fileOf(dir, '/reference/locks.html')).toBe(join(dir, 'reference', 'locks.html'))
    // fetch() would normalise the dots away; a raw request sends the path as written.
    for (const path of ['/../docs-site-serve-secret.txt', '/%2e%2e/docs-site-serve-secret.txt', '/reference/..%2F..%2Fdocs-site-serve-secret.txt']) {
      const response = await rawGet(path)
      expect(response.status, path).toBe(404)
      expect(response.body, path).not.toContain('TOP-SECRET-CONTENT')
    }
  })
})

describe('npm run docs:serve', () => {
  it('prints the URL it serves the site at, and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/cli/bin/seam-codegen.mjs', 'docs', 'serve', '--dir', dir, '--port', '0'], { cwd: repoRoot })
    let stdout = ''
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString()
        const found = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stdout)
        if (found) resolve(found[1]!)
      })
      child.once('exit', (code) => reject(new Error(`docs:serve exited with ${code} before printing a URL: ${stdout}`)))
    })
    expect(await (await fetch(url)).text()).toBe('<h1>home</h1>')
    const exit = new Promise<number | null>((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    expect(await exit).toBe(0)
  })

  it('fails with exit 1 when the site is not built, saying how to build it', async () => {
    const result = await runScript('scripts/cli/bin/seam-codegen.mjs', ['docs', 'serve', '--dir', join(dir, 'nowhere'), '--port', '0'])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('nowhere/index.html does not exist; run "seam-codegen docs build" first')
  })

  it('fails with exit 2 on a port that is not one', async () => {
    const result = await runScript('scripts/cli/bin/seam-codegen.mjs', ['docs', 'serve', '--dir', dir, '--port', 'eighty'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain("error: option '--port <n>' argument 'eighty' is invalid. It must be an integer from 0 to 65535.")
  })

  it('fails with exit 1 when the port is taken, naming it', async () => {
    const port = Number(new URL(site.url).port)
    const result = await runScript('scripts/cli/bin/seam-codegen.mjs', ['docs', 'serve', '--dir', dir, '--port', String(port)])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(`port ${port} is in use`)
  })
})
