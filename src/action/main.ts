// Entry of the GitHub Action, compiled to dist-cli/action.mjs by scripts/build-cli.ts; see run.ts.
import { runAction } from './run.ts';

process.exitCode = await runAction({ env: process.env, stdout: process.stdout });
