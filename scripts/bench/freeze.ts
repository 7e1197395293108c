/**
 * A frozen copy of the code under test. Others commit to this checkout while a full run (minutes)
 * goes on; each size runs in its own process, which would otherwise import whatever src/ holds when
 * it starts. The copy holds what the measured processes import or spawn, with node_modules linked.
 */
import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rm, symlink } from 'node:fs/promises';
import path from 'node:path';

const FROZEN = ['src', 'scripts', 'knowledge', 'test/support', 'test/e2e', 'package.json', 'tsconfig.json'];

/** A hash of every file under `dir` (names and bytes). */
export async function treeFingerprint(dir: string): Promise<string> {
  const hash = createHash('sha256');
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
  for (const file of files) hash.update(file).update('\0').update(await readFile(path.join(dir, file)));
  return hash.digest('hex').slice(0, 12);
}

/** Copies the code under test from `root` into a fresh `dest`; returns the absolute path of `dest`. */
export async function freezeTree(root: string, dest: string): Promise<string> {
  const target = path.resolve(dest);
  await rm(target, { recursive: true, force: true });
  await mkdir(target, { recursive: true });
  for (const entry of FROZEN) {
    await cp(path.join(root, entry), path.join(target, entry), { recursive: true, force: true }).catch(
      (error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      },
    );
  }
  await symlink(path.resolve(root, 'node_modules'), path.join(target, 'node_modules'), 'dir');
  return target;
}
