/**
 * The docs site as a reader sees it: built from generated/openapi.json, served on loopback and
 * opened in Debian's Chromium. Screenshots of every kind of page at both widths go to
 * test-artifacts/docs-site/ (git-ignored).
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
const wide = { width: 1400, height: 1000 }
const phone = { width: 390, height: 844 }

interface CodeSample {
  lang: string
  label: string
  source: string
}

let workDir: string
let site: RunningSite
let browser: Browser
let generatedSpec: {
  paths: Record<
    string,
    { post: { operationId: string; 'x-codeSamples': CodeSample[] } }
  >
}

beforeAll(async () => {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `${chromiumPath} is missing: install Debian's chromium (bash scripts/ci-setup.sh does)`,
    )
  }
  workDir = await mkdtemp(join(tmpdir(), 'docs-site-browser-'))
  await buildSite({
    spec: join(repoRoot, 'generated/openapi.json'),
    changelog: join(repoRoot, 'CHANGELOG.md'),
    out: join(workDir, 'site'),
  })
  generatedSpec = JSON.parse(
    await readFile(join(repoRoot, 'generated/openapi.json'), 'utf8'),
  )
  site = await serveSite(join(workDir, 'site'), 0)
  browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
  })
  await mkdir(artifacts, { recursive: true })
})

afterAll(async () => {
  await browser?.close()
  await site?.close()
  if (workDir !== undefined) await rm(workDir, { recursive: true, force: true })
})

/** A fresh page, with every console error, script error and failed or refused request on it. */
async function openPage(
  path: string,
  viewport = wide,
): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport })
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`script: ${error.message}`))
  page.on('requestfailed', (request) =>
    problems.push(
      `request failed: ${request.url()} (${request.failure()?.errorText})`,
    ),
  )
  page.on('response', (response) => {
    if (response.status() >= 400)
      problems.push(`HTTP ${response.status()}: ${response.url()}`)
  })
  await page.goto(new URL(path, site.url).href)
  return { page, problems }
}

/** Redoc has drawn the page once an operation's section is there. */
const renderedReference = (page: Page): Promise<void> =>
  page
    .locator('[data-section-id^="operation/"]')
    .first()
    .waitFor({ timeout: 30_000 })

/**
 * Elements that reach beyond the viewport's sides, unless an ancestor that fits clips or
 * scrolls them (a code block that scrolls sideways is not a page that does).
 */
const overflowing = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth
    const clipped = (element: Element): boolean => {
      for (
        let parent = element.parentElement;
        parent !== null;
        parent = parent.parentElement
      ) {
        const { overflowX } = getComputedStyle(parent)
        if (overflowX !== 'visible') return true
      }
      return false
    }
    const found: string[] = []
    for (const element of Array.from(document.body.querySelectorAll('*'))) {
      const box = element.getBoundingClientRect()
      if (
        box.width === 0 ||
        (box.right <= width + 1 && box.left >= -1) ||
        clipped(element)
      )
        continue
      found.push(
        `${element.tagName.toLowerCase()}.${element.className} (${Math.round(box.left)}..${Math.round(box.right)} of ${width}): ${element.textContent?.slice(0, 60)}`,
      )
    }
    if (document.documentElement.scrollWidth > width)
      found.push(
        `the page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`,
      )
    return found
  })

const sampleSource = (path: string, rendererId: string): string => {
  const renderer = renderers.find((r) => r.id === rendererId)!
  const sample = generatedSpec.paths[path]!.post['x-codeSamples'].find(
    (s) => s.lang === renderer.lang && s.label === renderer.label,
  )
  if (sample === undefined)
    throw new Error(
      `generated/openapi.json has no ${renderer.name} sample for ${path}`,
    )
  return sample.source
}

const generatedSampleFile = (path: string): string =>
  join(repoRoot, 'generated/samples', `${path.slice(1)}.json`)

describe.each([
  {
    name: 'landing',
    path: 'index.html',
    ready: (page: Page) => page.locator('.groups').waitFor(),
  },
  {
    name: 'reference',
    path: 'reference/action_attempts.html',
    ready: renderedReference,
  },
  {
    name: 'changelog',
    path: 'changelog.html',
    ready: (page: Page) =>
      page.locator('#changelog-count').filter({ hasText: /shown/ }).waitFor(),
  },
])('the $name page', ({ name, path, ready }) => {
  it.each([
    { width: 'wide', viewport: wide },
    { width: 'phone', viewport: phone },
  ])(
    'at $viewport.width px: nothing wider than the screen, no console error or failed request',
    async ({ width, viewport }) => {
      const { page, problems } = await openPage(path, viewport)
      await ready(page)
      expect(await overflowing(page)).toEqual([])
      await page.screenshot({ path: join(artifacts, `${name}-${width}.png`) })
      expect(problems).toEqual([])
      await page.close()
    },
  )
})

describe('the search', () => {
  it('finds /locks/unlock_door from the action_attempts page and takes the reader there', async () => {
    const { page, problems } = await openPage('reference/action_attempts.html')
    await renderedReference(page)
    const search = page.getByRole('searchbox', { name: 'Search operations' })
    await search.fill('unlock door')
    const results = page
      .getByRole('listbox', { name: 'Operations found' })
      .getByRole('option')
    // Both unlock_door operations answer; the reader picks the one under locks with the keyboard.
    await expect
      .poll(() => results.allTextContents())
      .toContainEqual(expect.stringContaining('POST /locks/unlock_door'))
    const texts = await results.allTextContents()
    const locks = texts.findIndex((text) =>
      text.includes('POST /locks/unlock_door'),
    )
    expect(texts[locks]).toContain('seam.locks.unlockDoor')
    expect(
      texts.some((text) => text.includes('POST /access_methods/unlock_door')),
    ).toBe(true)
    for (let i = 0; i < locks; i += 1) await search.press('ArrowDown')
    expect(await results.nth(locks).getAttribute('aria-selected')).toBe('true')
    await page.screenshot({ path: join(artifacts, 'search-wide.png') })
    await search.press('Enter')
    await page.waitForURL(
      /reference\/locks\.html#operation\/locksUnlockDoorPost$/,
    )
    const heading = page.locator(
      '[data-section-id="operation/locksUnlockDoorPost"] h2',
    )
    await expect
      .poll(async () => (await heading.textContent())?.trim())
      .toBe('Unlock a Lock')
    expect(problems).toEqual([])
    await page.close()
  })

  it('finds operations by SDK method and by words of their description, and says when nothing matches', async () => {
    const { page } = await openPage('changelog.html', phone)
    const search = page.getByRole('searchbox', { name: 'Search operations' })
    const results = page
      .getByRole('listbox', { name: 'Operations found' })
      .getByRole('option')
    await search.fill('seam.accessCodes.create')
    // The operation named exactly comes before create_multiple and the others.
    await expect
      .poll(() => results.first().locator('code').allTextContents())
      .toEqual(['POST /access_codes/create', 'seam.accessCodes.create'])
    expect(await results.count()).toBeGreaterThan(1)
    await page.screenshot({ path: join(artifacts, 'search-phone.png') })
    await search.fill('thermostat fan mode')
    await expect
      .poll(() => results.allTextContents())
      .toContainEqual(expect.stringContaining('/thermostats/set_fan_mode'))
    await search.fill('zzzqqqxxx')
    await expect
      .poll(() =>
        page.getByRole('listbox', { name: 'Operations found' }).textContent(),
      )
      .toBe('No operation matches.')
    await page.close()
  })
})

describe.each([
  {
    path: '/action_attempts/get',
    page: 'action_attempts',
    why: 'the seed page',
  },
  {
    path: '/access_grants/create',
    page: 'access_grants',
    why: 'nested request objects',
  },
  {
    path: '/locks/unlock_door',
    page: 'locks',
    why: 'returns an action attempt',
  },
])('the reference page of POST $path ($why)', ({ path, page: pageName }) => {
  it("shows the samples as tabs, each exactly as generated and none clipped at 1400 px, and the samples' response as the example", async () => {
    const { operationId } = generatedSpec.paths[path]!.post
    const { page, problems } = await openPage(
      `reference/${pageName}.html#operation/${operationId}`,
    )
    const section = page.locator(`[data-section-id="operation/${operationId}"]`)
    await section.waitFor({ timeout: 30_000 })
    expect(await section.textContent()).toContain(path)

    const requestSamples = section.locator(
      'h3:text-is("Request samples") + div',
    )
    const tabs = requestSamples
      .locator('[role="tablist"]')
      .first()
      .getByRole('tab')
    const labels = generatedSpec.paths[path]!.post['x-codeSamples'].map(
      (s) =>
        renderers.find((r) => r.lang === s.lang && r.label === s.label)!.name,
    )
    expect(await tabs.allTextContents()).toEqual(labels)
    const selectedCode = requestSamples.locator(
      '[role="tabpanel"].react-tabs__tab-panel--selected pre',
    )
    for (const renderer of renderers.filter((r) => labels.includes(r.name))) {
      await requestSamples
        .getByRole('tab', { name: renderer.name, exact: true })
        .click()
      await expect
        .poll(() => selectedCode.textContent())
        .toBe(sampleSource(path, renderer.id))
      const { scrollWidth, clientWidth } = await selectedCode.evaluate(
        (pre) => ({
          scrollWidth: pre.scrollWidth,
          clientWidth: pre.clientWidth,
        }),
      )
      expect(
        scrollWidth,
        `${renderer.name} sample of ${path}`,
      ).toBeLessThanOrEqual(clientWidth)
      if (renderer.id === 'python')
        await page.screenshot({
          path: join(artifacts, `${operationId}-python.png`),
        })
    }

    const { responseBody } = JSON.parse(
      await readFile(generatedSampleFile(path), 'utf8'),
    ) as { responseBody: unknown }
    const example = section
      .locator('h3:text-is("Response samples") + div .redoc-json')
      .first()
    expect(JSON.parse((await example.textContent())!)).toEqual(responseBody)
    expect(problems).toEqual([])
    await page.close()
  })
})

describe('a long union (the 63 kinds of action attempt)', () => {
  it('is one dropdown at its discriminating field, with the fields right below the description', async () => {
    const { page, problems } = await openPage(
      'reference/locks.html#operation/locksUnlockDoorPost',
    )
    const section = page.locator(
      '[data-section-id="operation/locksUnlockDoorPost"]',
    )
    await section.waitFor({ timeout: 30_000 })
    const field = section
      .locator('.property-name', { hasText: /^action_attempt$/ })
      .first()
    const typeLabel = field.locator('xpath=ancestor::tr[1]')
    expect((await typeLabel.textContent())!.length).toBeLessThan(1_000)
    expect(await typeLabel.textContent()).toContain('object (action_attempt)')
    await field.click()
    const variants = section.getByRole('combobox', { name: 'action_type' })
    await variants.waitFor()
    expect(await variants.locator('option').count()).toBe(63)
    const options = await variants.locator('option').allTextContents()
    expect(options).toContain('UNLOCK_DOOR · success')
    // In the spec's order, not scrambled.
    expect(options.slice(0, 4)).toEqual([
      'LOCK_DOOR · pending',
      'LOCK_DOOR · success',
      'LOCK_DOOR · error',
      'UNLOCK_DOOR · pending',
    ])
    // No row of variant buttons: the first field of the variant follows the union's description.
    expect(
      await section.locator('button', { hasText: /· pending$/ }).count(),
    ).toBe(0)
    const union = await field.locator('xpath=ancestor::tr[1]').boundingBox()
    const firstInner = await section
      .locator('.property-name', { hasText: /^action_attempt_id$/ })
      .first()
      .boundingBox()
    expect(firstInner!.y - (union!.y + union!.height)).toBeLessThan(120)
    await variants.scrollIntoViewIfNeeded()
    await page.screenshot({ path: join(artifacts, 'union-wide.png') })
    expect(problems).toEqual([])
    await page.close()
  })
})

describe('the landing page', () => {
  it('puts the search first and lists only namespaces with operations, grouped under headings, each linking to its page', async () => {
    const { page } = await openPage('index.html')
    const main = page.locator('main')
    expect(await main.locator('h1 + .search #search').count()).toBe(1)
    const listed = await main.locator('.group li a code').allTextContents()
    expect(listed).toContain('seam.acs.users')
    expect(listed).not.toContain('seam.acs')
    expect(await main.locator('.group h3').allTextContents()).toContain(
      'seam.acs',
    )
    await main
      .getByRole('link', { name: 'seam.actionAttempts', exact: true })
      .click()
    await renderedReference(page)
    expect(page.url()).toBe(
      new URL('reference/action_attempts.html', site.url).href,
    )
    await page.close()
  })
})

describe('the changelog page', () => {
  it('aligns the summary table, puts breaking changes first, hides undocumented operations until asked, and filters', async () => {
    const { page, problems } = await openPage('changelog.html')
    const changelog = await readFile(join(repoRoot, 'CHANGELOG.md'), 'utf8')
    await expect
      .poll(() => page.locator('main h2').first().textContent())
      .toBe(/^## (.+)$/m.exec(changelog)![1]!)

    const summary = page.locator('main table').first()
    const countHeader = summary.locator('th').last()
    const countCells = summary.locator('tbody td:last-child')
    expect(
      await countHeader.evaluate((th) => getComputedStyle(th).textAlign),
    ).toBe('right')
    expect(
      new Set(
        await countCells.evaluateAll((tds) =>
          tds.map((td) => getComputedStyle(td).textAlign),
        ),
      ),
    ).toEqual(new Set(['right']))
    // Right-aligned text ends at the same x in the header and in every cell of the column.
    const textEnds = await summary.evaluate((table) =>
      Array.from(table.querySelectorAll('tr > :last-child')).map((cell) => {
        const range = document.createRange()
        range.selectNodeContents(cell)
        return range.getBoundingClientRect().right
      }),
    )
    expect(textEnds.length).toBeGreaterThan(2)
    for (const end of textEnds)
      expect(Math.abs(end - textEnds[0]!)).toBeLessThan(1)
    const classes = await summary
      .locator('tbody td:nth-child(2)')
      .allTextContents()
    expect(classes).toEqual(
      [...classes].sort(
        (a, b) => Number(b === 'breaking') - Number(a === 'breaking'),
      ),
    )
    expect(classes[0]).toBe('breaking')
    expect(await page.locator('main h3').first().textContent()).toBe(
      'Breaking changes',
    )

    const changes = page.locator('section.change')
    const visibleUndocumented = () =>
      page
        .locator('section.change[data-undocumented]')
        .filter({ visible: true })
        .count()
    expect(await visibleUndocumented()).toBe(0)
    await page.getByRole('checkbox').check()
    await expect.poll(visibleUndocumented).toBeGreaterThan(0)
    await page.getByRole('checkbox').uncheck()

    await page
      .getByRole('combobox', { name: 'Namespace' })
      .selectOption('seam.locks')
    const shownNamespaces = () =>
      changes
        .filter({ visible: true })
        .evaluateAll((sections) =>
          sections.map((s) => (s as HTMLElement).dataset.namespace),
        )
    await expect
      .poll(async () => new Set(await shownNamespaces()))
      .toEqual(new Set(['seam.locks', 'seam.locks.simulate']))
    await page
      .getByRole('searchbox', { name: 'Filter by text' })
      .fill('unlock_door')
    await expect
      .poll(() => changes.filter({ visible: true }).count())
      .toBeGreaterThan(0)
    for (const text of await changes
      .filter({ visible: true })
      .allTextContents())
      expect(text).toContain('unlock_door')
    await page.screenshot({
      path: join(artifacts, 'changelog-filtered-wide.png'),
    })

    await changes
      .filter({ visible: true })
      .locator('h4 a')
      .filter({ hasText: /^\/locks\/unlock_door$/ })
      .first()
      .click()
    const heading = page.locator(
      '[data-section-id="operation/locksUnlockDoorPost"] h2',
    )
    await expect
      .poll(async () => (await heading.textContent())?.trim())
      .toBe('Unlock a Lock')
    expect(problems).toEqual([])
    await page.close()
  })
})
