// Secrets never reach a log line, an error message or a terminal: URLs lose their password.
const URL_PASSWORD = /(\b[a-z][a-z0-9+.-]*:\/\/[^:/?#@\s]*:)[^@/\s]*@/giu;

/** "postgresql://user:pw@host/db" → "postgresql://user:***@host/db", anywhere in a text. */
export function redactUrls(text: string): string {
  return text.replace(URL_PASSWORD, '$1***@');
}
