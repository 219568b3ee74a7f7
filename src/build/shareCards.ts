/**
 * Share cards (src/share): gives the card route (src/pages/anh-chia-se) what
 * it needs to know of the build through a virtual module, as Astro's own
 * integrations do: whether this is a build (then cards are drawn on a thread
 * of their own, cardDrawer.ts), where the card thread's code is, and the card
 * cache folder beside Astro's other caches. The route writes the cards, so
 * incremental builds copy an unchanged card like any unchanged page.
 */
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MODULE = 'virtual:tin-phuong/share-cards';
const RESOLVED = `\0${MODULE}`;

export function shareCards(): AstroIntegration {
  return {
    name: 'tin-phuong-share-cards',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        const values = {
          building: command === 'build',
          cardWorker: fileURLToPath(new URL('../share/cardWorker.ts', import.meta.url)),
          cacheDir: join(fileURLToPath(config.cacheDir), 'anh-chia-se'),
        };
        const code = Object.entries(values).map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`).join('\n');
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'tin-phuong:share-cards',
                resolveId: (id: string) => (id === MODULE ? RESOLVED : undefined),
                load: (id: string) => (id === RESOLVED ? code : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
