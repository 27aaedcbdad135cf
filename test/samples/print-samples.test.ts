import { describe, expect, it } from 'vitest'

import {
  printSamples,
  SamplesUsageError,
} from '../../scripts/cli/samples-command.js'
import { renderers } from '../../scripts/samples/renderers.js'
import { repoRoot, runScript } from '../helpers/run-script.js'

const spec = `${repoRoot}/openapi.json`

describe('printing the samples of one operation', () => {
  it('every language under a heading, in the docs order', async () => {
    const text = await printSamples({ path: '/action_attempts/get', spec })
    const headings = text.split('\n').filter((line) => line.startsWith('--- '))
    expect(headings).toEqual(
      renderers.map((r) => `--- ${r.id} (${r.label}) ---`),
    )
    expect(text).toContain(
      'seam.action_attempts.get(action_attempt_id="5f4e3d2c-1b0a-9f8e-7d6c-5b4a3c2d1e0f")',
    )
  })

  it('one language alone: the code and nothing else', async () => {
    const text = await printSamples({
      path: 'locks/unlock_door',
      lang: 'seam-cli',
      spec,
    })
    expect(text.split('\n')[0]).toBe(
      'seam locks unlock-door --device_id "11111111-1111-1111-1111-444444444444"',
    )
    expect(text).not.toContain('---')
  })

  it('an unknown path names it and suggests the closest', async () => {
    await expect(
      printSamples({ path: '/locks/unlok_door', spec }),
    ).rejects.toThrow(
      new SamplesUsageError(
        `no path "/locks/unlok_door" in ${spec}; did you mean /locks/unlock_door, /locks/lock_door, /locks/list?`,
      ),
    )
  })

  it('an unknown language names it and lists the known ones', async () => {
    await expect(
      printSamples({ path: '/locks/unlock_door', lang: 'pyton', spec }),
    ).rejects.toThrow(
      `unknown language "pyton"; known: ${renderers.map((r) => r.id).join(', ')}`,
    )
  })

  it('an undocumented operation: JavaScript and cURL only, and a language that cannot call it is a usage error', async () => {
    const text = await printSamples({
      path: '/access_codes/get_timeline',
      spec,
    })
    expect(text.split('\n').filter((line) => line.startsWith('--- '))).toEqual([
      '--- javascript (Seam SDK) ---',
      '--- curl (cURL) ---',
    ])
    await expect(
      printSamples({
        path: '/access_codes/get_timeline',
        lang: 'python',
        spec,
      }),
    ).rejects.toThrow(
      new SamplesUsageError(
        '/access_codes/get_timeline is undocumented: it has samples only in javascript, curl, the languages that can call it',
      ),
    )
  })

  it('the command: exit 0 with the code, 2 on a usage error', async () => {
    const ok = await runScript('scripts/cli/bin/seam-codegen.mjs', [
      'samples',
      '/action_attempts/get',
      '--lang',
      'ruby',
    ])
    expect(ok).toMatchObject({
      code: 0,
      stderr: 'samples of /action_attempts/get in ruby\n',
    })
    expect(ok.stdout).toMatch(
      /^seam\.action_attempts\.get\(action_attempt_id: "5f4e3d2c/,
    )
    const [missing, unknownLang, unknownFlag] = await Promise.all([
      runScript('scripts/cli/bin/seam-codegen.mjs', ['samples']),
      runScript('scripts/cli/bin/seam-codegen.mjs', [
        'samples',
        '/locks/unlock_door',
        '--lang',
        'cobol',
      ]),
      runScript('scripts/cli/bin/seam-codegen.mjs', [
        'samples',
        '/locks/unlock_door',
        '--colour',
      ]),
    ])
    expect(missing).toMatchObject({ code: 2, stdout: '' })
    expect(missing.stderr).toContain("error: missing required argument 'path'")
    expect(unknownLang).toMatchObject({ code: 2, stdout: '' })
    expect(unknownLang.stderr).toContain(
      `error: option '--lang <id>' argument 'cobol' is invalid. Allowed choices are ${renderers.map((r) => r.id).join(', ')}.`,
    )
    expect(unknownFlag.code).toBe(2)
    expect(unknownFlag.stderr).toContain('--colour')
  })
})
