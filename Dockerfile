# One image for the API and the worker (docker-compose.yml picks the command).
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY libs/scoring-core/package.json libs/scoring-core/
COPY libs/web-graphql/package.json libs/web-graphql/
COPY apps/admin/package.json apps/admin/
COPY apps/candidate/package.json apps/candidate/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:22-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app /app
# DATA_DIR: recorded answers' audio when no S3 bucket is configured (a volume in docker-compose.yml).
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 3000
CMD ["node", "dist/apps/api/src/main.js"]
