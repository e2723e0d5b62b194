// Types of build/bundles.mjs, for vite.config.ts.
import type { InlineConfig } from 'vite';

/** Each bundle by file name, with the files of its own it loads (`chunks`). */
export declare const BUNDLES: Record<string, { entry: string; format: 'es' | 'iife'; chunks: string[] }>;
export declare function bundleConfig(fileName: string, options?: { write?: boolean; outDir?: string }): InlineConfig;
