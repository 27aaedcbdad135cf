/**
 * The site's HTML: a landing page, the changelog page and one reference page per namespace.
 * Only the frame is written here; Redoc renders every operation.
 */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

/** A JSON value inside `<script type="application/json">`: `<` escaped so that no `</script>` can end it early. */
const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c')

// Everything the site needs is in it: nothing is fetched from elsewhere (Redoc's bundle would
// otherwise load its attribution logo from a CDN). Redoc runs inline styles and a blob worker.
const contentSecurityPolicy =
  "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; worker-src 'self' blob:"

interface Frame {
  title: string
  /** From the page to the site's root: `.` or `..`. */
  root: string
  /** Extra tags for `<head>`. */
  head?: string
  body: string
}

function page({ title, root, head = '', body }: Frame): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">
<link rel="icon" href="data:,">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="${root}/assets/site.css">
${head}</head>
<body>
<header class="site">
<a class="home" href="${root}/index.html">Seam Connect API reference</a>
<nav><a href="${root}/index.html">Namespaces</a><a href="${root}/changelog.html">Changelog</a></nav>
</header>
${body}
</body>
</html>
`
}

export interface NamespaceRow {
  sdkName: string
  /** Its reference page; undefined for a namespace that only groups others. */
  href: string | undefined
  depth: number
  operations: number
  undocumented: number
  deprecated: number
}

export interface OperationRow {
  title: string
  path: string
  /** `seam.locks.unlockDoor` */
  sdkCall: string
  /** The operation on its namespace's page. */
  href: string
}

export interface LandingFacts {
  namespaces: NamespaceRow[]
  operations: OperationRow[]
  languages: string[]
  /** The heading of the newest changelog section, if there is one. */
  latestChange: string | undefined
}

const link = (href: string | undefined, html: string): string => (href === undefined ? html : `<a href="${escapeHtml(href)}">${html}</a>`)

export function landingPage({ namespaces, operations, languages, latestChange }: LandingFacts): string {
  const rows = namespaces
    .map(
      (row) => `<tr>
<td class="namespace" style="--depth: ${row.depth}">${link(row.href, `<code>${escapeHtml(row.sdkName)}</code>`)}</td>
<td class="count">${row.operations}</td>
<td class="count">${row.undocumented || ''}</td>
<td class="count">${row.deprecated || ''}</td>
</tr>`,
    )
    .join('\n')
  const operationRows = operations
    .map(
      (row) => `<tr>
<td>${link(row.href, escapeHtml(row.title))}</td>
<td><code>POST ${escapeHtml(row.path)}</code></td>
<td><code>${escapeHtml(row.sdkCall)}</code></td>
</tr>`,
    )
    .join('\n')
  const change = latestChange === undefined ? 'none recorded yet' : escapeHtml(latestChange)
  return page({
    title: 'Seam Connect API reference',
    root: '.',
    body: `<main class="landing">
<h1>Seam Connect API reference</h1>
<p>${operations.length} operations in ${namespaces.filter((row) => row.operations > 0).length} namespaces, each with code samples in ${languages.length} languages: ${languages.map(escapeHtml).join(', ')}.</p>
<p>Latest API change: <a href="changelog.html">${change}</a>. <a href="#operations">Find an operation</a> by title, path or SDK method.</p>
<table class="namespaces">
<thead><tr><th>Namespace</th><th>Operations</th><th>Undocumented</th><th>Deprecated</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<h2 id="operations">Operations</h2>
<input id="filter" type="search" placeholder="Filter by title, path or SDK method" aria-label="Filter operations">
<table class="operations">
<thead><tr><th>Operation</th><th>Endpoint</th><th>SDK method</th></tr></thead>
<tbody>
${operationRows}
</tbody>
</table>
<script>
const operationRows = [...document.querySelectorAll('table.operations tbody tr')]
document.getElementById('filter').addEventListener('input', (event) => {
  const words = event.target.value.toLowerCase().split(/\\s+/).filter(Boolean)
  for (const row of operationRows) row.hidden = !words.every((word) => row.textContent.toLowerCase().includes(word))
})
</script>
</main>`,
  })
}

/** The newest changelog section as HTML, or a note that there is none. */
export function changelogPage(sectionHtml: string | undefined): string {
  const body =
    sectionHtml ??
    '<p>No API changelog has been recorded yet: <code>npm run spec:update</code> writes one to <code>CHANGELOG.md</code> when it moves the spec to a new version.</p>'
  return page({
    title: 'Latest API changes · Seam Connect',
    root: '.',
    body: `<main class="changelog">
<h1>Latest API changes</h1>
${body}
</main>`,
  })
}

// Redoc's own options; the header's height is kept clear of its sticky sidebar and anchors.
// Redoc's default code font, Courier, clips underscores in paths on many systems.
const monospace = 'ui-monospace, SFMono-Regular, Menlo, Consolas, "DejaVu Sans Mono", monospace'
const redocOptions = {
  scrollYOffset: 'header.site',
  hideDownloadButton: true,
  hideRequestPayloadSample: true,
  requiredPropsFirst: true,
  expandResponses: '200',
  jsonSampleExpandLevel: 3,
  theme: {
    sidebar: { width: '280px' },
    typography: {
      fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      headings: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif' },
      code: { fontFamily: monospace },
    },
  },
}

export function referencePage(sdkName: string, spec: unknown): string {
  return page({
    title: `${sdkName} · Seam Connect API reference`,
    root: '..',
    head: '<script src="../assets/redoc.standalone.js"></script>\n',
    body: `<div id="reference"></div>
<script id="spec" type="application/json">${scriptJson(spec)}</script>
<script>
Redoc.init(JSON.parse(document.getElementById('spec').textContent), ${JSON.stringify(redocOptions)}, document.getElementById('reference'))
</script>`,
  })
}
