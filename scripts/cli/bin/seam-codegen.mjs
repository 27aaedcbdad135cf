#!/usr/bin/env node
// The seam-codegen command: loads tsx (a devDependency of the repo) to run the TypeScript CLI.
import { register } from 'tsx/esm/api'

register()
const { runAsProcess } = await import('../main.ts')
await runAsProcess()
