import { fileURLToPath } from 'node:url'

import { emitClients } from './emit/clients.js'
import { emitRoutes, emitWorkspacelessRoutes } from './emit/routes.js'
import { emitTypes } from './emit/types.js'
import { formatFiles } from './format.js'
import { checkSpec, readSpecFile } from './spec/load.js'
import { allNamespaces, buildModel, type ApiModel } from './spec/model.js'
import { applyOutput, planOutput, type OutputFiles, type OutputPlan } from './output.js'

export interface GenerateOptions {
  spec: string
  out: string
  /** Compare only; write nothing. */
  check: boolean
}

export interface GenerateResult {
  operations: number
  namespaces: number
  plan: OutputPlan
  seconds: number
}

type Emitter = (model: ApiModel) => OutputFiles | Promise<OutputFiles>

/** Every artifact, each from the same model. */
const emitters: Emitter[] = [emitTypes, emitRoutes, emitWorkspacelessRoutes, emitClients]

const prettierConfig = fileURLToPath(new URL('../.prettierrc.json', import.meta.url))

/** Spec file -> the complete output, in memory. Throws (writing nothing) on any problem. */
export async function buildOutput(specFile: string): Promise<{ model: ApiModel; files: OutputFiles }> {
  const { document } = await readSpecFile(specFile)
  const model = buildModel(checkSpec(document))
  const files: OutputFiles = new Map()
  for (const emitted of await Promise.all(emitters.map((emit) => emit(model)))) {
    for (const [file, content] of emitted) {
      if (files.has(file)) throw new Error(`two emitters produce ${file}`)
      files.set(file, content)
    }
  }
  return { model, files: await formatFiles(files, prettierConfig) }
}

/** Builds everything first, then writes only the files whose bytes differ. */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const started = performance.now()
  const { model, files } = await buildOutput(options.spec)
  const plan = await planOutput(options.out, files)
  if (!options.check) await applyOutput(options.out, files, plan)
  return {
    operations: model.operations.length,
    namespaces: allNamespaces(model.root).length,
    plan,
    seconds: (performance.now() - started) / 1000,
  }
}
