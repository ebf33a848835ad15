/** Public API. */
export { build, type BuildOptions, type BuildResult } from './build.ts';
export { extract, type ExtractOptions, type ExtractResult } from './extract.ts';
export { catalogue } from './messages.ts';
export type * from './types.ts';
