import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const SCRIPT = join(ROOT, 'scripts/test-prerequisites.sh');

/** Runs the script with exactly `env` (bash by its absolute path, so PATH can leave things out). */
function run(env: Record<string, string>) {
  const result = spawnSync('/bin/bash', [SCRIPT], { env, encoding: 'utf8', timeout: 10_000 });
  return { status: result.status, stdout: result.stdout, lines: result.stderr.split('\n').filter(Boolean) };
}

describe('scripts/test-prerequisites.sh', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'mockint-prerequisites-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs before the tests of `npm test`', () => {
    const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts;
    expect(scripts.test).toMatch(/^scripts\/test-prerequisites\.sh && /);
    expect(scripts['test:e2e']).toMatch(/^scripts\/test-prerequisites\.sh && /);
  });

  it('says nothing when everything is there', () => {
    expect(run({ PATH: process.env.PATH!, CHROMIUM_PATH: process.execPath })).toEqual({ status: 0, stdout: '', lines: [] });
  });

  it.each([
    ['installing is turned off', { PATH: process.env.PATH!, INSTALL_TEST_PREREQUISITES: '0' }, 'chromium'],
    // Nothing on the PATH: the audio tools are missing too.
    ['there is no apt-get', { PATH: '/nonexistent' }, 'chromium espeak-ng ffmpeg'],
  ])('stops at once with one line saying how to install what is missing when %s', (_when, env, missing) => {
    const started = Date.now();
    const { status, stdout, lines } = run({ ...env, CHROMIUM_PATH: '/nonexistent' });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`'sudo apt-get install -y ${missing}'`);
    expect(lines[0]).toContain('CHROMIUM_PATH');
  });

  // Installing runs as root only; an apt-get of our own stands in for Debian's.
  (process.getuid?.() === 0 ? it : it.skip)('installs what is missing with apt-get as root, saying what', () => {
    const chromium = join(dir, 'chromium');
    const calls = join(dir, 'apt-get.calls');
    writeFileSync(
      join(dir, 'apt-get'),
      `#!/bin/sh\necho "$@" >> ${calls}\n[ "$1" = install ] && printf '#!/bin/sh\\n' > ${chromium} && chmod +x ${chromium}\nexit 0\n`,
    );
    chmodSync(join(dir, 'apt-get'), 0o755);
    const { status, lines } = run({ PATH: `${dir}:${process.env.PATH}`, CHROMIUM_PATH: chromium });
    expect({ status, lines }).toEqual({ status: 0, lines: ['Installing what the tests need: chromium (apt-get install)'] });
    expect(readFileSync(calls, 'utf8').split('\n').filter(Boolean)).toEqual(['update -qq', 'install -y -qq chromium']);
    expect(existsSync(chromium)).toBe(true);
  });
});
