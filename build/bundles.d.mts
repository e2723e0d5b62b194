// Types of build/bundles.mjs, for vite.config.ts.
import type { InlineConfig } from 'vite';

export declare const BUNDLES: Record<string, { entry: string; format: 'es' | 'iife' }>;
export declare function bundleConfig(fileName: string, options?: { write?: boolean; outDir?: string }): InlineConfig;
