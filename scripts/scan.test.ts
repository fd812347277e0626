// End-to-end: runs the CLI as a user would (npx tsx scripts/scan.ts).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
let dir: string;
let txt: string;
let html: string;
let missing: string;

function scan(...args: string[]) {
  const result = spawnSync('npx', ['tsx', 'scripts/scan.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'scan-test-'));
  txt = join(dir, 'positive.txt');
  html = join(dir, 'page.html');
  missing = join(dir, 'does-not-exist.txt');
  writeFileSync(
    txt,
    'Russian contractors died when U.S. aircraft struck their column near Deir ez-Zor on 7 February 2018.\n',
  );
  writeFileSync(
    html,
    '<!doctype html><html><head><title>Khasham</title></head><body>' +
      '<p>Weather: <b>sunny</b>.</p>' +
      '<p>Survivors of <em>Khasham</em> recalled the night of February 7, 2018.</p>' +
      '<script>const decoy = "Wagner fighters at Deir ez-Zor, US strikes, February 7 2018";</script>' +
      '</body></html>',
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('scan CLI', () => {
  it('prints a verdict per file, reports a missing file on stderr and exits 2', () => {
    const { status, stdout, stderr } = scan(txt, missing, html);
    expect(status).toBe(2);
    expect(stderr).toContain(missing);
    expect(stdout).toContain(`${txt}: mentions the engagement`);
    expect(stdout).toContain(`${html}: mentions the engagement`);
    expect(stdout).toContain('"Deir ez-Zor"');
    expect(stdout).toContain('"Khasham"');
  }, 60_000);

  it('--json prints one object per file with exactly the documented fields', () => {
    const { status, stdout } = scan('--json', txt, html, missing);
    expect(status).toBe(2);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    const [first, second] = lines.map((line) => JSON.parse(line));
    for (const record of [first, second]) {
      expect(Object.keys(record).sort()).toEqual(['file', 'mentions', 'mentions_event', 'score']);
      expect(typeof record.mentions_event).toBe('boolean');
      expect(record.score).toBeGreaterThanOrEqual(0);
      expect(record.score).toBeLessThanOrEqual(1);
      for (const mention of record.mentions) {
        expect(Object.keys(mention).sort()).toEqual(['cues', 'end', 'score', 'start', 'text']);
        expect(Number.isInteger(mention.start) && Number.isInteger(mention.end)).toBe(true);
        expect(mention.cues.every((cue: unknown) => typeof cue === 'string')).toBe(true);
      }
    }
    expect(first.file).toBe(txt);
    expect(first.mentions_event).toBe(true);
    expect(second.file).toBe(html);
    expect(second.mentions_event).toBe(true);
    // Only the visible Khasham is marked, not the script's decoy; offsets are
    // into the extracted text, so the mention's text is the name itself.
    expect(second.mentions.map((m: { text: string }) => m.text)).toEqual(['Khasham']);
    expect(second.mentions[0].start).toBe('Weather: sunny.\nSurvivors of '.length);
  }, 60_000);
});
