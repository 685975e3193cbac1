# Sigap's container image: `docker compose up` (docker-compose.yml) or `docker build -t sigap .`
# Every build step is scripts/container-steps.mjs, and CI runs that script's `check` — the same
# build in a clean directory, then this file's runtime ENV and CMD as a user other than root,
# until /api/health/ready answers — so a recipe whose steps fail fails `npm test`.
# Keep ENV lines one variable each and CMD in JSON form: the check reads them from here.

FROM node:20-bookworm-slim AS build
WORKDIR /src
COPY . .
RUN node scripts/container-steps.mjs build /src /app

FROM node:20-bookworm-slim AS runtime
# pg_dump and pg_restore for `npm run backup` / `restore` against PostgreSQL (Debian 12: version 15;
# pg_dump must be at least the server's major version).
RUN apt-get update \
 && apt-get install -y --no-install-recommends postgresql-client \
 && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production
ENV HOST=0.0.0.0
ENV PORT=3000
ENV SIGAP_DATA_DIR=/data
WORKDIR /app
# The code belongs to root and is read-only to the server; only /data is its own.
COPY --from=build /app /app
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME /data
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 CMD ["node", "scripts/container-steps.mjs", "health"]
CMD ["node", "--import", "tsx", "server/src/main.ts"]
