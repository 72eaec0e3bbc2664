/** The URL of `database` on the server `url` reaches, with the same user, host and options. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
