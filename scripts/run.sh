#!/bin/sh
# `pnpm start`, `pnpm serve <name>`, `pnpm db:migrate`: the TypeScript sources through tsx in
# development and tests; with NODE_ENV=production the compiled JavaScript of `pnpm build` on plain
# node (`atrium-compiled` makes every @atrium package resolve to its dist/). `exec`: signals reach
# the service itself.
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
exec tsx "$here/$script.ts" "$@"
