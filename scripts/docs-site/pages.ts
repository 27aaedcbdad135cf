// One file because the landing, changelog and reference page frames share one header, search and stylesheet.
/**
 * The site's HTML: a landing page, the changelog page and one reference page per namespace.
 * Only the frame is written here; Redoc renders every operation, and `search.js` the search
 * that every page carries.
 */
export const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[
        c
      ]!,
  )

/** A JSON value inside `<script type="application/json">`: `<` escaped so that no `</script>` can end it early. */
const scriptJson = (value: unknown): string =>
  JSON.stringify(value).replace(/</g, '\\u003c')

// Everything the site needs is in it: nothing is fetched from elsewhere. Redoc runs inline
// styles and a blob worker.
const contentSecurityPolicy =
  "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; worker-src 'self' blob:"

/** The site's search: one box over every operation of every namespace. */
function searchBox(root: string): string {
  return `<div class="search" role="search">
<input id="search" type="search" data-root="${root}" placeholder="Search every operation" aria-label="Search operations" autocomplete="off" aria-controls="search-results" aria-expanded="false">
<ul id="search-results" role="listbox" aria-label="Operations found" hidden></ul>
</div>`
}

interface Frame {
  title: string
  /** From the page to the site's root: `.` or `..`. */
  root: string
  /** Extra tags for `<head>`. */
  head?: string
  /** The landing page shows the search first in its body, the others in the header. */
  searchInBody?: boolean
  body: string
  /** Scripts of the page itself, after the site's. */
  scripts?: string[]
}

function page({
  title,
  root,
  head = '',
  searchInBody = false,
  body,
  scripts = [],
}: Frame): string {
  const scriptTags = [
    'assets/minisearch.js',
    'assets/search-index.js',
    'assets/search.js',
    ...scripts,
  ]
    .map((script) => `<script src="${root}/${script}"></script>`)
    .join('\n')
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
<a class="home" href="${root}/index.html">Seam Connect API</a>
${searchInBody ? '' : searchBox(root)}
<nav><a href="${root}/index.html">Namespaces</a><a href="${root}/changelog.html">Changelog</a></nav>
</header>
${searchInBody ? body.replace('<!-- search -->', searchBox(root)) : body}
${scriptTags}
</body>
</html>
`
}

export interface NamespaceEntry {
  sdkName: string
  /** Its reference page. */
  href: string
  operations: number
  undocumented: number
  deprecated: number
}

/** The namespaces under one top-level namespace (`seam.acs`), each with operations. */
export interface NamespaceGroup {
  sdkName: string
  namespaces: NamespaceEntry[]
}

export interface LandingFacts {
  groups: NamespaceGroup[]
  operations: number
  languages: string[]
  /** The `@seamapi/types` version of the spec, when the changelog records it. */
  apiVersion: string | undefined
  /** The heading of the newest changelog section, if there is one. */
  latestChange: string | undefined
}

const plural = (count: number, noun: string): string =>
  `${count} ${noun}${count === 1 ? '' : 's'}`

function namespaceItem(entry: NamespaceEntry): string {
  const notes = [
    entry.undocumented > 0 ? `${entry.undocumented} undocumented` : undefined,
    entry.deprecated > 0 ? `${entry.deprecated} deprecated` : undefined,
  ].filter((note) => note !== undefined)
  return `<li><a href="${escapeHtml(entry.href)}"><code>${escapeHtml(entry.sdkName)}</code></a> <span class="count">${plural(entry.operations, 'operation')}${notes.length > 0 ? `, ${notes.join(', ')}` : ''}</span></li>`
}

export function landingPage({
  groups,
  operations,
  languages,
  apiVersion,
  latestChange,
}: LandingFacts): string {
  const namespaces = groups.reduce(
    (sum, group) => sum + group.namespaces.length,
    0,
  )
  const sections = groups
    .map(
      (group) => `<section class="group">
<h3><code>${escapeHtml(group.sdkName)}</code></h3>
<ul>
${group.namespaces.map(namespaceItem).join('\n')}
</ul>
</section>`,
    )
    .join('\n')
  const change =
    latestChange === undefined ? 'none recorded yet' : escapeHtml(latestChange)
  const version =
    apiVersion === undefined
      ? ''
      : ` from <code>@seamapi/types</code> ${escapeHtml(apiVersion)}`
  return page({
    title: 'Seam Connect API reference',
    root: '.',
    searchInBody: true,
    body: `<main class="landing">
<h1>Seam Connect API reference</h1>
<!-- search -->
<p>${operations} operations in ${namespaces} namespaces${version}, each with code samples in ${languages.length} languages: ${languages.map(escapeHtml).join(', ')}. Latest API change: <a href="changelog.html">${change}</a>.</p>
<h2>Namespaces</h2>
<div class="groups">
${sections}
</div>
</main>`,
  })
}

export interface ChangelogFacts {
  /** The newest changelog section's heading and summary, as HTML. */
  summary: string
  /** The rest of it, each entry (an operation or a resource schema) in a `section.change`. */
  details: string
  /** The namespaces of the changed operations, for the filter. */
  namespaces: string[]
  /** How many entries are about undocumented operations (hidden until asked for). */
  undocumented: number
}

/** The newest changelog section with its filter, or a note that there is none. */
export function changelogPage(facts: ChangelogFacts | undefined): string {
  if (facts === undefined) {
    return page({
      title: 'Latest API changes · Seam Connect',
      root: '.',
      body: `<main class="changelog">
<h1>Latest API changes</h1>
<p>No API changelog has been recorded yet: <code>npm run spec:update</code> writes one to <code>CHANGELOG.md</code> when it moves the spec to a new version.</p>
</main>`,
    })
  }
  const options = facts.namespaces
    .map(
      (namespace) =>
        `<option value="${escapeHtml(namespace)}">${escapeHtml(namespace)}</option>`,
    )
    .join('\n')
  return page({
    title: 'Latest API changes · Seam Connect',
    root: '.',
    scripts: ['assets/changelog-filter.js'],
    body: `<main class="changelog">
<h1>Latest API changes</h1>
${facts.summary}
<form class="changelog-filter" role="search" aria-label="Filter the changes">
<select id="changelog-namespace" aria-label="Namespace"><option value="">Every namespace</option>
${options}
</select>
<input id="changelog-text" type="search" placeholder="Filter by text" aria-label="Filter by text">
<label><input id="changelog-undocumented" type="checkbox"> show the ${plural(facts.undocumented, 'undocumented operation')}</label>
<output id="changelog-count" aria-live="polite"></output>
</form>
${facts.details}
</main>`,
  })
}

// Redoc's own options. Its search is off: the site's search covers every namespace, and one
// box is less to learn. The header's height is kept clear of the sticky sidebar and anchors.
// Redoc's default code font, Courier, clips underscores in paths on many systems.
const monospace =
  'ui-monospace, SFMono-Regular, Menlo, Consolas, "DejaVu Sans Mono", monospace'
const redocOptions = {
  scrollYOffset: 'header.site',
  disableSearch: true,
  hideDownloadButton: true,
  hideRequestPayloadSample: true,
  requiredPropsFirst: true,
  simpleOneOfTypeLabel: true,
  expandResponses: '200',
  jsonSampleExpandLevel: 3,
  theme: {
    sidebar: { width: '260px' },
    rightPanel: { width: '45%' },
    typography: {
      fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      headings: {
        fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      },
      code: { fontFamily: monospace, wrap: true },
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
