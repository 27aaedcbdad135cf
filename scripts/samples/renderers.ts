import { csharp } from './csharp.js'
import { curl } from './curl.js'
import { go } from './go.js'
import { java } from './java.js'
import { javascript } from './javascript.js'
import { php } from './php.js'
import { python } from './python.js'
import { ruby } from './ruby.js'
import type { SampleRenderer } from './sample.js'
import { seamCli } from './seam-cli.js'

/** Every language, in the order the docs show them: the seed page's six, then Go, Java and C#. */
export const renderers: readonly SampleRenderer[] = [
  javascript,
  curl,
  python,
  ruby,
  php,
  seamCli,
  go,
  java,
  csharp,
]
