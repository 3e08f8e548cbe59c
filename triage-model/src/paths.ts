import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The triage-model workspace root and the repository's bench results folder. */
export const PACKAGE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
export const ARTIFACTS_DIR = join(PACKAGE_DIR, 'artifacts');
export const BENCH_RESULTS_DIR = join(PACKAGE_DIR, '..', 'bench', 'results');
