#!/usr/bin/env node
// Node >= 22.18 runs the TypeScript sources directly (type stripping), so the CLI needs no build step.
import { run } from '../src/cli/main.ts';

process.exitCode = await run(process.argv.slice(2));
