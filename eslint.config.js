import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  wcConfigs['flat/recommended'],
  litConfigs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The classic script-tag bundle hands its on-use files the values of its exports, not live bindings
    // (build/bundles.mjs): an exported binding must never change.
    files: ['src/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "ExportNamedDeclaration > VariableDeclaration[kind!='const']",
          message: 'Export a const: the classic bundle hands its on-use files values, not live bindings.',
        },
      ],
    },
  },
  {
    files: ['demo/api/**', '*.config.*', 'build/**', 'test/setup/**', 'test/visual/**'],
    languageOptions: { globals: { ...globals.node } },
  },
);
