// npm run build: tsc emits JavaScript only; data files the code loads at run time (JSON next to
// the modules that read them) are copied into dist/ at the same relative paths.
import { cp, readdir } from 'node:fs/promises';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
for (const entry of await readdir(path.join(root, 'src'), { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.json')) continue;
  const relative = path.relative(path.join(root, 'src'), path.join(entry.parentPath, entry.name));
  await cp(path.join(root, 'src', relative), path.join(root, 'dist', relative));
}
