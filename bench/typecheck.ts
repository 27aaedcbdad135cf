// What a user's type-check pays: a one-file consumer that calls devices.list, `tsc --noEmit` under
// strict with skipLibCheck off (so the packages' declarations are checked too), against this
// package as built and published (dist/ through its exports map), against openapi-typescript's
// types used through openapi-fetch, as its users call it, and against @seamapi/http. tsc's own
// counts of types and instantiations do not move with the machine's load; the wall time does.
import { join } from 'node:path'

import {
  alternate,
  bin,
  displayPath,
  median,
  packageVersion,
  repoRoot,
  timeProcess,
} from './measure.js'
import {
  count,
  markdownTable,
  ratio,
  seconds,
  withLoad,
  type Section,
  type Target,
} from './report.js'
import { consumerProject, type Stage } from './stage.js'

export interface TypecheckOptions {
  stage: Stage
  /** The spec openapi-typescript generates the types alone from. */
  spec: string
  runs: number
  warmup: number
}

const tsconfig = JSON.stringify({
  compilerOptions: {
    strict: true,
    skipLibCheck: false,
    noEmit: true,
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    lib: ['ES2022', 'DOM'],
    types: [],
  },
  files: ['index.ts'],
})

/** The consumers' one file each; the call and what is done with its result are the same in all. */
const consumers = {
  seamHttp: `import { SeamHttp } from 'seam-connect-sdk'

const seam = new SeamHttp({ apiKey: 'seam_key' })
const devices = await seam.devices.list({ limit: 10 })
console.log(devices[0]?.device_id)
`,
  lightest: `import { createSeamClient } from 'seam-connect-sdk/client'
import { devicesList } from 'seam-connect-sdk/routes/devices'

const devices = await devicesList(createSeamClient({ apiKey: 'seam_key' }), { limit: 10 })
console.log(devices[0]?.device_id)
`,
  openapiFetch: `import createClient from 'openapi-fetch'

import type { paths } from './types.js'

const client = createClient<paths>({ baseUrl: 'https://connect.getseam.com', headers: { authorization: 'Bearer seam_key' } })
const { data } = await client.POST('/devices/list', { body: { limit: 10 } })
console.log(data?.devices[0]?.device_id)
`,
  seamapiHttp: `import { SeamHttp } from '@seamapi/http'

const seam = new SeamHttp({ apiKey: 'seam_key' })
const devices = await seam.devices.list({ limit: 10 })
console.log(devices[0]?.device_id)
`,
}

export interface Diagnostics {
  errors: number
  /** The first error tsc reported, if any: what a reader needs to tell why a consumer fails. */
  firstError: string | undefined
  types: number
  instantiations: number
  /** tsc's own total time, in ms. */
  totalMs: number
}

/** The figures of `tsc --extendedDiagnostics` output, and the count of errors it reported. */
export function parseDiagnostics(output: string): Diagnostics {
  const figure = (label: string): number => {
    const match = new RegExp(`^${label}:\\s+([\\d.]+)`, 'm').exec(output)
    if (match === null)
      throw new Error(
        `tsc --extendedDiagnostics printed no "${label}":\n${output}`,
      )
    return Number(match[1])
  }
  return {
    errors: output.match(/error TS\d+/g)?.length ?? 0,
    firstError: /error (TS\d+: .*)/.exec(output)?.[1],
    types: figure('Types'),
    instantiations: figure('Instantiations'),
    totalMs: figure('Total time') * 1000,
  }
}

interface Consumer {
  name: string
  dir: string
}

export async function typecheckBenchmark(
  options: TypecheckOptions,
): Promise<Section> {
  return withLoad(async () => {
    const [typescript, openapiTypescript, openapiFetch, seamapiHttp] =
      await Promise.all(
        [
          'typescript',
          'openapi-typescript',
          'openapi-fetch',
          '@seamapi/http',
        ].map(packageVersion),
      )
    const project = (name: string, source: string) =>
      consumerProject(options.stage, name, {
        'tsconfig.json': tsconfig,
        'index.ts': source,
      })
    const typesAlone: Consumer = {
      name: `openapi-typescript ${openapiTypescript} types + openapi-fetch ${openapiFetch}: client.POST('/devices/list')`,
      dir: await project('typecheck-openapi-fetch', consumers.openapiFetch),
    }
    await timeProcess(bin('openapi-typescript'), [
      options.spec,
      '-o',
      join(typesAlone.dir, 'types.ts'),
    ])
    const ours: Consumer[] = [
      {
        name: 'this project: SeamHttp, seam.devices.list()',
        dir: await project('typecheck-seam-http', consumers.seamHttp),
      },
      {
        name: 'this project: /client + /routes/devices, devicesList()',
        dir: await project('typecheck-lightest', consumers.lightest),
      },
    ]
    const peer: Consumer = {
      name: `@seamapi/http ${seamapiHttp}: seam.devices.list()`,
      dir: await project('typecheck-seamapi-http', consumers.seamapiHttp),
    }

    const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc')
    const all = [...ours, typesAlone, peer]
    const runs = await alternate(all, options, async (consumer) => {
      const run = await timeProcess(
        process.execPath,
        [tsc, '-p', consumer.dir, '--extendedDiagnostics'],
        {
          okCodes: [1, 2],
        },
      )
      return { wallMs: run.ms, ...parseDiagnostics(run.stdout) }
    })
    const medianOf = (
      consumer: Consumer,
      figure: Exclude<keyof Diagnostics, 'firstError'> | 'wallMs',
    ) => median(runs.get(consumer)!.map((run) => run[figure]))
    const base = medianOf(typesAlone, 'wallMs')
    const rows = all.map((consumer) => [
      consumer.name,
      seconds(medianOf(consumer, 'wallMs')),
      seconds(medianOf(consumer, 'totalMs')),
      count(medianOf(consumer, 'types')),
      count(medianOf(consumer, 'instantiations')),
      String(medianOf(consumer, 'errors')),
      ratio(medianOf(consumer, 'wallMs'), base),
    ])
    const targets = (consumer: Consumer): Target[] => [
      {
        goal: `${consumer.name}: 0 errors`,
        measured: String(medianOf(consumer, 'errors')),
        met: medianOf(consumer, 'errors') === 0,
      },
      {
        goal: `${consumer.name}: wall time ≤ 1.0× openapi-typescript's types alone`,
        measured: ratio(medianOf(consumer, 'wallMs'), base),
        met: medianOf(consumer, 'wallMs') <= base,
      },
      {
        goal: `${consumer.name}: ≤ 40,000 types`,
        measured: count(medianOf(consumer, 'types')),
        met: medianOf(consumer, 'types') <= 40_000,
      },
      {
        goal: `${consumer.name}: ≤ 20,000 instantiations`,
        measured: count(medianOf(consumer, 'instantiations')),
        met: medianOf(consumer, 'instantiations') <= 20_000,
      },
    ]
    return {
      title: 'Type-check cost for a user',
      method: [
        `\`node node_modules/typescript/bin/tsc -p CONSUMER --extendedDiagnostics\` (TypeScript ${typescript}), each consumer one \`index.ts\` with \`strict\`, \`skipLibCheck: false\`, \`noEmit\`, \`module\`/\`moduleResolution: NodeNext\`, \`lib: [ES2022, DOM]\`, \`types: []\`; wall time from spawn to exit and tsc's own total time, medians of ${options.runs} runs after ${options.warmup} warm-up round(s), consumers alternating.`,
        `This project: the package built by \`npm run build\` and staged as \`npm pack\` lays it out, imported by name from the consumer's node_modules (dist/*.d.ts through the exports map). openapi-typescript: its \`types.ts\` generated from \`${displayPath(options.spec)}\`, part of the consumer as its users keep it.`,
        ...all.flatMap((consumer) => {
          const failed = runs.get(consumer)!.find((run) => run.errors > 0)
          return failed === undefined
            ? []
            : [
                `${consumer.name}: ${failed.errors} errors, the first: \`${failed.firstError}\``,
              ]
        }),
      ],
      table: markdownTable(
        [
          'consumer',
          'wall',
          'tsc total',
          'types',
          'instantiations',
          'errors',
          'wall vs openapi-typescript',
        ],
        rows,
      ),
      targets: ours.flatMap(targets),
    }
  })
}
