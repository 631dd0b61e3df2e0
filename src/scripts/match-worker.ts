// Browser worker: matches pastes off the main thread so a 5 MB log never freezes the page.
import { matchLog, prepareIndex, type MatchResult, type PreparedIndex } from '../lib/match.ts';
import { pickSearchWords } from '../lib/search-query.ts';
import { signaturesPath } from '../lib/urls.ts';

/** Message from the page. */
export interface MatchRequest {
	id: number;
	text: string;
}

/** Message back to the page. */
export interface MatchResponse {
	id: number;
	result?: MatchResult;
	searchWords?: string[];
	error?: string;
}

let prepared: Promise<PreparedIndex> | undefined;

// answer() catches every error and posts it back, so the listener need not wait for it.
self.addEventListener('message', (event: MessageEvent<MatchRequest>) => void answer(event.data));

async function answer({ id, text }: MatchRequest): Promise<void> {
	try {
		prepared ??= fetch(signaturesPath())
			.then((response) => {
				if (!response.ok) throw new Error(`signature index: HTTP ${response.status}`);
				return response.json();
			})
			.then(prepareIndex);
		const result = matchLog(await prepared, text, { top: 5 });
		self.postMessage({ id, result, searchWords: pickSearchWords(text) } satisfies MatchResponse);
	} catch (error) {
		prepared = undefined;
		self.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies MatchResponse);
	}
}
