/**
 * The docs site as a reader sees it: built from generated/openapi.json, served on loopback and
 * opened in Debian's Chromium. Screenshots go to test-artifacts/docs-site/ (git-ignored).
 */
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildSite } from '../../scripts/docs-site/build-site.js'
import { serveSite, type RunningSite } from '../../scripts/docs-site/serve.js'
import { renderers } from '../../scripts/samples/renderers.js'
import { repoRoot } from '../helpers/run-script.js'

const chromiumPath = '/usr/bin/chromium'
const artifacts = join(repoRoot, 'test-artifacts', 'docs-site')

interface CodeSample {
  lang: string
  label: string
  source: string
}

let workDir: string
let site: RunningSite
let browser: Browser
let generatedSpec: { paths: Record<string, { post: { operationId: string; 'x-codeSamples': CodeSample[] } }> }

beforeAll(async () => {
  if (!existsSync(chromiumPath)) {
    throw new Error(`${chromiumPath} is missing: install Debian's chromium (bash scripts/ci-setup.sh does)`)
  }
  workDir = await mkdtemp(join(tmpdir(), 'docs-site-browser-'))
  await buildSite({ spec: join(repoRoot, 'generated/openapi.json'), changelog: join(repoRoot, 'CHANGELOG.md'), out: join(workDir, 'site') })
  generatedSpec = JSON.parse(await readFile(join(repoRoot, 'generated/openapi.json'), 'utf8'))
  site = await serveSite(join(workDir, 'site'), 0)
  browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'] })
  await mkdir(artifacts, { recursive: true })
})

afterAll(async () => {
  await browser?.close()
  await site?.close()
  if (workDir !== undefined) await rm(workDir, { recursive: true, force: true })
})

/** A fresh page that fails the test on any script error in it. */
async function openPage(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } })
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(new URL(path, site.url).href)
  return { page, errors }
}

const sampleSource = (path: string, rendererId: string): string => {
  const renderer = renderers.find((r) => r.id === rendererId)!
  const sample = generatedSpec.paths[path]!.post['x-codeSamples'].find((s) => s.lang === renderer.lang && s.label === renderer.label)
  if (sample === undefined) throw new Error(`generated/openapi.json has no ${renderer.name} sample for ${path}`)
  return sample.source
}

describe.each([
  { path: '/action_attempts/get', page: 'action_attempts', tag: 'seam.actionAttempts', why: 'the seed page' },
  { path: '/access_grants/create', page: 'access_grants', tag: 'seam.accessGrants', why: 'nested request objects' },
  { path: '/locks/unlock_door', page: 'locks', tag: 'seam.locks', why: 'returns an action attempt' },
])('the reference page of POST $path ($why)', ({ path, page: pageName, tag }) => {
  it('shows the nine samples as tabs, the Python and cURL ones exactly as generated', async () => {
    const { operationId } = generatedSpec.paths[path]!.post
    const { page, errors } = await openPage(`reference/${pageName}.html#tag/${tag}/operation/${operationId}`)
    const section = page.locator(`[data-section-id="tag/${tag}/operation/${operationId}"]`)
    await section.waitFor({ timeout: 30_000 })
    await expect.poll(() => section.locator('h2').first().textContent()).toBeTruthy()
    expect(await section.textContent()).toContain(path)

    const requestSamples = section.locator('h3:text-is("Request samples") + div')
    const tabs = requestSamples.locator('[role="tablist"]').first().getByRole('tab')
    expect(await tabs.allTextContents()).toEqual(renderers.map((r) => r.name))
    const selectedCode = requestSamples.locator('[role="tabpanel"].react-tabs__tab-panel--selected pre')

    await requestSamples.getByRole('tab', { name: 'Python', exact: true }).click()
    await expect.poll(() => selectedCode.textContent()).toBe(sampleSource(path, 'python'))
    await page.screenshot({ path: join(artifacts, `${operationId}-python.png`) })

    await requestSamples.getByRole('tab', { name: 'cURL', exact: true }).click()
    await expect.poll(() => selectedCode.textContent()).toBe(sampleSource(path, 'curl'))
    await page.screenshot({ path: join(artifacts, `${operationId}-curl.png`) })

    expect(errors).toEqual([])
    await page.close()
  })
})

describe('the landing and changelog pages', () => {
  it('lists every namespace with its operation count and links to its reference page', async () => {
    const { page, errors } = await openPage('index.html')
    const rows = page.locator('table.namespaces tbody tr')
    const listed = await rows.evaluateAll((trs) =>
      trs.map((tr) => [tr.querySelector('code')!.textContent!, Number(tr.querySelector('td.count')!.textContent)] as const),
    )
    const operations = listed.reduce((sum, [, count]) => sum + count, 0)
    expect(operations).toBe(Object.keys(generatedSpec.paths).length)
    expect(listed).toContainEqual(['seam.actionAttempts', 2])
    await page.screenshot({ path: join(artifacts, 'landing.png'), fullPage: false })

    await page.getByRole('link', { name: 'seam.actionAttempts', exact: true }).click()
    await page.locator('[data-section-id="tag/seam.actionAttempts/operation/actionAttemptsListPost"]').waitFor()
    expect(page.url()).toBe(new URL('reference/action_attempts.html', site.url).href)
    expect(errors).toEqual([])
    await page.close()
  })

  it('filters the operations index and links each operation to its place on its page', async () => {
    const { page, errors } = await openPage('index.html')
    const rows = page.locator('table.operations tbody tr')
    expect(await rows.count()).toBe(Object.keys(generatedSpec.paths).length)
    await page.getByRole('searchbox', { name: 'Filter operations' }).fill('locks unlock')
    await expect.poll(() => rows.filter({ visible: true }).allTextContents()).toEqual([
      expect.stringContaining('POST /locks/unlock_door'),
    ])
    expect(await rows.filter({ visible: true }).textContent()).toContain('seam.locks.unlockDoor')
    await page.screenshot({ path: join(artifacts, 'landing-filter.png') })
    await rows.filter({ visible: true }).getByRole('link').click()
    await page.waitForURL(/reference\/locks\.html#tag\/seam\.locks\/operation\/locksUnlockDoorPost$/)
    const heading = page.locator('[data-section-id="tag/seam.locks/operation/locksUnlockDoorPost"] h2')
    await expect.poll(async () => (await heading.textContent())?.trim()).toBe('Unlock a Lock')
    expect(errors).toEqual([])
    await page.close()
  })

  it('shows the newest section of CHANGELOG.md', async () => {
    const { page, errors } = await openPage('index.html')
    await page.getByRole('link', { name: 'Changelog', exact: true }).click()
    await page.waitForURL(/changelog\.html$/)
    const changelog = await readFile(join(repoRoot, 'CHANGELOG.md'), 'utf8')
    const newest = /^## (.+)$/m.exec(changelog)![1]!
    await expect.poll(() => page.locator('main h2').first().textContent()).toBe(newest)
    expect(await page.locator('main table').count()).toBeGreaterThan(0)
    await page.screenshot({ path: join(artifacts, 'changelog.png') })

    await page.locator('main h4 a').filter({ hasText: /^\/locks\/unlock_door$/ }).first().click()
    const heading = page.locator('[data-section-id="tag/seam.locks/operation/locksUnlockDoorPost"] h2')
    await expect.poll(async () => (await heading.textContent())?.trim()).toBe('Unlock a Lock')
    expect(errors).toEqual([])
    await page.close()
  })
})
