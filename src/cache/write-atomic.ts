/** Writing a file whole or not at all: into a temporary file beside it, then renamed into place. */
import fs from 'node:fs/promises';
import path from 'node:path';

/** Writes `content` to `file` (making its folder), so a reader never sees half a file. */
export async function writeFileAtomic(file: string, content: string): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  await fs.writeFile(temp, content);
  await fs.rename(temp, file);
}
