// SQL texts run often enough to prepare: each connection parses and plans them once, by name
// (db/client.ts hands the names to the driver). Dependency-free, so extraction threads that
// import the statements' modules do not load the database client.
const preparedStatements = new Map<string, string>();

/** Registers `sql` to run as the prepared statement `name` on every connection; returns `sql`. */
export function preparedStatement(name: string, sql: string): string {
  preparedStatements.set(sql, name);
  return sql;
}

/** The prepared statement name of `sql`, if registered. */
export function preparedStatementName(sql: string): string | undefined {
  return preparedStatements.get(sql);
}
