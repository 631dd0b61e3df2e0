// Browser code, shipped inline in every page's <head>: the build hashes this exact text for the Content-Security-Policy.

/**
 * Applies the stored or system theme before first paint, and marks <html> with `js` so controls that need
 * JavaScript (copy buttons, the theme toggle) are shown only when scripts run.
 */
export const THEME_SCRIPT = `(() => {
	const root = document.documentElement;
	root.classList.add('js');
	const media = matchMedia('(prefers-color-scheme: dark)');
	const stored = () => {
		try {
			return localStorage.getItem('atlas-theme');
		} catch {
			return null;
		}
	};
	const apply = () => {
		const choice = stored();
		root.dataset.theme = choice === 'dark' || choice === 'light' ? choice : media.matches ? 'dark' : 'light';
	};
	apply();
	media.addEventListener('change', apply);
})();`;
