/**
 * Where content lives: `content/`, or the folder TIN_PHUONG_CONTENT names
 * (tests point it at fixtures, the bench at a generated archive). Read here
 * once, so every build step agrees on it.
 */
import { resolve } from 'node:path';

/** The content folder as given (relative to the project, or absolute). */
export const contentSetting = (): string => process.env.TIN_PHUONG_CONTENT || 'content';

/** The content folder, absolute. */
export const contentRoot = (): string => resolve(contentSetting());
