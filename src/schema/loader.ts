/**
 * The glob loader, with front matter re-read strictly (see lib/frontmatter.ts)
 * so that impossible dates fail the build naming file and field.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { splitFrontmatter } from '../lib/frontmatter.ts';

export function contentLoader(options: { pattern: string; base: string }): Loader {
  const inner = glob({
    ...options,
    // Ids keep the sub-folder (2015/slug), so URLs stay stable and unique.
    generateId: ({ entry }) => entry.replace(/\.(md|mdx|json)$/, ''),
  });
  return {
    name: 'tin-phuong-content',
    load: (context) =>
      inner.load({
        ...context,
        parseData: async (props) => {
          if (props.filePath && /\.mdx?$/.test(props.filePath)) {
            const source = await readFile(resolve(props.filePath), 'utf8');
            const { data } = splitFrontmatter(source);
            return context.parseData({ ...props, data: data as typeof props.data });
          }
          return context.parseData(props);
        },
      }),
  };
}
