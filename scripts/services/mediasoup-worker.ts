import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** MEDIASOUP_WORKER_BIN when exported (CI), else the cached offline build (built on first use, minutes). */
export function mediasoupWorkerBin(): string {
  if (process.env.MEDIASOUP_WORKER_BIN) return process.env.MEDIASOUP_WORKER_BIN;
  const script = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../mediasoup-worker.sh');
  const out = execFileSync('bash', [script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return out.trim().split('\n').pop()!;
}
