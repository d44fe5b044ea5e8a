import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createStorage } from '../../adapters/storage/createStorage';
import { silentLogger } from '../../adapters/logger';

describe('createStorage', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kx-create-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it.each(['mysql://x', 'sqlite:', '', 'postgres:/nohost', './data/support.db'])(
    'when the url is %p, then it rejects naming STORAGE_URL',
    async (url) => {
      await expect(createStorage(url, { logger: silentLogger })).rejects.toThrow(/STORAGE_URL/);
    },
  );

  it('when the url is sqlite:<file>, then state, feedback and unanswered share the file and survive reopening', async () => {
    const url = `sqlite:${path.join(dir, 'data', 'support.db')}`;
    const first = await createStorage(url, { logger: silentLogger });
    expect(first.kind).toBe('sqlite');
    await first.ping();
    await first.storage.write({ k: { v: 1 } });
    await first.feedback.record({
      conversationId: 'c1',
      articleId: 'disputes',
      helpful: true,
      at: new Date(0),
    });
    await first.unanswered.record({ text: 'where is my parrot', at: new Date(0), topCandidates: [] });
    await first.close();
    await first.close(); // idempotent

    const second = await createStorage(url, { logger: silentLogger });
    expect((await second.storage.read(['k'])).k.v).toBe(1);
    expect(await second.feedback.list(10)).toHaveLength(1);
    expect(await second.unanswered.list(10)).toHaveLength(1);
    expect(second.db?.prepare('SELECT name FROM migrations ORDER BY name').all()).toEqual([
      { name: 'bot_state-001' },
      { name: 'decisions-001' },
      { name: 'feedback-001' },
      { name: 'unanswered-001' },
      { name: 'unanswered-002' },
    ]);
    await second.close();
  });
});
