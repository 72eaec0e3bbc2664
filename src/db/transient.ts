// Failures one writer causes another: retrying the whole transaction is all they need.

/** Deadlocks and serialization failures between parallel writers: the statement is simply retried. So
 *  is a foreign key violation: an entity the statement found may be removed (as an orphan, by a
 *  concurrent deleteArticle) before its rows point to it; run again, the statement creates it anew. */
export function isTransient(e: unknown): boolean {
  const text = `${(e as { code?: unknown })?.code ?? ''} ${(e as Error)?.message ?? ''}`;
  return /40P01|40001|23503|deadlock detected|could not serialize|violates foreign key constraint/u.test(text);
}

/** Runs `run` again while it fails transiently, `attempts` times in all; any other failure, or the last, is thrown. */
export async function retryTransient<T>(run: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (e) {
      if (!isTransient(e) || attempt >= attempts) throw e;
    }
  }
}
