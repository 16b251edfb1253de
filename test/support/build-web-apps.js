// Jest global setup: the browser tests drive the built web apps, so build them from the current source.
const { execSync } = require('node:child_process');

module.exports = async () => {
  execSync('npm run build --silent --workspace apps/candidate --workspace apps/admin', {
    stdio: 'ignore',
    // Jest sets NODE_ENV=test, which would make Vite bundle React's development build.
    env: { ...process.env, NODE_ENV: 'production' },
    cwd: `${__dirname}/../..`,
  });
};
