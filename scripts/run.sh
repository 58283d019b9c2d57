#!/bin/sh
# `pnpm start`, `pnpm serve <name>`, `pnpm db:migrate`: the TypeScript sources through tsx in
# development and tests; with NODE_ENV=production the compiled JavaScript of `pnpm build` on plain
# node (`atrium-compiled` makes every @atrium package resolve to its dist/). `exec` (here and in
# package.json): signals reach the service itself, and no shell in between dies of a Ctrl-C that
# the service answers by stopping cleanly (pnpm would report that shell's death as a failure).
set -e
here=$(dirname "$0")
script=$1
shift
if [ "$NODE_ENV" = production ]; then
  if [ ! -f "$here/dist/$script.js" ]; then
    echo "NODE_ENV=production runs the compiled JavaScript: run pnpm build first ($here/dist/$script.js is missing)" >&2
    exit 1
  fi
  exec node --conditions=atrium-compiled "$here/dist/$script.js" "$@"
fi
# node with tsx's loader rather than the tsx CLI: no wrapper process relaying signals in between.
exec node --import tsx "$here/$script.ts" "$@"
