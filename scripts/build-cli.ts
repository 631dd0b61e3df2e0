// npm run build:cli (and `prepack`): compiles the command and the GitHub Action into dist-cli/ as plain JavaScript,
// with their few dependencies inside, and writes the catalogue's signature index beside them. Node does not strip
// types under node_modules, so the npm package ships this and not src/; the action runs it with the runner's Node.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { BUNDLED_INDEX_FILE } from '../src/cli/index-source.ts';
import { resolveContentDir } from '../src/lib/content-dir.ts';
import { loadCatalogue } from '../src/lib/read-catalogue.ts';
import { buildSignatureIndex } from '../src/lib/signature-index.ts';

// --out DIR builds elsewhere (tests build their own copy, so two test files never share one folder).
const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist-cli' } } });
const OUT = path.resolve(values.out);
const contentDir = resolveContentDir();

const sources = await loadCatalogue(contentDir);
if (sources.length === 0) throw new Error(`no error pages in ${contentDir}: nothing to bundle`);
const index = buildSignatureIndex(sources);

await rm(OUT, { recursive: true, force: true });
await mkdir(OUT, { recursive: true });
const result = await build({
	entryPoints: { cli: 'src/cli/main.ts', action: 'src/action/main.ts' },
	outdir: OUT,
	outExtension: { '.js': '.mjs' },
	bundle: true,
	platform: 'node',
	format: 'esm',
	// The package's engines field; the action runs on the runner's Node 24.
	target: 'node22.12',
	// A bundled CommonJS dependency may call require() for Node built-ins.
	banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
	legalComments: 'eof',
	logLevel: 'warning',
	metafile: true,
});
await writeFile(path.join(OUT, BUNDLED_INDEX_FILE), JSON.stringify(index));

const sizes = Object.entries(result.metafile.outputs).map(([file, out]) => `${path.basename(file)} ${(out.bytes / 1024).toFixed(0)} KiB`);
console.log(
	`${path.relative(process.cwd(), OUT) || OUT}: ${sizes.join(', ')}, ${BUNDLED_INDEX_FILE} with ${index.pages.length} pages and ${index.signatures.length} signatures (rules v${index.rules})`,
);
