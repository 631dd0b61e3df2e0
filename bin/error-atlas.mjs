#!/usr/bin/env node
// In a clone, Node >= 22.18 runs the TypeScript sources directly (type stripping), so the CLI needs no build step.
// The npm package has no src/ (Node does not strip types under node_modules): it runs the compiled dist-cli/cli.mjs,
// which matches against the signature index bundled beside it.
import { existsSync } from 'node:fs';

const source = new URL('../src/cli/main.ts', import.meta.url);
const { run } = await import(existsSync(source) ? source.href : '../dist-cli/cli.mjs');

// `error-atlas match log | head -1`: a reader that stops early is no error; end quietly with the match's status.
process.stdout.on('error', (error) => {
	if (error.code !== 'EPIPE') throw error;
});

process.exitCode = await run(process.argv.slice(2));
