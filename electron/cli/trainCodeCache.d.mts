// Types of trainCodeCache.mjs (plain JavaScript so that the launcher can run it before anything is compiled).
export declare const CACHE_MANIFEST: string;
export declare function expectedCaches(outDir: string): Record<string, string>;
export declare function codeCacheMissing(outDir: string): boolean;
export declare function trainCodeCache(outDir: string): Promise<void>;
