/** Where the knowledge files live, found from this module's folder so source and dist/ both work. */
import fs from 'node:fs';
import path from 'node:path';

/**
 * Walks up from `startDir` to the first folder holding a package.json. From source that is
 * the repository; from dist/knowledge/kb it is also the repository, because dist/ has none.
 */
export function findRepoRoot(startDir: string = __dirname): string {
  let dir = path.resolve(startDir);
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${startDir}`);
    dir = parent;
  }
}

/** The repository's knowledge/ folder. */
export function knowledgeDir(): string {
  return path.join(findRepoRoot(), 'knowledge');
}

/** Default locations of the Help Center content. */
export function defaultPaths(): { articlesDir: string; policyFile: string } {
  const dir = knowledgeDir();
  return { articlesDir: path.join(dir, 'articles'), policyFile: path.join(dir, 'policy', 'policy.yaml') };
}

/** A path as shown in error messages: relative to the repository when inside it. */
export function displayPath(file: string): string {
  const abs = path.resolve(file);
  let root: string;
  try {
    root = findRepoRoot();
  } catch {
    return abs;
  }
  const rel = path.relative(root, abs);
  return rel.startsWith('..') || path.isAbsolute(rel) ? abs : rel.split(path.sep).join('/');
}
