// Types of chromium.mjs for the TypeScript harness (test/e2e/harness.ts). Keep in step.

/** The repository's root folder. */
export declare const ROOT: string;
/** Where `wxt build` writes the Chrome MV3 extension (absolute). */
export declare const EXTENSION_DIR: string;
/** Where Chromium is looked for, after `CHROMIUM_PATH`. */
export declare const CHROMIUM_CANDIDATES: readonly string[];
/** CHROMIUM_PATH, else the first usual path; throws how to install one when none is found. */
export declare function findChromium(): string;
/** Throws unless `dir/manifest.json` exists. */
export declare function assertExtensionBuilt(dir?: string): void;
/** The id Chromium gives the unpacked extension in `dir` (from the manifest's `key`, else its absolute path). */
export declare function unpackedExtensionId(dir?: string): string;
/** The flags that load the extension and send the webmail hosts to the local server. */
export declare function chromiumArgs(options: {
  extensionDir?: string;
  hostRules: string;
  locale?: string;
}): string[];
/** process.env, with LANGUAGE set to the locale when one is given. */
export declare function chromiumEnv(locale?: string): Record<string, string>;
