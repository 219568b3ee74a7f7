// Prettier, set to the style the code was already written in: single quotes, semicolons, trailing commas, long lines.
/** @type {import('prettier').Config} */
export default {
  plugins: ['prettier-plugin-astro'],
  singleQuote: true,
  printWidth: 160,
};
