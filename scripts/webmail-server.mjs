// An HTTPS server that serves saved webmail pages under their real host names, so the built
// extension's content scripts run on them exactly as on mail.google.com or outlook.office.com.
//
// - A throw-away self-signed certificate is made with openssl at start, read into memory, and its
//   files deleted at once: no key ever lands in the repository or outlives the call.
// - Chromium reaches the server through `--host-resolver-rules` (see `hostRules`), so the page's
//   URL is exactly its `<meta name="fixture-url">`: nothing is added to it.
// - A page is found by host + path + query. Gmail's route lives in the URL hash, which never
//   reaches a server, so several Gmail pages share `/mail/u/0/`: the one served is the one last
//   chosen with `select(name)` for that host+path+query (else the first by name). A request can also
//   force a page with the header `X-Relance-Page: NAME` (Playwright: `page.setExtraHTTPHeaders`).
//   Every page response says which page it is in its own `X-Relance-Page` header.
// - `setResponse(host, path, …)` registers any other answer (Gmail's `/mail/u/0/feed/atom`, …);
//   it wins over pages. Any other non-document request (favicons, gstatic images, Office CDN
//   scripts) gets an empty 404 at once.
//
// Run by itself to browse the demo mailbox in a browser you launch: `node scripts/webmail-server.mjs
// [DIR…]` prints the port and the `--host-resolver-rules` to pass.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The webmail hosts the content scripts match (wxt.config.ts WEBMAIL_HOSTS). */
export const WEBMAIL_HOSTS = [
  'mail.google.com',
  'outlook.office.com',
  'outlook.office365.com',
  'outlook.live.com',
  'outlook.cloud.microsoft',
];

/** Hosts the saved pages load assets from: mapped to the server too, which answers an empty 404. */
export const ASSET_HOSTS = [
  'ssl.gstatic.com',
  'www.gstatic.com',
  'fonts.gstatic.com',
  'fonts.googleapis.com',
  'lh3.googleusercontent.com',
  'res.cdn.office.net',
  'res-1.cdn.office.net',
];

/** How many requests `requests` keeps (a long `npm start` session must not grow without bound). */
const MAX_LOGGED_REQUESTS = 2000;

/**
 * @typedef {{ name: string, url: string, file: string }} FixturePage
 * @typedef {{ status: number, contentType?: string, body?: string | Buffer, headers?: Record<string, string> }} CannedResponse
 * @typedef {{ method: string, url: string, dest: string, status: number, page: string | null }} LoggedRequest
 * @typedef {object} WebmailServer
 * @property {number} port
 * @property {string} hostRules the value of Chromium's `--host-resolver-rules`
 * @property {Map<string, FixturePage>} pages by name (file name without `.html`)
 * @property {LoggedRequest[]} requests the most recent requests, oldest first
 * @property {(name: string) => FixturePage} select serve this page for its host+path+query from now on
 * @property {(host: string, path: string, response: CannedResponse | null) => void} setResponse
 *   answer requests for host + path (path with a query matches only that query; without one, any
 *   query) with this response; `null` removes it
 * @property {() => Promise<void>} close
 */

/**
 * Starts the server on 127.0.0.1 on a free port.
 * @param {{ pageDirs: string[], port?: number }} options
 * @returns {Promise<WebmailServer>}
 */
export async function startWebmailServer({ pageDirs, port = 0 }) {
  const pages = await loadPages(pageDirs);
  /** @type {Map<string, FixturePage[]>} */
  const byKey = new Map();
  for (const page of pages.values()) {
    const key = routeKey(new URL(page.url));
    byKey.set(key, [...(byKey.get(key) ?? []), page]);
  }
  /** @type {Map<string, string>} route key → the page name chosen last */
  const selected = new Map();
  /** @type {Map<string, CannedResponse>} host + path (+ query) → response */
  const responses = new Map();
  /** @type {LoggedRequest[]} */
  const requests = [];

  const { key, cert } = await makeCertificate([...WEBMAIL_HOSTS, ...ASSET_HOSTS]);

  const server = createServer({ key, cert }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const method = req.method ?? 'GET';
    const dest = String(req.headers['sec-fetch-dest'] ?? '');
    /** @type {URL} */
    let url;
    try {
      url = new URL(req.url ?? '/', `https://${host || 'invalid.host'}`);
    } catch {
      url = new URL('https://invalid.host/');
    }
    /**
     * @param {number} status
     * @param {Record<string, string>} headers
     * @param {string | Buffer} body
     * @param {string | null} page
     */
    const reply = (status, headers, body, page) => {
      requests.push({ method, url: url.href, dest, status, page });
      if (requests.length > MAX_LOGGED_REQUESTS) requests.splice(0, requests.length - MAX_LOGGED_REQUESTS);
      const payload = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
      res.writeHead(status, {
        'Cache-Control': 'no-store',
        'Content-Length': String(payload.length),
        ...headers,
      });
      res.end(method === 'HEAD' ? undefined : payload);
    };

    const canned =
      responses.get(`${host}${url.pathname}${url.search}`) ?? responses.get(`${host}${url.pathname}`);
    if (canned) {
      const headers = { ...(canned.headers ?? {}) };
      if (canned.contentType) headers['Content-Type'] = canned.contentType;
      reply(canned.status, headers, canned.body ?? '', null);
      return;
    }

    const isDocument =
      dest === 'document' ||
      dest === 'iframe' ||
      (dest === '' && String(req.headers.accept ?? '').includes('text/html'));
    if (!isDocument || (method !== 'GET' && method !== 'HEAD')) {
      reply(404, {}, '', null);
      return;
    }

    const forced = req.headers['x-relance-page'];
    const candidates = byKey.get(routeKey(url)) ?? [];
    /** @type {FixturePage | undefined} */
    let page;
    if (typeof forced === 'string' && forced !== '') {
      page = pages.get(forced);
    } else if (candidates.length > 0) {
      const choice = selected.get(routeKey(url));
      page = candidates.find((p) => p.name === choice) ?? candidates[0];
    }
    if (!page) {
      reply(
        404,
        { 'Content-Type': 'text/html; charset=utf-8' },
        notFoundPage(url, host, pages, forced),
        null,
      );
      return;
    }
    const servedPage = page;
    readFile(servedPage.file).then(
      (html) =>
        reply(
          200,
          { 'Content-Type': 'text/html; charset=utf-8', 'X-Relance-Page': servedPage.name },
          html,
          servedPage.name,
        ),
      (error) =>
        reply(
          500,
          { 'Content-Type': 'text/plain; charset=utf-8' },
          `cannot read ${servedPage.file}: ${error}`,
          null,
        ),
    );
  });

  await new Promise((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', rejectListen);
      resolveListen(undefined);
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the webmail server has no TCP port');
  const boundPort = address.port;

  return {
    port: boundPort,
    hostRules: hostResolverRules(boundPort),
    pages,
    requests,
    select(name) {
      const page = pages.get(name);
      if (!page)
        throw new Error(`no fixture page named ${name}; known pages: ${[...pages.keys()].join(', ')}`);
      selected.set(routeKey(new URL(page.url)), name);
      return page;
    },
    setResponse(host, path, response) {
      const at = new URL(path, `https://${host.toLowerCase()}`);
      const responseKey = `${at.host}${at.pathname}${at.search}`;
      if (response === null) responses.delete(responseKey);
      else responses.set(responseKey, response);
    },
    close() {
      return new Promise((resolveClose) => {
        server.close(() => resolveClose(undefined));
        server.closeAllConnections();
      });
    },
  };
}

/**
 * `--host-resolver-rules` sending the webmail and asset hosts (HTTPS) to the server, and every
 * other host nowhere: the browser under test never reaches the network, and fails fast instead of
 * waiting for a DNS timeout on a closed machine.
 * @param {number} port
 */
export function hostResolverRules(port) {
  return [
    ...[...WEBMAIL_HOSTS, ...ASSET_HOSTS].map((host) => `MAP ${host}:443 127.0.0.1:${port}`),
    'MAP * ~NOTFOUND',
    'EXCLUDE localhost',
  ].join(', ');
}

/** @param {URL} url */
function routeKey(url) {
  return `${url.host}${url.pathname}${url.search}`;
}

/**
 * Reads every `*.html` of the folders (not recursive). A page without a fixture URL, on a host
 * that is not a webmail host, or with a name already taken is an error: the tests rely on them.
 * @param {string[]} pageDirs
 * @returns {Promise<Map<string, FixturePage>>}
 */
async function loadPages(pageDirs) {
  /** @type {Map<string, FixturePage>} */
  const pages = new Map();
  for (const dir of pageDirs) {
    const names = (await readdir(dir)).filter((file) => file.endsWith('.html')).sort();
    for (const fileName of names) {
      const file = resolve(dir, fileName);
      const name = basename(fileName, '.html');
      const url = fixtureUrl(await readFile(file, 'utf8'));
      if (url === null) throw new Error(`${file} has no <meta name="fixture-url" content="…">`);
      const host = new URL(url).host;
      if (!WEBMAIL_HOSTS.includes(host)) {
        throw new Error(`${file}: fixture-url host ${host} is not one of ${WEBMAIL_HOSTS.join(', ')}`);
      }
      const previous = pages.get(name);
      if (previous) throw new Error(`two fixture pages are named ${name}: ${previous.file} and ${file}`);
      pages.set(name, { name, url, file });
    }
  }
  return pages;
}

/**
 * The content of `<meta name="fixture-url" content="…">`, attributes in either order.
 * @param {string} html
 * @returns {string | null}
 */
export function fixtureUrl(html) {
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    if (!/\bname\s*=\s*["']fixture-url["']/i.test(tag)) continue;
    const content = /\bcontent\s*=\s*"([^"]*)"|\bcontent\s*=\s*'([^']*)'/i.exec(tag);
    const value = content?.[1] ?? content?.[2];
    if (value !== undefined) return decodeEntities(value);
  }
  return null;
}

/** @param {string} text */
function decodeEntities(text) {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** @param {string} text */
function escapeHtml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * A helpful 404 for a document: what this host serves.
 * @param {URL} url
 * @param {string} host
 * @param {Map<string, FixturePage>} pages
 * @param {string | string[] | undefined} forced
 */
function notFoundPage(url, host, pages, forced) {
  const onHost = [...pages.values()].filter((page) => new URL(page.url).host === host);
  const items = onHost
    .map(
      (page) =>
        `<li><a href="${escapeHtml(page.url)}">${escapeHtml(page.name)}</a> ${escapeHtml(page.url)}</li>`,
    )
    .join('\n');
  const why = forced ? `X-Relance-Page: ${String(forced)} names no page.` : 'No fixture page has this URL.';
  return `<!doctype html><meta charset="utf-8"><title>Not a fixture page</title>
<h1>Relance webmail server: 404</h1><p>${escapeHtml(url.href)}</p><p>${escapeHtml(why)}</p>
<p>Pages on ${escapeHtml(host)}:</p><ul>${items}</ul>`;
}

/**
 * A self-signed certificate for the hosts, made with openssl in a temporary folder that is deleted
 * before this returns.
 * @param {string[]} hosts
 * @returns {Promise<{ key: Buffer, cert: Buffer }>}
 */
async function makeCertificate(hosts) {
  const dir = await mkdtemp(join(tmpdir(), 'relance-cert-'));
  try {
    const keyFile = join(dir, 'key.pem');
    const certFile = join(dir, 'cert.pem');
    try {
      await run('openssl', [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-keyout',
        keyFile,
        '-out',
        certFile,
        '-days',
        '2',
        '-subj',
        '/CN=Relance webmail fixtures',
        '-addext',
        `subjectAltName=${hosts.map((host) => `DNS:${host}`).join(',')}`,
      ]);
    } catch (error) {
      const code = /** @type {{ code?: unknown }} */ (error).code;
      if (code === 'ENOENT') {
        throw new Error('openssl is needed to make the test certificate: sudo apt-get install openssl');
      }
      throw error;
    }
    return { key: await readFile(keyFile), cert: await readFile(certFile) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// `node scripts/webmail-server.mjs [DIR…]`: serve the folders (default: the demo mailbox).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(fileURLToPath(import.meta.url), '../..');
  const dirs = process.argv.length > 2 ? process.argv.slice(2) : [join(root, 'test/fixtures/demo')];
  const server = await startWebmailServer({ pageDirs: dirs });
  console.log(`Webmail fixtures on https://127.0.0.1:${server.port} (Ctrl-C to stop)`);
  for (const page of server.pages.values()) console.log(`  ${page.name.padEnd(24)} ${page.url}`);
  console.log(
    `\nLaunch a Chromium with:\n  --host-resolver-rules="${server.hostRules}" --ignore-certificate-errors`,
  );
  const stop = () => server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
