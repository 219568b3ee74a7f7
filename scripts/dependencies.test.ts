/**
 * The runtime and install-script policy in package.json agree with what the
 * lockfile installs (docs/security.md#install-scripts): an upgrade of `node`
 * or `esbuild` that nobody re-approved fails here, not silently at npm 12.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  engines: { node: string };
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  allowScripts: Record<string, boolean>;
};
const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8')) as {
  packages: Record<string, { version?: string; resolved?: string; link?: boolean; hasInstallScript?: boolean }>;
};
const installed = Object.entries(lock.packages).filter(([path, entry]) => path && !entry.link);

describe('dependencies', () => {
  it('every locked package keeps its resolved URL, which npm needs to match a pinned approval', () => {
    expect(installed.filter(([, entry]) => !entry.resolved).map(([path]) => path)).toEqual([]);
  });

  it('approves each install script at exactly the locked version, and nothing else', () => {
    const withScripts = installed
      .filter(([, entry]) => entry.hasInstallScript)
      .map(([path, entry]) => `${path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length)}@${entry.version}`);
    expect(Object.keys(pkg.allowScripts).sort()).toEqual(withScripts.sort());
    expect(Object.values(pkg.allowScripts).every((allowed) => allowed === true)).toBe(true);
  });

  it('runs on the Node it installs: engines, the node package and @types/node agree', () => {
    const node = pkg.dependencies.node!;
    expect(node).toMatch(/^\d+\.\d+\.\d+$/);
    expect(lock.packages['node_modules/node']?.version).toBe(node);
    const [major, minor] = node.split('.').map(Number) as [number, number];
    const floor = /^>=(\d+)\.(\d+)$/.exec(pkg.engines.node);
    expect(floor, `engines.node "${pkg.engines.node}"`).not.toBeNull();
    expect(major > Number(floor![1]) || (major === Number(floor![1]) && minor >= Number(floor![2]))).toBe(true);
    expect(pkg.devDependencies['@types/node']!.split('.')[0]).toBe(String(major));
  });
});
