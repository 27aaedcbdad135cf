import {
  authSchemes,
  specSchemes,
  tokenKinds,
  workspaceEnvironmentVariable,
  workspaceHeader,
} from '../../src/auth-schemes.js'
import type { Operation } from '../spec/model.js'
import { jsonText } from './json-text.js'
import { commentLines } from './layout.js'
import type { RenderedSample, SampleRenderer, SampleValue } from './sample.js'

const endpoint = 'https://connect.getseam.com'

/** Text inside an unquoted heredoc or double quotes reaches the program as written once `\`, `$` and backtick are escaped. */
export const escapeForShellExpansion = (text: string): string =>
  text.replace(/[\\$`]/g, (c) => `\\${c}`)

/** How a sample sends the credential of each spec scheme, from the SDK's table: most usual first (an API key wherever one is accepted). */
const credentialByScheme = new Map(
  tokenKinds.flatMap((kind) => {
    const { environmentVariable, sentAs } = authSchemes[kind]
    const header = sentAs === 'bearer' ? 'Authorization' : titleCase(sentAs)
    const value = `${sentAs === 'bearer' ? 'Bearer ' : ''}$${environmentVariable}`
    return [
      ...specSchemes[kind].withWorkspace.map(
        (name) =>
          [
            name,
            {
              header,
              value,
              workspace: authSchemes[kind].workspace !== 'never',
            },
          ] as const,
      ),
      ...specSchemes[kind].withoutWorkspace.map(
        (name) => [name, { header, value, workspace: false }] as const,
      ),
    ]
  }),
)

/** `seam-workspace` as curl samples spell a header: `Seam-Workspace`. */
function titleCase(header: string): string {
  return header.replace(
    /(^|-)([a-z])/g,
    (_, dash: string, letter: string) => dash + letter.toUpperCase(),
  )
}

function authHeaders(operation: Operation): string[] {
  if (operation.security.length === 0) return []
  const scheme = [...credentialByScheme.keys()].find((s) =>
    operation.security.includes(s),
  )
  const credential =
    scheme === undefined
      ? {
          header: 'Authorization',
          value: `Bearer $SEAM_${operation.security[0]!.toUpperCase()}`,
          workspace: false,
        }
      : credentialByScheme.get(scheme)!
  const headers = [`--header "${credential.header}: ${credential.value}"`]
  if (credential.workspace)
    headers.push(
      `--header "${titleCase(workspaceHeader)}: $${workspaceEnvironmentVariable}"`,
    )
  return headers
}

function url(
  operation: Operation,
  parameters: { [key: string]: SampleValue },
): string {
  const query = operation.queryParameters
    .filter((q) => parameters[q.name] !== undefined)
    .map((q) => {
      const value = parameters[q.name]
      return `${encodeURIComponent(q.name)}=${encodeURIComponent(typeof value === 'string' ? value : JSON.stringify(value))}`
    })
  return `${endpoint}${operation.path}${query.length > 0 ? `?${query.join('&')}` : ''}`
}

export const curl: SampleRenderer = {
  lang: 'bash',
  label: 'cURL',
  id: 'curl',
  name: 'cURL',
  callsUndocumented: true,
  render(sample): RenderedSample {
    const { operation } = sample
    const queryNames = new Set(operation.queryParameters.map((q) => q.name))
    const body = Object.fromEntries(
      Object.entries(sample.parameters).filter(([key]) => !queryNames.has(key)),
    )
    const lines = [
      `curl --include --request POST "${escapeForShellExpansion(url(operation, sample.parameters)).replaceAll('"', '\\"')}"`,
      ...authHeaders(operation).map((header) => `  ${header}`),
      '  --json @- <<EOF',
    ]
    // JSON never puts `EOF` alone on a line, so the heredoc ends where it should.
    const request = `${lines.join(' \\\n')}\n${escapeForShellExpansion(jsonText(body))}\nEOF`
    const response = `# Response:\n${commentLines(jsonText(sample.responseBody), '# ', '# ')}`
    return { request, response, source: `${request}\n\n${response}` }
  },
}
