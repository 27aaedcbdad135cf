// The scheduled release workflow, checked against GitHub's workflow schema (actionlint is not packaged
// for Debian; @action-validator/core validates with the SchemaStore schema), and against this CLI: the
// commands it runs exist with the options it passes.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { validateWorkflow } from '@action-validator/core'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

import { repoRoot } from '../helpers/run-script.js'

const workflowFile = join(repoRoot, '.github/workflows/update-spec.yml')

describe('.github/workflows/update-spec.yml', () => {
  it('is a valid GitHub Actions workflow', async () => {
    expect(
      validateWorkflow(await readFile(workflowFile, 'utf8')).errors,
    ).toEqual([])
  })

  it('the validator does catch a broken workflow', () => {
    const broken =
      'on: push\njobs:\n  update:\n    runs-on: ubuntu-latest\n    stepz:\n      - run: true\n'
    expect(validateWorkflow(broken).errors.length).toBeGreaterThan(0)
  })

  it('runs on a schedule, may push and open pull requests, and runs update --latest then check', async () => {
    const workflow = parse(await readFile(workflowFile, 'utf8'))
    expect(workflow.on.schedule).toHaveLength(1)
    expect(workflow.permissions).toEqual({
      contents: 'write',
      'pull-requests': 'write',
    })
    const steps = workflow.jobs.update.steps as Array<{
      run?: string
      uses?: string
    }>
    const runs = steps
      .flatMap((step) => (step.run ?? '').split('\n'))
      .filter((line) => line.includes('seam-codegen'))
    expect(runs.map((line) => line.trim())).toEqual([
      'npx seam-codegen update --latest | tee update.log',
      'npx seam-codegen check',
    ])
    expect(steps.at(-1)?.uses).toMatch(
      /^peter-evans\/create-pull-request@v\d+$/,
    )
  })
})
