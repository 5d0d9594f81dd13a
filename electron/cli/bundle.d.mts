// Types of bundle.mjs (plain JavaScript so that the launcher can run it before anything is compiled).
export declare const PACKAGE_ROOT: string;
export declare const DEFAULT_OUT_DIR: string;
export declare const MANIFEST: string;
export declare function bundleCli(outDir?: string): Promise<{ outDir: string; inputs: string[] }>;
