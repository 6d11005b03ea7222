// Types of webmail-server.mjs for the TypeScript harness (test/e2e/harness.ts). Keep in step.

/** The webmail hosts the content scripts match (wxt.config.ts WEBMAIL_HOSTS). */
export declare const WEBMAIL_HOSTS: readonly string[];
/** Hosts the saved pages load assets from; the server answers them with an empty 404. */
export declare const ASSET_HOSTS: readonly string[];

export interface FixturePage {
  /** The file name without `.html`, e.g. `gmail-02-four-messages-cc`. */
  name: string;
  /** Its `<meta name="fixture-url">`: the URL it is served at. */
  url: string;
  /** Absolute path of the HTML file. */
  file: string;
}

export interface CannedResponse {
  status: number;
  contentType?: string;
  body?: string | Buffer;
  headers?: Record<string, string>;
}

export interface LoggedRequest {
  method: string;
  url: string;
  /** The request's Sec-Fetch-Dest (`document`, `image`, `script`, `empty` for fetch…). */
  dest: string;
  status: number;
  /** The fixture page served, if any. */
  page: string | null;
}

export interface WebmailServer {
  port: number;
  /** The value of Chromium's `--host-resolver-rules`. */
  hostRules: string;
  /** Pages by name. */
  pages: Map<string, FixturePage>;
  /** The most recent requests (at most 2,000), oldest first. */
  requests: LoggedRequest[];
  /** Serves this page for its host + path + query from now on (pages sharing a path: Gmail's hash routes). */
  select(name: string): FixturePage;
  /**
   * Answers requests for host + path with this response, before any page; a path with a query
   * matches only that query, one without matches any. `null` removes it.
   */
  setResponse(host: string, path: string, response: CannedResponse | null): void;
  close(): Promise<void>;
}

export declare function startWebmailServer(options: {
  pageDirs: string[];
  port?: number;
}): Promise<WebmailServer>;
export declare function hostResolverRules(port: number): string;
export declare function fixtureUrl(html: string): string | null;
