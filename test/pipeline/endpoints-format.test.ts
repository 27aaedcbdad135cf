// scripts/emit/endpoints.ts formats seam-http-endpoints.ts in cached parts (the frame, each getter)
// and marks the result as formatted, so the format stage never sees the whole file: this checks
// that the parts put together are what prettier makes of the whole.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { format, resolveConfig } from 'prettier'
import { expect, it } from 'vitest'

import { repoRoot } from '../helpers/run-script.js'

it('generated/seam-http-endpoints.ts is what prettier makes of it', async () => {
  const file = join(repoRoot, 'generated/seam-http-endpoints.ts')
  const text = await readFile(file, 'utf8')
  const config = await resolveConfig(join(repoRoot, '.prettierrc.json'))
  expect(text.split('\n').length).toBeGreaterThan(1000)
  expect(await format(text, { ...config, parser: 'typescript' })).toBe(text)
})
