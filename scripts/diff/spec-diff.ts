import { renderJson, renderMarkdown } from './changelog.js'
import { diffSpecFiles, type Changelog } from './diff.js'

export {
  code,
  countByRule,
  renderJson,
  renderMarkdown,
  summaryLine,
  type MarkdownOptions,
} from './changelog.js'
export {
  diffSpecFiles,
  diffSpecs,
  type ChangeEntry,
  type Changelog,
  type Scope,
} from './diff.js'
export {
  impliedBump,
  isBreaking,
  rules,
  type Bump,
  type Rule,
  type RuleId,
} from './rules.js'

export interface DiffReportOptions {
  /** JSON for machines instead of Markdown. */
  json?: boolean
  /** Exit code 1 when any change is breaking (for CI gates). */
  failOnBreaking?: boolean
}

/** What `spec:diff` and `seam-codegen diff` print and exit with, for two spec files. */
export async function diffReport(
  oldFile: string,
  newFile: string,
  options: DiffReportOptions = {},
): Promise<{ changelog: Changelog; output: string; exitCode: 0 | 1 }> {
  const changelog = await diffSpecFiles(oldFile, newFile)
  const output =
    options.json === true ? renderJson(changelog) : renderMarkdown(changelog)
  return {
    changelog,
    output,
    exitCode: options.failOnBreaking === true && changelog.breaking > 0 ? 1 : 0,
  }
}
