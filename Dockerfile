# One image for every Atrium service; docker-compose.yml picks the command.
FROM node:20-bookworm-slim
ENV COREPACK_ENABLE_DOWNLOAD_PROMPT=0 APOLLO_TELEMETRY_DISABLED=1
RUN npm install -g pnpm@10.34.9
WORKDIR /app
COPY . .
RUN pnpm install --frozen-lockfile
