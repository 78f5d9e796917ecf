# One image for every node; SERVICES decides what a container runs.
# Build stage: every dependency, TypeScript compiled to dist/ with the files it reads (npm run build).
FROM node:24-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY . .
RUN node scripts/build.mjs

# Run stage: production dependencies (no TypeScript, no tsx) and the compiled code only.
FROM node:24-slim
ENV NODE_ENV=production HOST=0.0.0.0
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
USER node
EXPOSE 3000 3001 3030
# node itself is PID 1's command: SIGTERM from the runtime reaches the process that drains.
CMD ["node", "dist/bin/start.js"]
