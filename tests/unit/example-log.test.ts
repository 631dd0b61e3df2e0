import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { EXAMPLE_LOG } from '../../src/scripts/example-log.ts';

test('the home page example is the GHCR fixture log, unchanged', () => {
	expect(EXAMPLE_LOG).toBe(readFileSync('tests/fixtures/logs/github-actions/ghcr-push-permission-denied/ci.log', 'utf8'));
});
