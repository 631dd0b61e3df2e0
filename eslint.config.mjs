// @ts-check
// Typed lint (typescript-eslint with the project's types, eslint-plugin-astro) and the import boundaries between what
// runs in the browser, at build time and in the CLI. Prettier owns formatting; `npm run lint` runs both.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** Modules of src/lib/ that need Node: every other module there must stay safe to ship to the browser. */
export const NODE_ONLY_LIB = ['src/lib/content-dir.ts', 'src/lib/csp.ts', 'src/lib/og-image.ts', 'src/lib/read-catalogue.ts'];

const NO_CLI = {
	group: ['**/cli/*', '**/cli/**'],
	message: 'The CLI is a thin command over src/lib; share code through src/lib instead of importing src/cli.',
};

export default defineConfig([
	globalIgnores(['dist/', 'dist-base/', 'dist-cli/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', 'tests/fixtures/']),
	js.configs.recommended,
	tseslint.configs.recommendedTypeChecked,
	astro.configs.recommended,
	{
		languageOptions: {
			parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname, extraFileExtensions: ['.astro'] },
		},
		linterOptions: { reportUnusedDisableDirectives: 'error' },
		rules: {
			// The normaliser, the content checks and the tests match ANSI escapes and control characters on purpose.
			'no-control-regex': 'off',
			// `_name` marks a value left out on purpose (destructuring away a field).
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
			],
		},
	},
	{
		// Markup in an .astro expression has Astro's JSX element type, which the linter cannot resolve (it reads as an
		// error type), so `{list.map((x) => <li>…</li>)}` would be an unsafe return everywhere. `astro check` types it.
		files: ['**/*.astro'],
		// astro-eslint-parser reads the nearest tsconfig.json itself; it has no project service.
		languageOptions: { parserOptions: { projectService: false, project: true } },
		rules: { '@typescript-eslint/no-unsafe-return': 'off' },
	},
	{
		// Plain JavaScript run by Node (the config files, the CLI's launcher): no project types to lint with.
		files: ['**/*.mjs'],
		extends: [tseslint.configs.disableTypeChecked],
		languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
	},
	{
		// Shipped to the browser: the matcher, normaliser, index, their helpers and the client scripts.
		files: ['src/lib/**/*.ts', 'src/scripts/**/*.ts'],
		ignores: NODE_ONLY_LIB,
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: builtinModules.map((name) => ({
						name,
						message: 'This module is shipped to the browser: no Node built-ins. Move Node code to a module listed in NODE_ONLY_LIB.',
					})),
					patterns: [
						{
							group: ['node:*'],
							message: 'This module is shipped to the browser: no Node built-ins. Move Node code to a module listed in NODE_ONLY_LIB.',
						},
						{ group: ['astro:*'], message: 'This module is shipped to the browser and loaded by the CLI: no astro:* virtual modules.' },
						NO_CLI,
					],
				},
			],
		},
	},
	{
		// Build-time code and the Node-only modules of src/lib. (A file must match one of these two blocks only: a later
		// block's options for the same rule replace an earlier one's.)
		files: [
			'src/pages/**',
			'src/components/**',
			'src/layouts/**',
			'src/data/**',
			'src/schema/**',
			'src/integrations/**',
			'src/content.config.ts',
			...NODE_ONLY_LIB,
		],
		rules: { 'no-restricted-imports': ['error', { patterns: [NO_CLI] }] },
	},
]);
