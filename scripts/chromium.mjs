// What the e2e harness (test/e2e/harness.ts) and `npm start` (scripts/start.mjs) share about the
// browser: where Chromium is, where the built extension is, and the flags that load it and send
// the webmail host names to the local server (DESIGN.md, "End-to-end tests in real Chromium").
import { createHash } from 'node:crypto';
import { accessSync, constants, existsSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Where `wxt build` writes the Chrome MV3 extension (absolute). */
export const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3');

/** Where Chromium is looked for, after `CHROMIUM_PATH`. */
export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

const INSTALL_HINT =
  'Install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH to a Chromium or Chrome binary. ' +
  "Playwright's own browser download is not used.";

/**
 * The Chromium to run: `CHROMIUM_PATH` when set (and then it must exist), else the first usual
 * path that is an executable file.
 * @returns {string}
 */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!isExecutable(fromEnv))
      throw new Error(`CHROMIUM_PATH=${fromEnv} is not an executable file. ${INSTALL_HINT}`);
    return fromEnv;
  }
  const found = CHROMIUM_CANDIDATES.find(isExecutable);
  if (!found)
    throw new Error(`No Chromium found (looked in ${CHROMIUM_CANDIDATES.join(', ')}). ${INSTALL_HINT}`);
  return found;
}

/** @param {string} file */
function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Throws unless the extension has been built.
 * @param {string} [dir]
 */
export function assertExtensionBuilt(dir = EXTENSION_DIR) {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No built extension in ${dir}: run \`npx wxt build\` (or \`npm run build\`) first.`);
  }
}

/**
 * The id Chromium gives the unpacked extension: the first 128 bits of the SHA-256 of the manifest's
 * `key` (a base64 public key) when it has one, else of the folder's absolute path; each hex digit
 * 0–f written a–p.
 * @param {string} [dir]
 * @returns {string}
 */
export function unpackedExtensionId(dir = EXTENSION_DIR) {
  /** @type {{ key?: unknown }} */
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const source = typeof manifest.key === 'string' ? Buffer.from(manifest.key, 'base64') : realpathSync(dir);
  const hex = createHash('sha256').update(source).digest('hex').slice(0, 32);
  return [...hex]
    .map((digit) => String.fromCharCode('a'.charCodeAt(0) + Number.parseInt(digit, 16)))
    .join('');
}

/**
 * The command-line flags for a Chromium running Relance against the local webmail server.
 * @param {{ extensionDir?: string, hostRules: string, locale?: string }} options
 * @returns {string[]}
 */
export function chromiumArgs({ extensionDir = EXTENSION_DIR, hostRules, locale }) {
  return [
    // Both: Playwright adds --disable-extensions otherwise.
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    `--host-resolver-rules=${hostRules}`,
    '--ignore-certificate-errors',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    ...(locale ? [`--lang=${locale}`] : []),
  ];
}

/**
 * The environment for Chromium. On Linux the UI language (and so `chrome.i18n`) follows
 * `LANGUAGE`, not only `--lang`.
 * @param {string} [locale]
 * @returns {Record<string, string>}
 */
export function chromiumEnv(locale) {
  /** @type {Record<string, string>} */
  const env = {};
  for (const [name, value] of Object.entries(process.env)) if (value !== undefined) env[name] = value;
  if (locale) env.LANGUAGE = locale;
  return env;
}
