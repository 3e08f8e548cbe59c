import fs from 'node:fs';
import path from 'node:path';

/** Finds a system binary or stops with the exact package to install. */
export function requireBinary(name: string, candidates: string[], debianPackage: string): string {
  const found = candidates.find((c) => fs.existsSync(c));
  if (found) return found;
  throw new Error(`${name} was not found. Install it: apt-get install -y ${debianPackage}`);
}

/** Debian's PostgreSQL server binaries live in /usr/lib/postgresql/<major>/bin; take the newest. */
export function postgresBinDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root)
    ? fs
        .readdirSync(root)
        .filter((v) => fs.existsSync(path.join(root, v, 'bin', 'postgres')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (!versions[0])
    throw new Error('PostgreSQL server was not found. Install it: apt-get install -y postgresql');
  return path.join(root, versions[0], 'bin');
}
