// The fast test tier a contributor runs before every commit: `npm run test:fast`, one whole run,
// against its 60 s goal. A project without the script is reported as missing it.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { repoRoot, timeProcess } from './measure.js'
import { markdownTable, seconds, withLoad, type Section } from './report.js'

const script = 'test:fast'
const goalMs = 60_000

export async function testTierBenchmark(): Promise<Section> {
  return withLoad(async () => {
    const scripts =
      JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8'))
        .scripts ?? {}
    const method = [
      `\`npm run ${script}\` once, wall time from spawn to exit (the machine as it is: other work slows it).`,
    ]
    if (typeof scripts[script] !== 'string') {
      return {
        title: 'Fast test tier',
        method,
        table: markdownTable(
          ['tier', 'wall'],
          [[`npm run ${script}`, 'no such script']],
        ),
        targets: [
          {
            goal: `fast test tier ≤ ${seconds(goalMs)}`,
            measured: `no \`${script}\` script in package.json`,
            met: false,
          },
        ],
      }
    }
    const { ms } = await timeProcess('npm', ['run', script])
    return {
      title: 'Fast test tier',
      method,
      table: markdownTable(
        ['tier', 'wall'],
        [[`npm run ${script}`, seconds(ms)]],
      ),
      targets: [
        {
          goal: `fast test tier ≤ ${seconds(goalMs)}`,
          measured: seconds(ms),
          met: ms <= goalMs,
        },
      ],
    }
  })
}
