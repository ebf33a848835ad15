// Eleventy 3 ships no type declarations; this is the part of its API the build uses.
declare module '@11ty/eleventy' {
  interface EleventyOptions {
    quietMode?: boolean;
    configPath?: string;
    pathPrefix?: string;
    // biome-ignore lint/suspicious/noExplicitAny: Eleventy's config object is untyped.
    config?: (eleventyConfig: any) => void | Promise<void>;
  }
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    init(): Promise<void>;
    write(): Promise<unknown>;
    toJSON(): Promise<unknown>;
    watch(): Promise<void>;
    serve(port?: number): Promise<void>;
  }
}
