// Shipped to the browser (the paste box's search words) and used by the build (related-page ranking): one list of the
// words too common, in English or in error output, to tell one error from another.

/** Lower-case words that neither rank related pages nor go into a full-text query. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
	(
		'a an and are as at be been by can cannot for from has have how in into is it its not of on or than that the then ' +
		'there this to was were when with without you your ' +
		'error errors fails failed failing fatal fix'
	).split(' '),
);
