/**
 * lede runs two ways: as TypeScript through tsx (`npm start`) and compiled to dist/ by
 * `npm run build` (`npm run start:prod`, plain node). What a child process needs differs.
 */

/** The module `name` (no extension) beside the module at `url`, as a path to hand to `fork`. */
export function moduleBeside(url: string, name: string): URL {
  const extension = new URL(url).pathname.endsWith('.ts') ? '.ts' : '.js';
  return new URL(`./${name}${extension}`, url);
}

/** Node flags a child running the module at `url` needs: tsx for TypeScript, nothing compiled. */
export function execArgvFor(url: string): string[] {
  return new URL(url).pathname.endsWith('.ts') ? ['--import', import.meta.resolve('tsx')] : [];
}
