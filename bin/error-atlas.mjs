#!/usr/bin/env node
// Node >= 22.18 runs the TypeScript sources directly (type stripping), so the CLI needs no build step.
import { run } from '../src/cli/main.ts';

// `error-atlas match log | head -1`: a reader that stops early is no error; end quietly with the match's status.
process.stdout.on('error', (error) => {
	if (error.code !== 'EPIPE') throw error;
});

process.exitCode = await run(process.argv.slice(2));
