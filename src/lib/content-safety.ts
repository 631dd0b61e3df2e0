// Page bodies are data, not code: finds everything in a parsed MDX body that would run code at build time or in
// the reader's browser. Pure: used by the MDX plugin in src/integrations/content-safety.ts and by tests.

/** The part of an mdast / MDX node these rules read (the shape remark and Sätteri both produce). */
export interface ContentNode {
	type: string;
	/** JSX element name: `kbd`, `Foo.Bar`, `svg:a`; `null` for a fragment `<>`. */
	name?: string | null;
	/** Text of ESM, expressions, raw HTML, code. */
	value?: unknown;
	/** Target of a link, image or definition. */
	url?: string;
	attributes?: ContentAttribute[];
	children?: ContentNode[];
	position?: { start: { line: number } };
}

/** A JSX attribute: `name="text"`, `name={expression}`, a bare `name`, or a spread `{...props}`. */
export interface ContentAttribute {
	type: string;
	name?: string;
	value?: string | null | { type: string; value?: string };
}

/** One thing found, with the line it starts on. */
export interface ContentSafetyProblem {
	line: number;
	found: string;
}

/**
 * Elements a body may use, without attributes. The catalogue's pages use none; these two are plain inline markup
 * a troubleshooting page plausibly needs (a key to press, a forced break) and can carry no script or URL.
 */
export const ALLOWED_ELEMENTS: readonly string[] = ['kbd', 'br'];

/** URL schemes a body link, image or definition may use; scheme-less (relative, `#fragment`) targets are fine. */
export const ALLOWED_SCHEMES: readonly string[] = ['http', 'https'];

const ALLOWED_LIST = ALLOWED_ELEMENTS.map((name) => `<${name}>`).join(', ');

/** Returns the URL's scheme, lower-case, as a browser reads it (tabs and newlines inside are ignored); `''` if none. */
export function urlScheme(url: string): string {
	// WHATWG URL parsing strips leading/trailing C0 controls and spaces and drops tabs and newlines anywhere,
	// so `java\tscript:` is `javascript:` to a browser.
	const cleaned = url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
	return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase() ?? '';
}

/** True when the target leaves the allowed schemes (`javascript:`, `data:`, `vbscript:`, `file:` …). */
export function isUnsafeUrl(url: string): boolean {
	const scheme = urlScheme(url);
	return scheme !== '' && !ALLOWED_SCHEMES.includes(scheme);
}

/** Returns a value as text: a string as is, anything else as JSON (a frontmatter value can be a list or a map). */
function textOf(value: unknown): string {
	return typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
}

/** Shortens a value for a message: one line, at most 60 characters. */
function excerpt(value: unknown): string {
	const text = textOf(value).replace(/\s+/g, ' ').trim();
	return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

// A lone block comment `{/* … */}` evaluates nothing: MDX's only way to write a comment. Anything else is code.
const COMMENT_ONLY = /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/;

function attributeText(attribute: ContentAttribute): string {
	if (attribute.type === 'mdxJsxExpressionAttribute') return `{${excerpt(attribute.value)}}`;
	const value = attribute.value;
	if (value === null || value === undefined) return attribute.name ?? '';
	if (typeof value === 'string') return `${attribute.name}="${excerpt(value)}"`;
	return `${attribute.name}={${excerpt(value.value)}}`;
}

function elementProblems(node: ContentNode): string[] {
	const found: string[] = [];
	const name = node.name;
	const tag = name ? `<${name}>` : '<>';
	const allowed = typeof name === 'string' && ALLOWED_ELEMENTS.includes(name);
	if (!name) {
		found.push('JSX fragment <> (write Markdown instead)');
	} else if (/^[A-Z]|[.]/.test(name)) {
		found.push(`component ${tag} (pages cannot import or use components; write Markdown instead)`);
	} else if (!allowed) {
		found.push(`HTML element ${tag} (allowed: ${ALLOWED_LIST} without attributes; write the rest in Markdown)`);
	}
	for (const attribute of node.attributes ?? []) {
		const text = attributeText(attribute);
		if (attribute.type === 'mdxJsxExpressionAttribute') {
			found.push(`JSX spread attribute ${text} on ${tag} (runs code at build time)`);
		} else if (/^on/i.test(attribute.name ?? '')) {
			found.push(`event-handler attribute ${text} on ${tag}`);
		} else if (attribute.value !== null && typeof attribute.value === 'object') {
			found.push(`JSX expression attribute ${text} on ${tag} (runs code at build time)`);
		} else if (typeof attribute.value === 'string' && isUnsafeUrl(attribute.value)) {
			found.push(`${urlScheme(attribute.value)}: URL in attribute ${text} on ${tag}`);
		} else if (allowed) {
			found.push(`attribute ${text} on ${tag} (allowed elements take no attributes)`);
		}
	}
	return found;
}

/** Returns what the node itself breaks (not its children). */
function nodeProblems(node: ContentNode): string[] {
	switch (node.type) {
		case 'mdxjsEsm':
			return [`ESM import/export "${excerpt(node.value)}" (runs at build time; pages cannot import or export code)`];
		case 'mdxFlowExpression':
		case 'mdxTextExpression':
			if (COMMENT_ONLY.test(textOf(node.value))) return [];
			return [`JSX expression {${excerpt(node.value)}} (runs at build time; write the text itself, or {/* … */} for a comment)`];
		case 'mdxJsxFlowElement':
		case 'mdxJsxTextElement':
			return elementProblems(node);
		case 'html':
			return [`raw HTML "${excerpt(node.value)}" (write Markdown instead)`];
		case 'link':
		case 'image':
		case 'definition': {
			const url = node.url ?? '';
			if (!isUnsafeUrl(url)) return [];
			const what = node.type === 'image' ? 'image source' : 'link target';
			return [`${urlScheme(url)}: ${what} "${excerpt(url)}" (only https://, http://, relative and #fragment targets)`];
		}
		default:
			return [];
	}
}

/** Returns every unsafe construct in a parsed MDX body, in document order, each with the line it starts on. */
export function findUnsafeContent(root: ContentNode): ContentSafetyProblem[] {
	const problems: ContentSafetyProblem[] = [];
	const visit = (node: ContentNode, parentLine: number) => {
		const line = node.position?.start.line ?? parentLine;
		for (const found of nodeProblems(node)) problems.push({ line, found });
		for (const child of node.children ?? []) visit(child, line);
	};
	visit(root, 1);
	return problems;
}

/** Returns a problem for a frontmatter `layout`, which MDX imports and runs as a module; `source` is the file text. */
export function findUnsafeFrontmatter(frontmatter: Record<string, unknown>, source: string): ContentSafetyProblem[] {
	if (!('layout' in frontmatter)) return [];
	const block = /^\uFEFF?---\r?\n[\s\S]*?\n---/.exec(source)?.[0] ?? '';
	const index = block.search(/^layout\s*:/m);
	const line = index < 0 ? 1 : block.slice(0, index).split('\n').length;
	return [{ line, found: `frontmatter layout: "${excerpt(frontmatter.layout)}" (MDX imports it as a module at build time)` }];
}

/** Formats the problems of one file as one message, a line each: `file:line → what was found`. */
export function formatContentSafetyProblems(file: string, problems: ContentSafetyProblem[]): string {
	return [
		`Unsafe content (${problems.length} problem${problems.length === 1 ? '' : 's'}); page bodies are data, not code:`,
		...problems.map((p) => `  ${file}:${p.line} → ${p.found}`),
	].join('\n');
}
