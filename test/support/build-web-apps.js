// Jest global setup: the browser tests drive the built web apps, so build them from the current source.
const { execSync } = require('node:child_process');

module.exports = async () => {
  execSync('npm run build --silent --workspace apps/candidate --workspace apps/admin', {
    stdio: 'ignore',
    cwd: `${__dirname}/../..`,
  });
};
