// What a process pays to start using the SDK: `node app.mjs` where the app imports the package and
// constructs a client (no request), against the same with @seamapi/http and an empty Node process.
// Each app is a new process, timed from spawn to exit; the apps alternate.
import { join } from 'node:path'

import { alternate, median, packageVersion, timeProcess } from './measure.js'
import {
  markdownTable,
  milliseconds,
  ratio,
  withLoad,
  type Section,
} from './report.js'
import { consumerProject, type Stage } from './stage.js'

export interface ColdStartOptions {
  stage: Stage
  runs: number
  warmup: number
}

const apps = {
  'empty.mjs': '',
  'seam-http.mjs': `import { SeamHttp } from 'seam-connect-sdk'\nnew SeamHttp({ apiKey: 'seam_key' })\n`,
  'lightest.mjs': `import { createSeamClient } from 'seam-connect-sdk/client'\nimport { devicesList } from 'seam-connect-sdk/routes/devices'\ncreateSeamClient({ apiKey: 'seam_key' })\nif (typeof devicesList !== 'function') process.exit(1)\n`,
  'seamapi-http.mjs': `import { SeamHttp } from '@seamapi/http'\nnew SeamHttp({ apiKey: 'seam_key' })\n`,
}

interface App {
  name: string
  file: keyof typeof apps
}

export async function coldStartBenchmark(
  options: ColdStartOptions,
): Promise<Section> {
  return withLoad(async () => {
    const dir = await consumerProject(options.stage, 'cold-start', apps)
    const empty: App = { name: 'empty Node process', file: 'empty.mjs' }
    const ours: App[] = [
      {
        name: 'this project: import SeamHttp, new SeamHttp()',
        file: 'seam-http.mjs',
      },
      {
        name: 'this project: import /client + /routes/devices, createSeamClient()',
        file: 'lightest.mjs',
      },
    ]
    const peer: App = {
      name: `@seamapi/http ${await packageVersion('@seamapi/http')}: import SeamHttp, new SeamHttp()`,
      file: 'seamapi-http.mjs',
    }
    const all = [empty, ...ours, peer]
    const times = await alternate(
      all,
      options,
      async (app) =>
        (
          await timeProcess(process.execPath, [join(dir, app.file)], {
            cwd: dir,
          })
        ).ms,
    )
    const medianOf = (app: App) => median(times.get(app)!)
    const rows = all.map((app) => [
      app.name,
      milliseconds(medianOf(app)),
      app === empty ? '' : `+${milliseconds(medianOf(app) - medianOf(empty))}`,
      ratio(medianOf(app), medianOf(peer)),
    ])
    return {
      title: 'Cold start',
      method: [
        `\`node APP.mjs\` (Node ${process.version}) from a project whose node_modules holds the built package, wall time from spawn to exit, median of ${options.runs} runs after ${options.warmup} warm-up round(s), the apps alternating. Each app imports the package (ES module entry) and constructs a client with an API key; no request is made.`,
      ],
      table: markdownTable(
        ['app', 'median', 'over empty Node', 'vs @seamapi/http'],
        rows,
      ),
      targets: ours.map((app) => ({
        goal: `${app.name}: ≤ empty Node + 100 ms`,
        measured: `+${milliseconds(medianOf(app) - medianOf(empty))}`,
        met: medianOf(app) - medianOf(empty) <= 100,
      })),
    }
  })
}
