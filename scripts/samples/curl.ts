import type { Operation } from '../spec/model.js'
import { jsonText } from './json-text.js'
import { commentLines } from './layout.js'
import type { RenderedSample, SampleRenderer, SampleValue } from './sample.js'

const endpoint = 'https://connect.getseam.com'

/** Text inside an unquoted heredoc or double quotes reaches the program as written once `\`, `$` and backtick are escaped. */
export const escapeForShellExpansion = (text: string): string =>
  text.replace(/[\\$`]/g, (c) => `\\${c}`)

/** The environment variable holding the credential, by scheme, most usual first: an API key wherever one is accepted. */
const credentialByScheme: Record<
  string,
  { token: string; workspace?: boolean }
> = {
  api_key: { token: 'SEAM_API_KEY' },
  pat_with_workspace: { token: 'SEAM_PERSONAL_ACCESS_TOKEN', workspace: true },
  pat_without_workspace: { token: 'SEAM_PERSONAL_ACCESS_TOKEN' },
  console_session_with_workspace: {
    token: 'SEAM_CONSOLE_SESSION_TOKEN',
    workspace: true,
  },
  console_session_without_workspace: { token: 'SEAM_CONSOLE_SESSION_TOKEN' },
  client_session: { token: 'SEAM_CLIENT_SESSION_TOKEN' },
  client_session_with_customer: { token: 'SEAM_CLIENT_SESSION_TOKEN' },
  client_session_with_customer_ro: { token: 'SEAM_CLIENT_SESSION_TOKEN' },
}

function authHeaders(operation: Operation): string[] {
  if (operation.security.length === 0) return []
  const scheme = Object.keys(credentialByScheme).find((s) =>
    operation.security.includes(s),
  )
  const credential =
    scheme === undefined
      ? { token: `SEAM_${operation.security[0]!.toUpperCase()}` }
      : credentialByScheme[scheme]!
  const headers = [`--header "Authorization: Bearer $${credential.token}"`]
  if (credential.workspace)
    headers.push('--header "Seam-Workspace: $SEAM_WORKSPACE_ID"')
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
