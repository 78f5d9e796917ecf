# One image for every node; SERVICES decides what a container runs.
FROM node:24-slim
ENV NODE_ENV=production HOST=0.0.0.0
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY . .
USER node
EXPOSE 3000 3001 3030
# tsx runs the TypeScript directly, as npm start does; node 24 is already the image's node.
CMD ["node", "--import", "tsx", "bin/start.ts"]
