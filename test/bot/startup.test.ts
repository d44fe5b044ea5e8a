import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { silentLogger } from '../../adapters/logger';
import { loadConfig } from '../../bot/config';
import { createApp } from '../../bot/createApp';
import { KnowledgeError } from '../../knowledge/kb/errors';
import { defaultPaths } from '../../knowledge/kb/paths';

describe('start-up with a broken knowledge base', () => {
  it('when an article has a bad front matter field, then the app refuses to start naming the file and field', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kx-kb-'));
    const { articlesDir, policyFile } = defaultPaths();
    for (const f of fs.readdirSync(articlesDir))
      fs.copyFileSync(path.join(articlesDir, f), path.join(dir, f));
    const file = path.join(dir, 'cancel-order.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^audience: .*$/m, 'audience: everyone'));
    const config = loadConfig({
      DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'kx-data-')),
      LOG_LEVEL: 'silent',
    });

    const start = createApp(config, { logger: silentLogger, knowledge: { articlesDir: dir, policyFile } });

    await expect(start).rejects.toThrow(KnowledgeError);
    await expect(start).rejects.toThrow(/cancel-order\.md.*audience/);
  });
});
