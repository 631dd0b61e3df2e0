// Where the CLI and the GitHub Action get their signature index when they do not read a content folder: the index
// bundled beside the compiled command (the npm package, the action), or a deployed site's /signatures.json.
import { readFile } from 'node:fs/promises';
import { NORMALIZE_RULES_VERSION } from '../lib/normalize.ts';
import type { SignatureIndex } from '../lib/signature-index.ts';
import { signaturesPath, urlUnderSite } from '../lib/urls.ts';

/** File name of the prebuilt index beside the compiled command (dist-cli/), written by scripts/build-cli.ts. */
export const BUNDLED_INDEX_FILE = 'signatures.json';

/** How long `--online` waits for a site's index before it falls back; ATLAS_FETCH_TIMEOUT_MS overrides it. */
export const FETCH_TIMEOUT_MS = 5000;

/** Returns the `--online` timeout: ATLAS_FETCH_TIMEOUT_MS when it is a positive number of milliseconds, else FETCH_TIMEOUT_MS. */
export function fetchTimeout(env: Record<string, string | undefined>): number {
	const ms = Number(env.ATLAS_FETCH_TIMEOUT_MS);
	return Number.isFinite(ms) && ms > 0 ? ms : FETCH_TIMEOUT_MS;
}

/** Largest index accepted from a site: far above a 10,000-page catalogue (about 2 MB). */
const MAX_INDEX_BYTES = 32 * 1024 * 1024;

/** Thrown when an index cannot be used; the message says why, for a warning or an error. */
export class IndexError extends Error {}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Returns `value` as a signature index made with this matcher's normalisation rules; throws an IndexError naming the
 * first problem. A page's `url` must be a site path (`/docker/x/`), so an index cannot send readers to another host.
 */
export function checkIndex(value: unknown): SignatureIndex {
	if (!isRecord(value) || !Array.isArray(value.pages) || !Array.isArray(value.signatures)) {
		throw new IndexError('it is not a signature index (no pages and signatures)');
	}
	if (value.rules !== NORMALIZE_RULES_VERSION) {
		throw new IndexError(
			`it was made with matcher rules v${String(value.rules)}, and this command reads v${NORMALIZE_RULES_VERSION}: ` +
				(typeof value.rules === 'number' && value.rules > NORMALIZE_RULES_VERSION
					? 'update error-atlas'
					: 'the site runs an older Error Atlas'),
		);
	}
	const pages = value.pages;
	pages.forEach((page, i) => {
		if (
			!isRecord(page) ||
			typeof page.id !== 'string' ||
			typeof page.title !== 'string' ||
			typeof page.category !== 'string' ||
			typeof page.url !== 'string' ||
			!/^\/(?!\/)[^\s\\]*$/.test(page.url)
		) {
			throw new IndexError(`pages[${i}] is not a page with an id, title, category and site path`);
		}
	});
	value.signatures.forEach((signature, i) => {
		if (
			!isRecord(signature) ||
			!Number.isInteger(signature.page) ||
			(signature.page as number) < 0 ||
			(signature.page as number) >= pages.length ||
			!Array.isArray(signature.tokens) ||
			!signature.tokens.every((token) => typeof token === 'string')
		) {
			throw new IndexError(`signatures[${i}] is not a page number with tokens`);
		}
	});
	return value as unknown as SignatureIndex;
}

/** Returns the index bundled beside the compiled command, or undefined when there is none (running from a clone). */
export async function readBundledIndex(
	file: URL = new URL(`./${BUNDLED_INDEX_FILE}`, import.meta.url),
): Promise<SignatureIndex | undefined> {
	let text: string;
	try {
		text = await readFile(file, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw error;
	}
	try {
		return checkIndex(JSON.parse(text));
	} catch (error) {
		throw new IndexError(`the bundled index ${file.pathname} cannot be used: ${(error as Error).message}`);
	}
}

/** Returns the URL of a deployed site's index: `/signatures.json` under the site's own path. */
export function siteIndexUrl(site: URL | string): string {
	return urlUnderSite(site, signaturesPath('/'));
}

/**
 * Returns the signature index a deployed Error Atlas serves at `<site>/signatures.json`. Throws an IndexError saying
 * why when it does not answer within `timeoutMs`, answers with an error status, or serves something else.
 */
export async function fetchSiteIndex(
	site: URL | string,
	{ timeoutMs = FETCH_TIMEOUT_MS, fetchImpl = fetch }: { timeoutMs?: number; fetchImpl?: typeof fetch } = {},
): Promise<SignatureIndex> {
	const url = siteIndexUrl(site);
	let response: Response;
	try {
		response = await fetchImpl(url, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/json' } });
	} catch (error) {
		const name = (error as Error).name;
		throw new IndexError(
			name === 'TimeoutError' || name === 'AbortError'
				? `${url} did not answer within ${timeoutMs / 1000} s`
				: `${url} could not be fetched: ${(error as { cause?: Error }).cause?.message ?? (error as Error).message}`,
		);
	}
	if (!response.ok) throw new IndexError(`${url} answered HTTP ${response.status}`);
	if (Number(response.headers.get('content-length') ?? 0) > MAX_INDEX_BYTES) throw new IndexError(`${url} is larger than 32 MiB`);
	let text: string;
	try {
		text = await response.text();
	} catch (error) {
		throw new IndexError(`${url} could not be read: ${(error as Error).message}`);
	}
	if (text.length > MAX_INDEX_BYTES) throw new IndexError(`${url} is larger than 32 MiB`);
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		throw new IndexError(`${url} is not JSON`);
	}
	try {
		return checkIndex(value);
	} catch (error) {
		throw new IndexError(`${url} cannot be used: ${(error as Error).message}`);
	}
}
