// Shipped to the browser (the paste matcher's worker and page) and used by the CLI: no DOM, no Node APIs.
// Masks secret-looking values in log text before anything shows it. Best-effort pattern matching: it knows common
// token formats and names (see README), not every secret. Every pattern is linear: every quantifier is bounded, no
// lookahead scans far, and a value after a secret name is read once.

const MASK = '••••••';

// A PEM private key block: the header stays, every body line becomes the mask, the END line stays. The body may
// span lines (a key printed as is), sit on one line with JSON `\n` escapes, or be flattened with spaces by an
// unquoted shell variable; a CI timestamp may open each line. Line breaks are kept, so the line count never changes.
const PRIVATE_KEY =
	/(-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----)((?:(?:(?:\r?\n){1,2}(?:\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?Z[ \t])?|[ \t]{1,4})?(?:(?:Proc-Type|DEK-Info|Comment|Version):[^\r\n\\]{0,200}|[A-Za-z0-9+/=\\]{1,8192})){0,200})/g;

/** A pattern whose first group is a known prefix to keep; the rest of the match is the secret, when `keep` agrees. */
interface PrefixedSecret {
	pattern: RegExp;
	/** Whether the matched value really is a secret (checked here rather than in a lookahead, to stay linear). */
	isSecret?: (value: string) => boolean;
}

const PREFIXED: PrefixedSecret[] = [
	{ pattern: /\b(gh[pousr]_)[A-Za-z0-9]{20,255}\b/g }, // GitHub tokens
	{ pattern: /\b(github_pat_)[A-Za-z0-9_]{20,255}/g },
	{ pattern: /\b(gl(?:pat|dt|rt|ptt|cbt|ft|oas)-)[A-Za-z0-9_-]{20,255}/g }, // GitLab tokens
	{ pattern: /\b(npm_)[A-Za-z0-9]{30,255}\b/g },
	{ pattern: /\b(xox[abeoprs]-|xapp-)[A-Za-z0-9-]{10,1024}/g }, // Slack
	{ pattern: /\b(AKIA|ASIA)[0-9A-Z]{16}\b/g }, // AWS access key ids
	{ pattern: /\b(AIza)[0-9A-Za-z_-]{35}/g }, // Google API keys
	{ pattern: /\b((?:sk|rk)_(?:live|test)_|whsec_)[A-Za-z0-9]{10,255}/g }, // Stripe
	// OpenAI, Anthropic and alike (sk-proj-…, sk-ant-…): random, so a digit and a capital, unlike a path or a slug.
	{ pattern: /\b(sk-)[A-Za-z0-9_-]{20,512}/g, isSecret: (v) => /\d/.test(v) && /[A-Z]/.test(v) },
	{ pattern: /\b(eyJ)[A-Za-z0-9_-]{5,4096}\.eyJ[A-Za-z0-9_-]{2,8192}\.[A-Za-z0-9_-]{0,4096}/g }, // JWTs
	// Bearer and Basic credentials outside an Authorization header, unless the value reads as a word (`Bearer realm`).
	{ pattern: /\b(bearer[ \t]{1,4})[A-Za-z0-9._~+/-]{12,4096}={0,2}/gi, isSecret: (v) => /[0-9._~+/-]/.test(v) },
	{ pattern: /\b(Basic[ \t]{1,4})[A-Za-z0-9+/]{8,4096}={0,2}/g, isSecret: (v) => /[0-9+/=]|.[A-Z]/.test(v) },
	{ pattern: /(::add-mask::)[^\r\n]{1,4096}/g }, // a GitHub workflow command echoed by `set -x`
	{ pattern: /([?&]sig=)[^\s&"'<>]{4,1024}/g }, // Azure SAS signatures
	// user:password@ in any URL; the password may hold an unescaped @, so the last one before the host counts.
	{ pattern: /(:\/\/[^\s:/?#@'"<>]{0,256}:)[^\s/?#'"<>]{1,256}(?=@)/g },
	{ pattern: /(:\/\/)[A-Za-z0-9._~%-]{20,256}(?=@)/g, isSecret: (v) => /\d/.test(v) }, // a token as the URL's user
	// curl -u user:password, but not docker run -u 1000:1000.
	{ pattern: /((?<![\w-])(?:-u|--user)[ \t]{1,4}["']?[^\s:"']{1,100}:)[^\s"']{1,256}/g, isSecret: (v) => !/^\d{1,256}$/.test(v) },
];

// The value after a name: quoted (closing quote optional, a log may cut it), JSON-escaped, or a bare word. A bare
// value stops at `&`, `;`, `,`, a backquote (\x60) and at `=` (keeping base64 padding), so `AccountKey=…;EndpointSuffix=…` and query
// strings mask one value each.
const VALUE = new RegExp(
	String.raw`"(?:[^"\\\r\n]|\\.){0,16384}"?|'[^'\r\n]{0,16384}'?|\\"[^"\\\r\n]{0,16384}(?:\\")?|[^\s"'\x60<>;&,=:|\\][^\s"'\x60<>;&,=\\]{0,4095}(?:={1,2}(?![^\s"'\x60<>;&,]))?`,
	'y',
);

// Names that end in a secret word, with their separator: NAME=value, NAME: value, "name": "value", --flag=value.
// The prefix is lazy and bounded, so a name costs at most 60 steps; SECRET_NAME then decides.
const ASSIGNMENT =
	/(?<![\w.-])([\w.-]{0,60}?(?:pass(?:word|wd|phrase)?|pwd|secret|token|auth|key(?:[_.-]?base)?))(\\?["']?)([ \t]{0,4}[=:][ \t]{0,4})/gi;
// --password value (a secret flag and spaces), -p value after a login, -pvalue after mysql.
const FLAG = /(?<![\w-])(-p|--[\w-]{0,40}?(?:pass(?:word|wd|phrase)?|pwd|secret|token|key))([ \t]{0,4})(?![\s-])/g;
// Authorization: <scheme> <credentials>, as an HTTP header, a curl -H argument or a JSON field.
const AUTHORIZATION =
	/\b((?:proxy-)?authorization)(\\?["']?)([ \t]{0,4}[=:][ \t]{0,4}["']?(?:(basic|bearer|token|digest|bot|negotiate|ntlm)[ \t]{1,4})?)/gi;

// A name that holds a secret, compared in snake case (`AccountKey` → `account_key`): what its last words must be.
const SECRET_NAME =
	/(?:^|_)(?:(?:api|access|secret|private|account|signing|encryption|master|client|subscription|license|deploy)_?key(?:_base)?|pass(?:word|wd|phrase)?|pwd|secret|auth|[a-z0-9]{0,80}(?:token|secret|password|passwd|apikey|accesskey|secretkey|privatekey))$/;
// Single words that also occur in prose (`Unexpected token: keyword`): after `word:` they need a token-like value,
// after `word=` a value of token length.
const PROSE_WORD = /^(?:token|auth|secret)$/;
// Values that are no secret: already masked, a placeholder (`XXXXX-XXXXX`), a variable reference, a setting such as
// `none`, or a GitHub permission (`id-token: write`).
const NOT_A_SECRET =
	/^(?:[$%{(<[*•]|[x-]{4,64}$|(?:true|false|null|none|nil|undefined|yes|no|on|off|required|redacted|masked|hidden|read|write|read-all|write-all)$)/i;

function snakeName(name: string): string {
	return name
		.replace(/^[-.]{1,80}/, '')
		.replace(/([a-z0-9])([A-Z])/g, '$1_$2')
		.toLowerCase()
		.replace(/[.-]{1,80}/g, '_');
}

function unquote(value: string): string {
	return value.replace(/^\\?["']/, '').replace(/\\?["']$/, '');
}

function looksLikeToken(value: string): boolean {
	return value.length >= 16 && /\d/.test(value) && /[A-Za-z]/.test(value) && !/\s/.test(value);
}

/** Whether a value can be a secret at all. */
function isSecretValue(value: string): boolean {
	const bare = unquote(value);
	return bare.length > 0 && !NOT_A_SECRET.test(bare) && !bare.includes(MASK);
}

/** Returns `value` masked, keeping its quotes. */
function maskValue(value: string): string {
	const open = /^\\?["']/.exec(value)?.[0] ?? '';
	const close = value.length > open.length ? (/\\?["']$/.exec(value)?.[0] ?? '') : '';
	return `${open}${MASK}${close}`;
}

interface ValueRule {
	/** Matches a name and its separator; the value follows the match. */
	pattern: RegExp;
	/** Whether the name says a secret follows (before the value is read). */
	isSecretName: (match: RegExpExecArray, text: string) => boolean;
	/** Whether the value, after that name, is a secret. */
	isSecret: (match: RegExpExecArray, value: string, text: string) => boolean;
}

/**
 * Masks the value after each name that `rule` finds. A value after a secret name is read once: the search goes on
 * after it, so `token:token:token:…` stays linear. After another name the search goes on at once, so a secret inside
 * a longer value (`url=https://x/?token=…`) is still found.
 */
function maskValues(text: string, rule: ValueRule): string {
	let out = '';
	let cursor = 0;
	const { pattern } = rule;
	pattern.lastIndex = 0;
	for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
		if (!rule.isSecretName(match, text)) continue;
		const start = match.index + match[0].length;
		VALUE.lastIndex = start;
		const value = VALUE.exec(text)?.[0] ?? '';
		pattern.lastIndex = Math.max(pattern.lastIndex, start + value.length);
		if (!isSecretValue(value) || !rule.isSecret(match, value, text)) continue;
		out += text.slice(cursor, start) + maskValue(value);
		cursor = start + value.length;
	}
	return cursor === 0 ? text : out + text.slice(cursor);
}

const ASSIGNMENT_RULE: ValueRule = {
	pattern: ASSIGNMENT,
	isSecretName: ([, rawName = '']) => {
		const name = snakeName(rawName);
		if (name === 'pwd') return false; // the shell's working directory
		if (name === 'pass' && !rawName.startsWith('--')) return false; // `pass=12` in a test summary
		return SECRET_NAME.test(name);
	},
	isSecret: (match, value, text) => {
		const [, rawName = '', closeQuote = '', separator = ''] = match;
		const proseWord = PROSE_WORD.test(snakeName(rawName));
		// `token=glcbt-64`: GitLab's runner prints the first 8 characters of a token on purpose; real ones are longer.
		if (!separator.includes(':') || closeQuote) return !proseWord || unquote(value).length >= 12;
		// YAML, a header or prose: a prose word needs a token-like value, and `Password: Error: …` opens a message.
		if (proseWord && !looksLikeToken(unquote(value))) return false;
		if (value.endsWith(':')) return false;
		// `ExpiredToken: The security token…`: a plain word with more words after it is a sentence, not a password.
		const end = match.index + match[0].length + value.length;
		return !(/^[A-Za-z]{1,64}$/.test(value) && text[end] === ' ' && /[A-Za-z]/.test(text[end + 1] ?? ''));
	},
};

const FLAG_RULE: ValueRule = {
	pattern: FLAG,
	isSecretName: (match, text) => {
		const [, flag = '', spaces = ''] = match;
		if (flag.startsWith('--')) return spaces.length > 0 && SECRET_NAME.test(snakeName(flag));
		// -p is a port, a path or a project almost everywhere: a password only after a login, a user name or mysql.
		const before = text.slice(Math.max(0, match.index - 150), match.index);
		const line = before.slice(before.lastIndexOf('\n') + 1);
		if (spaces.length === 0) return /\b(?:mysql|mysqldump|mysqladmin|mariadb)\b/.test(line);
		return line.includes('login') || line.includes('sshpass') || /(?:^|[ \t])(?:-u|--username|--user)[ \t=]/.test(line);
	},
	// A value followed by `=` is a spec: docker build --secret id=npmrc,src=… names a secret, it holds none.
	isSecret: (match, value, text) => text[match.index + match[0].length + value.length] !== '=',
};

const AUTHORIZATION_RULE: ValueRule = {
	pattern: AUTHORIZATION,
	isSecretName: () => true,
	isSecret: ([, , closeQuote = '', separator = '', scheme], value) => {
		if (scheme || closeQuote || separator.includes('=')) return true;
		// `authorization: denied` is prose; a bare credential is token-like or base64.
		const bare = unquote(value);
		return looksLikeToken(bare) || /^[A-Za-z0-9+/]{12,4096}={0,2}$/.test(bare);
	},
};

/** Every pattern this module runs, for the test that checks each quantifier in them is bounded. */
export const MASK_PATTERNS: readonly RegExp[] = [PRIVATE_KEY, ...PREFIXED.map((p) => p.pattern), VALUE, ASSIGNMENT, FLAG, AUTHORIZATION];

/** Returns the text with secret-looking values masked as `••••••`; line breaks and everything else stay as they were. */
export function maskSecrets(text: string): string {
	let masked = text.replace(PRIVATE_KEY, (block: string, header: string, body: string) =>
		body ? header + body.replace(/[^\r\n]{1,16384}/g, MASK) : block,
	);
	for (const { pattern, isSecret } of PREFIXED) {
		masked = masked.replace(pattern, (match: string, prefix: string) => {
			const value = match.slice(prefix.length);
			return isSecretValue(value) && (!isSecret || isSecret(value)) ? prefix + MASK : match;
		});
	}
	masked = maskValues(masked, AUTHORIZATION_RULE);
	masked = maskValues(masked, ASSIGNMENT_RULE);
	return maskValues(masked, FLAG_RULE);
}
