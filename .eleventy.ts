// Eleventy config: the archive site plugin over the templates in templates/.
// build() hands its prepared archive over; run on its own, it reads ./articles.
import path from 'node:path';
import { PACKAGE_ROOT, archiveSite, resolveSiteContext } from './src/site/plugin.ts';

// biome-ignore lint/suspicious/noExplicitAny: Eleventy ships no types for its config object.
export default async function (eleventyConfig: any) {
  const context = await resolveSiteContext();
  eleventyConfig.addPlugin(archiveSite, context);
  return {
    dir: {
      input: path.relative(process.cwd(), path.join(PACKAGE_ROOT, 'templates')) || '.',
      includes: '_includes',
      output: path.relative(process.cwd(), context.out) || '.',
    },
    templateFormats: ['njk'],
    htmlTemplateEngine: 'njk',
    pathPrefix: context.basePath,
  };
}
