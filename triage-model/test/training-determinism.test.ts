import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MANIFEST_FILE, MODEL_CARD_FILE, MODEL_FILE, VOCABULARY_FILE } from '../src/model/manifest.js';
import { ARTIFACTS_DIR, PACKAGE_DIR } from '../src/paths.js';
import { DEFAULT_TRAIN_CONFIG, trainAndExport } from '../src/training/pipeline.js';

const dirs: string[] = [];
const tempDir = async (): Promise<string> => {
  const dir = await mkdtemp(join(tmpdir(), 'triage-train-'));
  dirs.push(dir);
  return dir;
};
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

const FILES = [MODEL_FILE, VOCABULARY_FILE, MANIFEST_FILE];

describe('training', () => {
  it('`npm run train` reproduces the committed artefacts byte for byte', async () => {
    const out = await tempDir();
    execFileSync(process.execPath, ['--import', 'tsx', 'src/training/cli.ts', '--out', out], {
      cwd: PACKAGE_DIR,
      stdio: 'pipe',
    });
    for (const file of [...FILES, MODEL_CARD_FILE]) {
      expect(
        Buffer.compare(await readFile(join(out, file)), await readFile(join(ARTIFACTS_DIR, file))),
        file,
      ).toBe(0);
    }
    // A full training run over ~290 conditions takes about five minutes on the idle 2-core box, and up to
    // three times that while the other suites load both cores.
  }, 1_800_000);

  it('two runs with the same seed are identical, another seed differs', async () => {
    const small = { ...DEFAULT_TRAIN_CONFIG, samplesPerCondition: 20, epochs: 1, validationSize: 200 };
    const [a, b, c] = [await tempDir(), await tempDir(), await tempDir()];
    await trainAndExport(a, small);
    await trainAndExport(b, small);
    await trainAndExport(c, { ...small, seed: small.seed + 1 });
    for (const file of FILES) {
      expect(Buffer.compare(await readFile(join(a, file)), await readFile(join(b, file))), file).toBe(0);
    }
    expect(Buffer.compare(await readFile(join(a, MODEL_FILE)), await readFile(join(c, MODEL_FILE)))).not.toBe(
      0,
    );
  });

  // ~290 conditions × ~1000 float32 features ≈ 1.2 MB; the bound catches an accidental dense blow-up.
  it('keeps the committed model small', async () => {
    expect((await readFile(join(ARTIFACTS_DIR, MODEL_FILE))).length).toBeLessThan(2 * 1024 * 1024);
  });
});
