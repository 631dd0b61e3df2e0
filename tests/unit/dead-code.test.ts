// knip (npm run knip, part of npm test) with the project's own knip.json, proven on deliberate violations: a copy of
// the code gets an unused export, an unused file and an unused dependency, and knip must fail naming each.
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';

// Inside the project (in the ignored .astro/), so the copy resolves the project's node_modules as the original does.
mkdirSync('.astro', { recursive: true });
const copy = mkdtempSync(path.resolve('.astro', 'knip-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

const CODE = ['src', 'scripts', 'bin', 'tests'];
for (const dir of CODE) cpSync(dir, path.join(copy, dir), { recursive: true, filter: (from) => !from.includes(`${path.sep}fixtures`) });
for (const file of readdirSync('.')) {
	if (/\.(?:json|ts|mjs|ya?ml)$/.test(file) && file !== 'package-lock.json') cpSync(file, path.join(copy, file));
}
cpSync('.prettierrc.json', path.join(copy, '.prettierrc.json'));

test('fails on an unused export, an unused file and an unused dependency, naming each', () => {
	appendFileSync(
		path.join(copy, 'src/lib/words.ts'),
		'\n/** Nothing imports this. */\nexport function unusedHelper(): number {\n\treturn 2;\n}\n',
	);
	writeFileSync(path.join(copy, 'src/lib/orphan.ts'), 'export const orphan = 1;\n');
	const pkg = JSON.parse(readFileSync(path.join(copy, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
	pkg.devDependencies['left-pad'] = '^1.3.0';
	writeFileSync(path.join(copy, 'package.json'), JSON.stringify(pkg, null, 2));

	const result = spawnSync(process.execPath, ['node_modules/knip/bin/knip.js', '--directory', copy, '--no-config-hints', '--no-progress'], {
		encoding: 'utf8',
		env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
	});
	const output = `${result.stdout}\n${result.stderr}`;
	expect(result.status, output).toBe(1);
	expect(output).toMatch(/Unused files \(\d+\)\n(?:.*\n)*src\/lib\/orphan\.ts/);
	expect(output).toMatch(/Unused exports \(\d+\)\n(?:.*\n)*unusedHelper +function +src\/lib\/words\.ts/);
	expect(output).toMatch(/Unused devDependencies \(\d+\)\n(?:.*\n)*left-pad/);
});
