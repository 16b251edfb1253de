import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';

const ROOT = join(__dirname, '..');
const read = (file: string) => JSON.parse(readFileSync(join(ROOT, file), 'utf8'));

interface Project {
  type: 'application' | 'library';
  root: string;
  entryFile: string;
  sourceRoot: string;
  compilerOptions: { tsConfigPath: string };
}

/** Where `tsc -p tsConfigPath` writes `sourceRoot/entryFile.ts`: what `nest start` runs. */
function output(project: Project): string {
  const configFile = join(ROOT, project.compilerOptions.tsConfigPath);
  const { config } = ts.readConfigFile(configFile, ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, dirname(configFile));
  const source = join(ROOT, project.sourceRoot, `${project.entryFile}.ts`);
  return relative(ROOT, join(options.outDir!, relative(options.rootDir!, source)).replace(/\.ts$/, '.js'));
}

/** nest-cli.json describes the monorepo as `npm run build` really builds it. */
describe('nest-cli.json', () => {
  const cli = read('nest-cli.json') as {
    monorepo: boolean;
    sourceRoot: string;
    entryFile: string;
    projects: Record<string, Project>;
  };
  const scripts = read('package.json').scripts as Record<string, string>;

  it('is a monorepo whose default project is the API', () => {
    expect(cli.monorepo).toBe(true);
    expect(cli.projects.api).toMatchObject({ type: 'application', sourceRoot: cli.sourceRoot, entryFile: cli.entryFile });
  });

  it.each([
    ['api', 'start'],
    ['worker', 'start:worker'],
  ])('builds the %s where `npm run %s` runs it', (name, script) => {
    const project = cli.projects[name];
    expect(project.type).toBe('application');
    expect(scripts[script]).toContain(`node ${output(project)}`);
    expect(scripts['build:api']).toContain(`tsc -p ${project.compilerOptions.tsConfigPath}`);
  });

  it('builds scoring-core where its package.json points', () => {
    const project = cli.projects['scoring-core'];
    expect(project.type).toBe('library');
    expect(output(project)).toBe(join(project.root, read(join(project.root, 'package.json')).main));
  });

  it('names files that exist', () => {
    for (const project of Object.values(cli.projects)) {
      expect(existsSync(join(ROOT, project.sourceRoot, `${project.entryFile}.ts`))).toBe(true);
      expect(existsSync(join(ROOT, project.compilerOptions.tsConfigPath))).toBe(true);
    }
  });
});
