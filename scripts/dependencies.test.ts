/**
 * The runtime and install-script policy in package.json agree with what the
 * lockfile installs (docs/security.md#install-scripts): an upgrade of `node`
 * (or a new dependency with an install script) that nobody re-approved fails here, not silently at npm 12.
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
  packages: Record<
    string,
    { version?: string; resolved?: string; link?: boolean; hasInstallScript?: boolean; engines?: { node?: string }; dependencies?: Record<string, string> }
  >;
};
const installed = Object.entries(lock.packages).filter(([path, entry]) => path && !entry.link);

/** A version as numbers, `22.23` as [22, 23, 0]. */
const numbers = (version: string) => [...version.split('.').map(Number), 0, 0, 0].slice(0, 3);
/** Is `version` at least `floor`? */
function atLeast(version: string, floor: string): boolean {
  const [a, b] = [numbers(version), numbers(floor)];
  const i = a.findIndex((n, k) => n !== b[k]);
  return i < 0 || a[i]! > b[i]!;
}
/** The lock's path of the copy of `name` that the package at `from` loads, as Node resolves it (nearest node_modules first). */
function resolvedFrom(from: string, name: string): string {
  for (let dir = from; ; dir = dir.slice(0, dir.lastIndexOf('/node_modules/'))) {
    if (lock.packages[`${dir}/node_modules/${name}`]) return `${dir}/node_modules/${name}`;
    if (!dir.includes('/node_modules/')) return `node_modules/${name}`;
  }
}

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
    const floor = /^>=(\d+\.\d+(?:\.\d+)?)$/.exec(pkg.engines.node)?.[1];
    expect(floor, `engines.node "${pkg.engines.node}"`).toBeDefined();
    expect(atLeast(node, floor!)).toBe(true);
    expect(pkg.devDependencies['@types/node']!.split('.')[0]).toBe(node.split('.')[0]);
  });

  it('promises no older Node than a dependency needs: engines.node is at least every plain ">=" floor in the lockfile', () => {
    const floor = pkg.engines.node.slice(2);
    const needs = installed.flatMap(([path, entry]) => {
      const theirs = /^>=\s*(\d+(?:\.\d+){0,2})$/.exec(entry.engines?.node?.trim() ?? '')?.[1];
      return theirs && !atLeast(floor, theirs) ? [`${path} needs Node ${theirs}`] : [];
    });
    expect(needs).toEqual([]);
  });

  it('pins the Markdown parsers @astrojs/mdx compiles with, so src/schema/mdxRules.ts reads an .mdx as the compiler does', () => {
    const mdx = lock.packages['node_modules/@astrojs/mdx']!;
    const helpers = resolvedFrom('node_modules/@astrojs/mdx', '@astrojs/internal-helpers');
    const markdown = resolvedFrom('node_modules/@astrojs/mdx', '@astrojs/markdown-satteri');
    const satteri = resolvedFrom(markdown, 'satteri');
    expect({
      '@astrojs/internal-helpers': lock.packages[helpers]?.version,
      '@astrojs/markdown-satteri': lock.packages[markdown]?.version,
      satteri: lock.packages[satteri]?.version,
    }).toEqual({
      '@astrojs/internal-helpers': pkg.dependencies['@astrojs/internal-helpers'],
      '@astrojs/markdown-satteri': pkg.dependencies['@astrojs/markdown-satteri'],
      satteri: pkg.dependencies.satteri,
    });
    // Our copies are the ones @astrojs/mdx loads, not a second copy beside its own.
    expect([helpers, markdown, satteri]).toEqual(['node_modules/@astrojs/internal-helpers', 'node_modules/@astrojs/markdown-satteri', 'node_modules/satteri']);
    expect(mdx.dependencies?.['@astrojs/internal-helpers']).toBe(pkg.dependencies['@astrojs/internal-helpers']);
  });
});
