import { describe, expect, test } from 'vitest';
import { loadCatalogue } from '../../src/lib/read-catalogue.ts';
import { MASK_PATTERNS, maskSecrets } from '../../src/lib/mask-secrets.ts';
import { MASK_NEAR_MISSES } from '../../scripts/lib/pathological-logs.ts';
import { unboundedQuantifiers } from './regex-bounds.ts';

// Token-shaped values are built here rather than written out, so no secret scanner mistakes this file for a leak.
const CHARS = 'Ab3dEf7hK1mN0pQr5tUv9xYz2BcD4fG6jL8nP';
const fake = (prefix: string, length: number) => prefix + CHARS.repeat(Math.ceil(length / CHARS.length)).slice(0, length);
const GHP = fake('ghp_', 36);
const JWT = `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJjaS1ib3QiLCJpYXQiOjE3MzI4MDAwMDB9.${fake('', 43)}`;
const AWS_SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const AZURE_KEY = `${fake('', 86)}==`;
const PEM_BODY = [fake('MIIEvQIBADANBgkqhkiG9w0BAQEFAASC', 32), fake('', 64), 'Yq1Zx9/+Ab=='];

describe('maskSecrets', () => {
	// [form, a line as a log shows it, the line as masked]
	test.each([
		[
			'GitHub token',
			`remote: https://github.com/acme/api.git token ${GHP} rejected`,
			'remote: https://github.com/acme/api.git token ghp_•••••• rejected',
		],
		['GitHub fine-grained token', `GH_PAT=${fake('github_pat_', 60)}`, 'GH_PAT=github_pat_••••••'],
		['GitLab token', `PRIVATE-TOKEN: ${fake('glpat-', 20)}`, 'PRIVATE-TOKEN: glpat-••••••'],
		['npm token in .npmrc', `//registry.npmjs.org/:_authToken=${fake('npm_', 36)}`, '//registry.npmjs.org/:_authToken=npm_••••••'],
		['npm _auth in .npmrc', '//npm.pkg.github.com/:_auth=Ym9iOmh1bnRlcjI=', '//npm.pkg.github.com/:_auth=••••••'],
		['AWS access key id', 'aws_access_key_id = AKIAIOSFODNN7EXAMPLE', 'aws_access_key_id = AKIA••••••'],
		['AWS secret key in ~/.aws/credentials', `aws_secret_access_key = ${AWS_SECRET}`, 'aws_secret_access_key = ••••••'],
		['AWS secret key as env', `+ export AWS_SECRET_ACCESS_KEY=${AWS_SECRET}`, '+ export AWS_SECRET_ACCESS_KEY=••••••'],
		[
			'AWS session token',
			`AWS_SESSION_TOKEN=IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQ${fake('', 60)}`,
			'AWS_SESSION_TOKEN=••••••',
		],
		['NPM_TOKEN', 'env: NPM_TOKEN=0c1b2a3d-4e5f-6789-abcd-ef0123456789', 'env: NPM_TOKEN=••••••'],
		['DB_PASSWORD', 'DB_HOST=db DB_PASSWORD=hunter2 DB_PORT=5432', 'DB_HOST=db DB_PASSWORD=•••••• DB_PORT=5432'],
		[
			'client_secret in a query',
			'POST /oauth/token?grant_type=client_credentials&client_secret=s3cr3t-v4lue&scope=api',
			'POST /oauth/token?grant_type=client_credentials&client_secret=••••••&scope=api',
		],
		['api_key', 'requests.get(url, params={"api_key": "0123abcd4567ef"})', 'requests.get(url, params={"api_key": "••••••"})'],
		['password in YAML', '    password: correct-horse-battery', '    password: ••••••'],
		['quoted password with spaces', 'export PGPASSWORD="my secret pw"', 'export PGPASSWORD="••••••"'],
		[
			'JSON-escaped password',
			'{"msg":"login failed for {\\"user\\": \\"bob\\", \\"password\\": \\"hunter2\\"}"}',
			'{"msg":"login failed for {\\"user\\": \\"bob\\", \\"password\\": \\"••••••\\"}"}',
		],
		[
			'--password=value',
			'helm registry login ghcr.io --username bob --password=hunter2',
			'helm registry login ghcr.io --username bob --password=••••••',
		],
		[
			'--password value',
			'+ docker login ghcr.io --username bob --password hunter2',
			'+ docker login ghcr.io --username bob --password ••••••',
		],
		['--token value', 'npx vercel deploy --prod --token abc123DEF456ghi', 'npx vercel deploy --prod --token ••••••'],
		[
			'-p value after a login',
			'+ docker login -u bob -p hunter2 registry.example.com',
			'+ docker login -u bob -p •••••• registry.example.com',
		],
		['-pvalue for mysql', '+ mysql -h db -u root -phunter2 app < dump.sql', '+ mysql -h db -u root -p•••••• app < dump.sql'],
		[
			'curl -u user:password',
			'+ curl -fsSL -u bob:hunter2 https://nexus.example.com/repo',
			'+ curl -fsSL -u bob:•••••• https://nexus.example.com/repo',
		],
		['Authorization: Basic', '> Authorization: Basic Ym9iOmh1bnRlcjI=', '> Authorization: Basic ••••••'],
		[
			'Authorization header in curl -H',
			'curl -H "Authorization: token abc123def456" https://api.github.com',
			'curl -H "Authorization: token ••••••" https://api.github.com',
		],
		['Bearer token', 'Authorization: Bearer abc.def.ghijklmnopqrs', 'Authorization: Bearer ••••••'],
		[
			'user:password@ in an https URL',
			"fatal: unable to access 'https://bob:hunter2@github.com/acme/api.git/': The requested URL returned error: 403",
			"fatal: unable to access 'https://bob:••••••@github.com/acme/api.git/': The requested URL returned error: 403",
		],
		[
			'user:password@ in a postgres URL',
			'Error: connect ECONNREFUSED postgres://app:p@ss:w0rd@db.internal:5432/app',
			'Error: connect ECONNREFUSED postgres://app:••••••@db.internal:5432/app',
		],
		[
			'token as the URL user',
			`git clone https://${fake('', 40)}@github.com/acme/api.git`,
			'git clone https://••••••@github.com/acme/api.git',
		],
		['bare JWT', `id_token ${JWT} expired`, 'id_token eyJ•••••• expired'],
		[
			'OpenAI key',
			`OpenAIError: Incorrect API key provided: ${fake('sk-proj-', 40)}.`,
			'OpenAIError: Incorrect API key provided: sk-••••••.',
		],
		[
			'Stripe secret key',
			`StripeAuthenticationError: Invalid API Key provided: ${fake('sk_live_', 24)}`,
			'StripeAuthenticationError: Invalid API Key provided: sk_live_••••••',
		],
		[
			'Google API key',
			`https://maps.googleapis.com/maps/api/geocode/json?key=${fake('AIza', 35)}`,
			'https://maps.googleapis.com/maps/api/geocode/json?key=AIza••••••',
		],
		['Slack app token', `SLACK_APP_TOKEN=${fake('xapp-1-', 40)}`, 'SLACK_APP_TOKEN=xapp-••••••'],
		['Slack bot token in prose', `using ${fake('xoxb-', 30)} for #builds`, 'using xoxb-•••••• for #builds'],
		[
			'Azure AccountKey',
			`DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=${AZURE_KEY};EndpointSuffix=core.windows.net`,
			'DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=••••••;EndpointSuffix=core.windows.net',
		],
		[
			'Azure SAS signature',
			'https://acme.blob.core.windows.net/c/b?sv=2022-11-02&sig=Zx9%2BAb3dEf7hK1mN0pQr5t%3D',
			'https://acme.blob.core.windows.net/c/b?sv=2022-11-02&sig=••••••',
		],
		['docker config auth', '{"auths":{"ghcr.io":{"auth":"Ym9iOmdocF9hYmNkZWY="}}}', '{"auths":{"ghcr.io":{"auth":"••••••"}}}'],
		['::add-mask:: echoed', `+ echo ::add-mask::${AWS_SECRET}`, '+ echo ::add-mask::••••••'],
		[
			'JSON-escaped private key',
			`"private_key": "-----BEGIN PRIVATE KEY-----\\n${PEM_BODY.join('\\n')}\\n-----END PRIVATE KEY-----\\n"`,
			'"private_key": "-----BEGIN PRIVATE KEY-----••••••-----END PRIVATE KEY-----\\n"',
		],
		[
			'private key flattened by an unquoted variable',
			`+ echo -----BEGIN OPENSSH PRIVATE KEY----- ${PEM_BODY.join(' ')} -----END OPENSSH PRIVATE KEY-----`,
			'+ echo -----BEGIN OPENSSH PRIVATE KEY-----•••••• -----END OPENSSH PRIVATE KEY-----',
		],
	])('masks %s', (_form, line, masked) => {
		expect(maskSecrets(line)).toBe(masked);
	});

	test('masks a private key block across lines, keeping the line count', () => {
		const log = [
			'Writing key to ~/.ssh/id_rsa',
			'-----BEGIN RSA PRIVATE KEY-----',
			...PEM_BODY,
			'-----END RSA PRIVATE KEY-----',
			'Permission denied (publickey).',
		].join('\n');
		expect(maskSecrets(log).split('\n')).toEqual([
			'Writing key to ~/.ssh/id_rsa',
			'-----BEGIN RSA PRIVATE KEY-----',
			'••••••',
			'••••••',
			'••••••',
			'-----END RSA PRIVATE KEY-----',
			'Permission denied (publickey).',
		]);
	});

	test('masks an encrypted key block with its headers, and a key whose lines carry CI timestamps', () => {
		const encrypted = [
			'-----BEGIN RSA PRIVATE KEY-----',
			'Proc-Type: 4,ENCRYPTED',
			'DEK-Info: AES-128-CBC,0123456789ABCDEF',
			'',
			...PEM_BODY,
			'-----END RSA PRIVATE KEY-----',
		];
		expect(maskSecrets(encrypted.join('\n'))).not.toMatch(/ENCRYPTED|AES-128|MIIE|Yq1Z/);
		const stamped = ['-----BEGIN PRIVATE KEY-----', ...PEM_BODY, '-----END PRIVATE KEY-----'].map(
			(l) => `2026-11-29T10:00:00.1234567Z ${l}`,
		);
		expect(maskSecrets(stamped.join('\n'))).not.toMatch(/MIIE|Yq1Z/);
	});

	// Real error lines and ordinary log text that must stay as they are.
	test.each([
		'Password:',
		'Enter password: ',
		'Password: Error: Cannot perform an interactive login from a non TTY device',
		'SyntaxError: Unexpected token: keyword (const)',
		'failed to fetch oauth token: unexpected status: 403 Forbidden',
		'npm error code E401 - authentication token not provided',
		'remote: Support for password authentication was removed on August 13, 2021.',
		'Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password',
		'WWW-Authenticate: Bearer realm="https://auth.docker.io/token",service="registry.docker.io"',
		'Bearer authentication required',
		'Basic authentication failed for user bob',
		'authorization: denied',
		'ExpiredToken: The security token included in the request is expired',
		'Password: Login Succeeded',
		'ERROR: Uploading artifacts as "archive" to coordinator... too large archive  id=412 responseStatus=413 status=413 token=glcbt-64',
		'Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable: id-token: write is missing',
		'  NODE_AUTH_TOKEN: XXXXX-XXXXX-XXXXX-XXXXX',
		'  GITHUB_TOKEN: ***',
		'token: ${{ secrets.GITHUB_TOKEN }}',
		'password=${DB_PASSWORD}',
		'git push https://x-access-token:${GH_TOKEN}@github.com/acme/api.git',
		'TOKENIZERS_PARALLELISM=false',
		'PWD=/home/runner/work/api/api',
		'# tests 12, pass=12 fail=0',
		'secrets: inherit',
		'max_tokens=4096',
		'mkdir -p build/out && docker run -p 8080:80 -u 1000:1000 app',
		'tsc -p tsconfig.build.json',
		'echo "$CR_PAT" | docker login ghcr.io --password-stdin -u bob',
		'docker buildx build --secret id=npmrc,src=.npmrc .',
		'docker login --password-stdin --username bob ghcr.io',
		'-----BEGIN CERTIFICATE-----',
		'git@github.com: Permission denied (publickey).',
		'https://github.com/acme/api/actions/runs/12345678901/job/34567890123',
		'/home/runner/work/task-runner/sk-scripts/build-and-deploy-all.sh',
		'denied: permission_denied: write_package',
	])('leaves %j readable', (line) => {
		expect(maskSecrets(line)).toBe(line);
	});

	test('leaves every title, signature and variant in the catalogue unchanged', async () => {
		const pages = await loadCatalogue('content');
		const changed = pages.flatMap((p) => [p.title, ...p.signatures, ...(p.matchVariants ?? [])]).filter((s) => maskSecrets(s) !== s);
		expect(changed).toEqual([]);
	});

	test('is idempotent and keeps line breaks', () => {
		const log = [
			`token=${GHP}`,
			`aws_secret_access_key = ${AWS_SECRET}`,
			'-----BEGIN EC PRIVATE KEY-----',
			...PEM_BODY,
			'-----END EC PRIVATE KEY-----',
			'postgres://app:hunter2@db:5432/app',
			`Authorization: Bearer ${JWT}`,
		].join('\r\n');
		const once = maskSecrets(log);
		expect(maskSecrets(once)).toBe(once);
		expect(once.split('\r\n')).toHaveLength(log.split('\r\n').length);
	});

	test('every quantifier in every masking pattern is bounded, so none rescans more than a fixed span from a start', () => {
		expect(MASK_PATTERNS.length).toBeGreaterThan(10);
		for (const pattern of MASK_PATTERNS) expect(unboundedQuantifiers(pattern.source), pattern.source).toEqual([]);
	});

	// Each near-miss, repeated, sits just short of a pattern; `npm run bench:match` prints how long 5 MB of each takes.
	test.each(MASK_NEAR_MISSES)('returns 100 KB of %j in one pass, idempotent, with its line breaks', (unit) => {
		const text = Array.from({ length: 100 }, () => unit.repeat(Math.ceil(1000 / unit.length))).join('\n');
		const once = maskSecrets(text);
		expect(maskSecrets(once)).toBe(once);
		expect(once.split('\n')).toHaveLength(100);
	});
});
