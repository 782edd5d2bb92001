// Runs the built CLI (npm test builds dist/ first) and snapshots folders, for the end-to-end suites.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const CLI = join(ROOT, 'dist', 'cli', 'main.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function cli(args: string[], options: { cwd?: string; input?: string | Buffer; env?: NodeJS.ProcessEnv } = {}): CliResult {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd ?? ROOT, input: options.input, encoding: 'utf8', env: options.env ?? process.env, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export const scratch = (label = 'framelens-test-'): string => mkdtempSync(join(tmpdir(), label));

/** Every file under `dir` (hidden ones included) with its bytes, as a sorted map of relative path -> base64. */
export function snapshot(dir: string, skip: (relative: string) => boolean = () => false): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (sub: string) => {
    for (const name of readdirSync(join(dir, sub)).sort()) {
      const relative = sub ? `${sub}/${name}` : name;
      if (skip(relative)) continue;
      const path = join(dir, relative);
      if (statSync(path).isDirectory()) walk(relative);
      else out.set(relative, readFileSync(path).toString('base64'));
    }
  };
  walk('');
  return out;
}

/** One stderr line in the documented form `framelens: <path>: <problem>`. */
export const ONE_LINE = /^framelens: [^\n]+: [^\n]+\n$/;

/** The same, without blocking: tests that start several runs at once use the second core. */
export function cliAsync(args: string[], options: { input?: string | Buffer; env?: NodeJS.ProcessEnv } = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: options.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdin.end(options.input ?? '');
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
