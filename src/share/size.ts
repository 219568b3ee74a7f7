/** The size of a share image (og:image): 1.91:1, what Facebook and Zalo show in full. */
export const SHARE_IMAGE = { width: 1200, height: 630 } as const;
