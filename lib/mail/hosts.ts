// The webmail pages Relance runs on. Content scripts match them; the background holds them as host
// permissions (to find an open tab of a thread, later to read Gmail's unread feed). Nothing else.
export const GMAIL_MATCHES = ['https://mail.google.com/*'] as const;
export const OUTLOOK_MATCHES = [
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
  'https://outlook.cloud.microsoft/*',
] as const;
export const WEBMAIL_MATCHES = [...GMAIL_MATCHES, ...OUTLOOK_MATCHES];
