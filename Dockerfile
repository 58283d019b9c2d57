# One image for every Atrium service; docker-compose.yml picks the command.
FROM node:20-bookworm-slim
ENV COREPACK_ENABLE_DOWNLOAD_PROMPT=0 APOLLO_TELEMETRY_DISABLED=1
RUN npm install -g pnpm@10.34.9
WORKDIR /app
COPY . .
# `pnpm build` compiles every package's src/ to dist/ (scripts/build.ts); the containers run that
# JavaScript on plain node, never tsx. NODE_ENV is set only after the install, which needs the
# dev dependencies (the workspace packages are the root's dev dependencies).
RUN pnpm install --frozen-lockfile && pnpm build
ENV NODE_ENV=production
