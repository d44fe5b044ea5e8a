/**
 * The contract every AttachmentStore passes (in memory, SQLite, PostgreSQL), as the conversation
 * logs share theirs.
 */
import {
  newAttachmentId,
  type AttachmentStore,
  type StoredAttachment,
} from '../../adapters/directline/attachmentStore';
import { FILES } from './files';

export interface StoreHarness {
  store: AttachmentStore;
  /** The same data through a second connection or pool (a second instance); the same object in memory. */
  peer(): Promise<AttachmentStore>;
  dispose(): Promise<void>;
}

const file = (bytes: Buffer, extra: Partial<StoredAttachment> = {}): StoredAttachment => ({
  id: newAttachmentId(),
  conversationId: 'c1',
  contentType: 'image/png',
  name: 'colis abîmé.png',
  size: bytes.length,
  createdAt: '2026-05-01T10:00:00.000Z',
  bytes,
  ...extra,
});

export function attachmentStoreContract(
  name: string,
  harness: () => Promise<StoreHarness>,
  describeFn: jest.Describe = describe,
): void {
  describeFn(`${name}: AttachmentStore contract`, () => {
    let h: StoreHarness;
    beforeEach(async () => {
      h = await harness();
    });
    afterEach(async () => h.dispose());

    it('when files are stored, then each reads back byte for byte with its fields, here and through a peer', async () => {
      // Every byte value, so no encoding step can go unnoticed.
      const all = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
      const files = [file(FILES.png), file(all, { contentType: 'application/pdf', name: 'receipt.pdf' })];
      await h.store.putAll(files);
      const peer = await h.peer();
      for (const f of files) {
        expect(await h.store.get(f.id)).toEqual(f);
        const seen = await peer.get(f.id);
        expect(seen?.bytes.equals(f.bytes)).toBe(true);
      }
    });

    it('when an id was never stored, then get is undefined', async () => {
      expect(await h.store.get(newAttachmentId())).toBeUndefined();
    });

    it('when one file of a batch cannot be stored, then none of the batch is', async () => {
      const first = file(FILES.png);
      await h.store.putAll([first]);
      const fresh = file(FILES.gif, { contentType: 'image/gif' });
      await expect(h.store.putAll([fresh, { ...first, name: 'again.png' }])).rejects.toThrow();
      expect(await h.store.get(fresh.id)).toBeUndefined();
      expect((await h.store.get(first.id))?.name).toBe('colis abîmé.png');
    });

    it('when a conversation is purged, then its files go and other conversations keep theirs', async () => {
      const mine = [file(FILES.png), file(FILES.gif, { contentType: 'image/gif' })];
      const theirs = file(FILES.png, { conversationId: 'c2' });
      await h.store.putAll([...mine, theirs]);
      expect(await h.store.deleteForConversations(['c1', 'never-existed'])).toBe(2);
      for (const f of mine) expect(await h.store.get(f.id)).toBeUndefined();
      expect((await h.store.get(theirs.id))?.conversationId).toBe('c2');
      expect(await h.store.deleteForConversations([])).toBe(0);
    });

    it('when files are deleted, then they are gone and unknown ids are ignored', async () => {
      const files = [file(FILES.png), file(FILES.jpeg, { contentType: 'image/jpeg' })];
      await h.store.putAll(files);
      await h.store.deleteAll([files[0].id, newAttachmentId()]);
      expect(await h.store.get(files[0].id)).toBeUndefined();
      expect(await h.store.get(files[1].id)).toBeDefined();
      await h.store.deleteAll([]);
    });
  });
}
