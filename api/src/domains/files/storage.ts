import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Content-addressed file store: bytes live under their SHA-256, so the same document uploaded twice
 * is stored once and a stored file can never change under its name.
 */
export class FileStore {
  constructor(private readonly root: string) {}

  /** Where the bytes of a hash live on disk. */
  locate(sha256: string) {
    return path.join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async put(bytes: Uint8Array): Promise<string> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const target = this.locate(sha256);
    await fs.mkdir(path.dirname(target), { recursive: true });
    try {
      await fs.access(target);
      return sha256;
    } catch {
      // Write then rename, so a crash never leaves a half-written file under a valid hash.
      const temp = `${target}.${randomUUID()}.tmp`;
      await fs.writeFile(temp, bytes, { mode: 0o600 });
      await fs.rename(temp, target);
      return sha256;
    }
  }

  async get(sha256: string): Promise<Buffer> {
    return fs.readFile(this.locate(sha256));
  }
}
