import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, test, vi } from 'vitest';

const pagefind = vi.hoisted(() => ({ createIndex: vi.fn(), close: vi.fn() }));
vi.mock('pagefind', () => pagefind);

const { default: pagefindIndex } = await import('../../src/integrations/pagefind.ts');

const SITE = '/tmp/atlas-site/';

/** Runs the integration's build:done hook and returns what it logged. */
async function runHook(): Promise<{ logs: string[]; result: Promise<unknown> }> {
	const logs: string[] = [];
	const logger = {
		info: (m: string) => logs.push(`info ${m}`),
		warn: (m: string) => logs.push(`warn ${m}`),
		error: (m: string) => logs.push(`error ${m}`),
	};
	const hook = pagefindIndex().hooks['astro:build:done'] as (options: unknown) => Promise<void>;
	const result = hook({ dir: pathToFileURL(SITE), logger });
	await result.catch(() => undefined);
	return { logs, result };
}

function index(overrides: { addDirectory?: unknown; writeFiles?: unknown } = {}) {
	return {
		addDirectory: vi.fn().mockResolvedValue(overrides.addDirectory ?? { errors: [], page_count: 3 }),
		writeFiles: vi.fn().mockResolvedValue(overrides.writeFiles ?? { errors: [], outputPath: `${SITE}pagefind` }),
	};
}

beforeEach(() => {
	pagefind.createIndex.mockReset();
	pagefind.close.mockReset().mockResolvedValue(null);
});

describe('the Pagefind integration', () => {
	test('indexes the built site into pagefind/ and closes Pagefind', async () => {
		const built = index();
		pagefind.createIndex.mockResolvedValue({ errors: [], index: built });
		const { logs, result } = await runHook();
		await expect(result).resolves.toBeUndefined();
		expect(built.addDirectory).toHaveBeenCalledWith({ path: SITE });
		expect(built.writeFiles).toHaveBeenCalledWith({ outputPath: `${SITE}pagefind` });
		expect(logs).toEqual([`info indexed 3 pages into ${SITE}pagefind`]);
		expect(pagefind.close).toHaveBeenCalledOnce();
	});

	test('fails the build, logging the step and each error, when Pagefind cannot start, and still closes it', async () => {
		pagefind.createIndex.mockResolvedValue({ errors: ['the binary is missing'] });
		const { logs, result } = await runHook();
		await expect(result).rejects.toThrow('Pagefind could not start; the site would ship without search.');
		expect(logs).toEqual(['error Pagefind could not start:', 'error   the binary is missing']);
		expect(pagefind.close).toHaveBeenCalledOnce();
	});

	test.each([
		['indexing', { addDirectory: { errors: ['bad.html: unreadable'], page_count: 0 } }, `could not index the pages in ${SITE}`],
		['an empty index', { addDirectory: { errors: [], page_count: 0 } }, `found no page to index in ${SITE}`],
		['writing', { writeFiles: { errors: ['disk full'] } }, `could not write the index to ${SITE}pagefind`],
	])('fails the build on an error in %s, naming the step, and closes Pagefind', async (_step, overrides, step) => {
		pagefind.createIndex.mockResolvedValue({ errors: [], index: index(overrides) });
		const { logs, result } = await runHook();
		await expect(result).rejects.toThrow(`Pagefind ${step}`);
		expect(logs[0]).toContain(`error Pagefind ${step}`);
		expect(pagefind.close).toHaveBeenCalledOnce();
	});

	test('adds context to an exception thrown by Pagefind itself, and closes it', async () => {
		pagefind.createIndex.mockResolvedValue({
			errors: [],
			index: { ...index(), writeFiles: vi.fn().mockRejectedValue(new Error('service crashed')) },
		});
		const { logs, result } = await runHook();
		await expect(result).rejects.toThrow('service crashed');
		expect(logs).toEqual([`error Pagefind stopped while indexing ${SITE}: service crashed`]);
		expect(pagefind.close).toHaveBeenCalledOnce();
	});

	test('warns, without hiding the result, when Pagefind does not close cleanly', async () => {
		pagefind.createIndex.mockResolvedValue({ errors: [], index: index() });
		pagefind.close.mockRejectedValue(new Error('already closed'));
		const { logs, result } = await runHook();
		await expect(result).resolves.toBeUndefined();
		expect(logs.at(-1)).toBe('warn Pagefind did not close cleanly: already closed');
	});
});
