#!/usr/bin/env bash
# Installs the interpreters the test suite uses to parse code samples, when they are missing.
set -euo pipefail
echo "ci-setup: nothing to install yet"
