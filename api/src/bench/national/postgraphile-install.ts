import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '../../config/config.js';

const manifest = path.join(repoRoot, 'api', 'src', 'bench', 'national', 'postgraphile', 'package.json');

/**
 * Installs PostGraphile 4 in `.data/bench-postgraphile` on first use. Installed inside the
 * workspace, its modules would load our graphql 16 beside its own graphql 15 and fail.
 */
export async function installPostgraphile(): Promise<string> {
  const dir = path.join(repoRoot, '.data', 'bench-postgraphile');
  if (existsSync(path.join(dir, 'node_modules', 'postgraphile', 'package.json'))) return dir;
  await mkdir(dir, { recursive: true });
  await copyFile(manifest, path.join(dir, 'package.json'));
  await promisify(execFile)('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock'], { cwd: dir });
  return dir;
}
