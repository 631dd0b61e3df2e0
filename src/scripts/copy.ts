// Browser module: writes text to the clipboard, with a fallback for pages not in a secure context.

/** Returns true when the text reached the clipboard. */
export async function copyText(text: string): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		// navigator.clipboard needs a secure context and permission; execCommand still works on plain http.
		const area = document.createElement('textarea');
		area.value = text;
		area.setAttribute('readonly', '');
		area.style.position = 'fixed';
		area.style.opacity = '0';
		document.body.append(area);
		area.select();
		const ok = document.execCommand('copy');
		area.remove();
		return ok;
	}
}
