// `npm run manage -- <command>` runs the built operator tool. In a checkout with the compiler (a
// development machine) it rebuilds the API first, so it never runs stale code; in the Docker image (built,
// without dev dependencies) it runs the build as it is: no build step at run time.
const { execSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const entry = join(root, 'dist/apps/api/src/manage/main.js');
let compiler = false;
try {
  require.resolve('typescript', { paths: [root] });
  compiler = true;
} catch {
  // Production install: dev dependencies are pruned.
}
if (compiler) execSync('npm run build:api --silent', { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
else if (!existsSync(entry)) {
  console.error('The API is not built and the compiler is missing: run "npm install && npm run build:api" first.');
  process.exit(1);
}
require(entry);
