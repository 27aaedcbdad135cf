// The changelog page's filter: by namespace and text; undocumented operations only when asked.
;(() => {
  const namespace = document.getElementById('changelog-namespace')
  const text = document.getElementById('changelog-text')
  const undocumented = document.getElementById('changelog-undocumented')
  const count = document.getElementById('changelog-count')
  const changes = [...document.querySelectorAll('section.change')]
  const searchable = changes.map((change) => change.textContent.toLowerCase())

  function apply() {
    const words = text.value.toLowerCase().split(/\s+/).filter(Boolean)
    const chosen = namespace.value
    let shown = 0
    changes.forEach((change, i) => {
      const inNamespace =
        chosen === '' ||
        change.dataset.namespace === chosen ||
        change.dataset.namespace.startsWith(`${chosen}.`)
      const visible =
        (undocumented.checked || change.dataset.undocumented === undefined) &&
        inNamespace &&
        words.every((word) => searchable[i].includes(word))
      change.hidden = !visible
      if (visible) shown += 1
    })
    count.textContent = `${shown} of ${changes.length} changed operations and schemas shown`
  }

  namespace.addEventListener('change', apply)
  text.addEventListener('input', apply)
  undocumented.addEventListener('change', apply)
  document
    .querySelector('form.changelog-filter')
    .addEventListener('submit', (event) => event.preventDefault())
  apply()
})()
