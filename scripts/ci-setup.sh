#!/usr/bin/env bash
# Installs, from Debian's packages, the parsers and compilers the sample tests run
# (test/samples/), the browser the docs-site test drives (test/docs-site/browser.test.ts,
# /usr/bin/chromium) and GNU time, through which npm run bench reads CPU time and peak memory
# (bench/measure.ts): each only when its command is missing, so that a machine that has them all
# installs nothing.
set -euo pipefail

# command:package, one pair a tool.
tools=(
  python3:python3
  ruby:ruby
  php:php-cli
  gofmt:golang-go
  go:golang-go
  javac:default-jdk-headless
  mcs:mono-mcs
  chromium:chromium
  /usr/bin/time:time
)

missing=()
for tool in "${tools[@]}"; do
  command -v "${tool%%:*}" >/dev/null 2>&1 || missing+=("${tool#*:}")
done

if ((${#missing[@]} == 0)); then
  echo "ci-setup: every parser and the browser are installed"
  exit 0
fi

echo "ci-setup: installing ${missing[*]}"
run_as_root=()
if ((EUID != 0)); then run_as_root=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
"${run_as_root[@]}" apt-get update -qq
"${run_as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
