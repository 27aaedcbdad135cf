// The site's search, on every page: every operation of every namespace (assets/search-index.js),
// ranked by MiniSearch; Enter or a click opens the operation on its reference page.
;(() => {
  const input = document.getElementById('search')
  const list = document.getElementById('search-results')
  if (input === null || list === null) return
  const index = new MiniSearch({
    idField: 'path',
    fields: ['title', 'path', 'sdkMethod', 'description'],
    storeFields: ['title', 'path', 'sdkMethod', 'href'],
    // `unlockDoor` is found as one word and as `unlock` and `door`.
    processTerm: (term) => {
      const parts = term.split(/(?<=[a-z0-9])(?=[A-Z])/)
      return parts.length > 1
        ? [term, ...parts].map((part) => part.toLowerCase())
        : term.toLowerCase()
    },
    searchOptions: {
      boost: { title: 3, sdkMethod: 2, path: 2 },
      prefix: true,
      fuzzy: 0.1,
      combineWith: 'AND',
    },
  })
  index.addAll(window.seamOperations)
  const limit = 12
  let found = []
  let active = 0

  const hrefOf = (result) => `${input.dataset.root}/${result.href}`

  function render() {
    list.replaceChildren(
      ...found.map((result, i) => {
        const item = document.createElement('li')
        item.setAttribute('role', 'option')
        item.setAttribute('aria-selected', String(i === active))
        const link = document.createElement('a')
        link.href = hrefOf(result)
        const title = document.createElement('span')
        title.className = 'title'
        title.textContent = result.title
        const path = document.createElement('code')
        path.textContent = `POST ${result.path}`
        const method = document.createElement('code')
        method.textContent = result.sdkMethod
        link.append(title, path, method)
        item.append(link)
        return item
      }),
    )
    if (found.length === 0 && input.value.trim() !== '') {
      const none = document.createElement('li')
      none.className = 'none'
      none.textContent = 'No operation matches.'
      list.append(none)
    }
    const open = input.value.trim() !== ''
    list.hidden = !open
    input.setAttribute('aria-expanded', String(open))
  }

  input.addEventListener('input', () => {
    // An operation named exactly (by its SDK method, path or title) comes first.
    const exact = input.value.trim().toLowerCase()
    const isExact = (result) =>
      [result.sdkMethod, result.path, result.title].some(
        (name) => name.toLowerCase() === exact,
      )
    const ranked = index.search(input.value)
    found = [
      ...ranked.filter(isExact),
      ...ranked.filter((result) => !isExact(result)),
    ].slice(0, limit)
    active = 0
    render()
  })
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      if (found.length === 0) return
      active =
        (active + (event.key === 'ArrowDown' ? 1 : found.length - 1)) %
        found.length
      render()
    } else if (event.key === 'Enter' && found[active] !== undefined) {
      event.preventDefault()
      window.location.href = hrefOf(found[active])
    } else if (event.key === 'Escape') {
      input.value = ''
      found = []
      render()
    }
  })
  // A link to another operation on the same page only changes the hash: close the list.
  list.addEventListener('click', () => {
    input.value = ''
    found = []
    render()
  })
})()
