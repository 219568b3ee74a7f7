/** What the build's integrations tell the pages (src/build/shareCards.ts). */
declare module 'virtual:tin-phuong/share-cards' {
  /** In `astro build`, where the card route writes the list of cards for the card thread; '' in `astro dev`. */
  export const listFile: string;
  /** The card cache folder, in Astro's cacheDir. */
  export const cacheDir: string;
}
