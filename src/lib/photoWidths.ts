/**
 * The widths photos are published at (WebP, through astro:assets). Each width
 * is one sharp transform per photo at build, so there are few of them.
 */

/** A photo across the column (the cover, an album's photo, photos in a body): phones take 360 or 720, the 44rem column 720 or 1080. */
export const PHOTO_WIDTHS = [360, 720, 1080];

/** A thumbnail (article cards, album grids): 12–16rem wide, twice that on dense screens. */
export const THUMBNAIL_WIDTHS = [240, 480];
