// The import boundaries of eslint.config.mjs, proven on deliberate violations: the real config lints a changed copy
// of a real module's text, and the message must say what is wrong.
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

const eslint = new ESLint();

/** Returns the `rule: message` of each problem ESLint reports for `code` as the file at `filePath`. */
async function problemsOf(filePath: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath });
	return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

describe('a module shipped to the browser', () => {
	test.each([
		['src/scripts/copy.ts', "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n"],
		['src/lib/words.ts', "import { readFileSync } from 'fs';\nexport const read = readFileSync;\n"],
	])('%s cannot import a Node built-in', async (file, code) => {
		expect(await problemsOf(file, code)).toEqual([
			expect.stringMatching(/^no-restricted-imports: .*This module is shipped to the browser: no Node built-ins/),
		]);
	});

	test('cannot import an astro:* virtual module', async () => {
		expect(
			await problemsOf('src/lib/words.ts', "import { getCollection } from 'astro:content';\nexport const get = getCollection;\n"),
		).toEqual([expect.stringMatching(/^no-restricted-imports: .*no astro:\* virtual modules/)]);
	});

	test('cannot import the CLI', async () => {
		expect(await problemsOf('src/scripts/copy.ts', "import { run } from '../cli/main.ts';\nexport const go = run;\n")).toEqual([
			expect.stringMatching(/^no-restricted-imports: .*The CLI is a thin command over src\/lib/),
		]);
	});
});

describe('a Node-only module of src/lib', () => {
	test('may import Node built-ins', async () => {
		expect(
			await problemsOf('src/lib/read-catalogue.ts', "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n"),
		).toEqual([]);
	});
});

describe('a page or component', () => {
	test('cannot import the CLI', async () => {
		const code = "---\nimport { run } from '../cli/main.ts';\nconst go = run;\n---\n<p>{String(go)}</p>\n";
		expect(await problemsOf('src/components/Breadcrumbs.astro', code)).toEqual([
			expect.stringMatching(/^no-restricted-imports: .*The CLI is a thin command over src\/lib/),
		]);
	});
});
