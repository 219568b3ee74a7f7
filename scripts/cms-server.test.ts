import { describe, expect, it } from 'vitest';
import { requestPaths } from './cms-server.ts';

describe('what a decap-server request may commit', () => {
  it('is the entry, its new path and its photos when saving', () => {
    expect(
      requestPaths({
        action: 'persistEntry',
        params: {
          branch: 'main',
          dataFiles: [{ path: 'content/news/2024/a.md', newPath: 'content/news/2024/b.md' }],
          assets: [{ path: 'content/news/2024/anh/x.jpg' }],
          options: { useWorkflow: true },
        },
      }),
    ).toEqual({ paths: ['content/news/2024/a.md', 'content/news/2024/b.md', 'content/news/2024/anh/x.jpg'], workflowBase: 'main' });
  });

  it('has no workflow base when publishing directly', () => {
    expect(requestPaths({ action: 'persistEntry', params: { branch: 'main', entry: { path: 'content/categories/a.json' }, assets: [], options: {} } })).toEqual({
      paths: ['content/categories/a.json'],
    });
  });

  it('is the file itself for media and deletions, and nothing for reads', () => {
    expect(requestPaths({ action: 'persistMedia', params: { asset: { path: 'content/media/a.jpg' } } }).paths).toEqual(['content/media/a.jpg']);
    expect(requestPaths({ action: 'deleteFile', params: { path: 'content/media/a.jpg' } }).paths).toEqual(['content/media/a.jpg']);
    expect(requestPaths({ action: 'deleteFiles', params: { paths: ['a', 'b'] } }).paths).toEqual(['a', 'b']);
    expect(requestPaths({ action: 'entriesByFolder', params: {} }).paths).toEqual([]);
    expect(requestPaths(undefined).paths).toEqual([]);
  });
});
