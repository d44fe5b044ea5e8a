import { MemoryStorage } from 'botbuilder';
import { storageContract } from './storageContract';

storageContract('MemoryStorage (baseline)', async () => ({
  storage: new MemoryStorage(),
  dispose: async () => {},
}));

describe('MemoryStorage: multi-key writes', () => {
  it('when a later key conflicts, then the earlier keys stay written (not atomic)', async () => {
    const storage = new MemoryStorage();
    await storage.write({ b: { v: 'old' } });
    const stale = (await storage.read(['b'])).b.eTag as string;
    await storage.write({ b: { v: 'newer' } });
    await expect(storage.write({ a: { v: 'new' }, b: { v: 'new', eTag: stale } })).rejects.toThrow(
      'Storage: error writing "b" due to eTag conflict.',
    );
    const read = await storage.read(['a', 'b']);
    expect(read.a.v).toBe('new');
    expect(read.b.v).toBe('newer');
  });
});
