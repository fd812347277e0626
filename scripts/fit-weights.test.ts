// The fit's command line: it must never fit on the held-out split.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

function fit(...args: string[]) {
  const result = spawnSync('npx', ['tsx', 'scripts/fit-weights.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stderr: result.stderr };
}

describe('npm run fit', () => {
  it('refuses to fit on the held-out split', () => {
    const result = fit('--train', 'tune,heldout');
    expect(result.status).toBe(64);
    expect(result.stderr).toContain('never fitted on');
  }, 30_000);

  it('rejects unknown splits and arguments, and --cv with --write', () => {
    expect(fit('--train', 'everything').status).toBe(64);
    expect(fit('--lambda', '-1').status).toBe(64);
    expect(fit('--cv', '--write').status).toBe(64);
    expect(fit('--frobnicate').stderr).toContain('usage: npm run fit');
  }, 30_000);
});
