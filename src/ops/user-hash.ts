import { createHmac, randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';

/** Turns a platform user id into a stable pseudonym: the same person gets the same hash on this install only. */
export type HashUser = (id: string) => string;

/**
 * The per-install salt: `LOG_SALT` when set, else the content of `file`, which is created with a
 * random salt (readable by its owner only) on first use.
 */
export async function loadSalt(salt: string | undefined, file: string): Promise<string> {
  if (salt) return salt;
  try {
    const stored = (await readFile(file, 'utf8')).trim();
    if (stored.length >= 16) return stored;
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'ENOENT')) throw error;
  }
  const fresh = randomBytes(32).toString('hex');
  await writeFile(file, `${fresh}\n`, { mode: 0o600 });
  return fresh;
}

/** HMAC-SHA256 of the id under the salt, shortened to 16 hex digits (enough to tell people apart in logs). */
export function createUserHasher(salt: string): HashUser {
  return (id) => createHmac('sha256', salt).update(id).digest('hex').slice(0, 16);
}
