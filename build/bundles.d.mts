// Types of build/bundles.mjs, for vite.config.ts.
export declare const BUNDLES: Record<string, { entry: string; format: 'es' | 'iife' }>;
export declare function bundleOf(file: string): string | undefined;
export declare function buildBundle(fileName: string, options?: { write?: boolean; outDir?: string }): Promise<Map<string, string>>;
