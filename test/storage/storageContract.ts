/**
 * The contract every botbuilder `Storage` of ours runs (storage.md §6), modelled on botbuilder-core's
 * storageBaseTests. `storageContract` holds MemoryStorage's behaviour, so MemoryStorage runs it as
 * the baseline; `transactionalStoreContract` adds what only our stores promise.
 */
import {
  AutoSaveStateMiddleware,
  ConversationState,
  MessageFactory,
  TestAdapter,
  type Storage,
  type StoreItems,
} from 'botbuilder';
import { Dialog, DialogSet, TextPrompt, WaterfallDialog, type WaterfallStep } from 'botbuilder-dialogs';

/** A store under test and how to dispose of it. */
export interface StoreUnderTest {
  storage: Storage;
  /** Closes handles and removes files or schemas. */
  dispose(): Promise<void>;
}

export type StoreFactory = () => Promise<StoreUnderTest>;

const CRAZY_KEY = '!@#$%^&*()~/\\><,.?\';"`~';
const CONFLICT = (key: string): string => `Storage: error writing "${key}" due to eTag conflict.`;

/** Registers the base contract for a store built fresh for each test by `factory`. */
export function storageContract(name: string, factory: StoreFactory, suite: jest.Describe = describe): void {
  suite(`${name}: botbuilder Storage contract`, () => {
    let store: StoreUnderTest;
    let storage: Storage;
    beforeEach(async () => {
      store = await factory();
      storage = store.storage;
    });
    afterEach(async () => store.dispose());

    it('when reading an unknown key, then it returns an empty object', async () => {
      expect(await storage.read(['unknown'])).toEqual({});
    });

    it('when reading with null keys, then it rejects with the MemoryStorage ReferenceError', async () => {
      await expect(storage.read(null as unknown as string[])).rejects.toThrow(
        new ReferenceError('Keys are required when reading.'),
      );
    });

    it('when writing no items, then it does not throw', async () => {
      await expect(storage.write({})).resolves.toBeUndefined();
      await expect(storage.write([] as unknown as StoreItems)).resolves.toBeUndefined();
    });

    it('when creating objects, then reading returns them with a string eTag', async () => {
      await storage.write({ createPoco: { id: 1 }, createPocoStoreItem: { id: 2, eTag: '*' } });
      const read = await storage.read(['createPoco', 'createPocoStoreItem']);
      expect(read.createPoco).toEqual({ id: 1, eTag: expect.any(String) });
      expect(read.createPocoStoreItem).toEqual({ id: 2, eTag: expect.any(String) });
    });

    it('when a key has punctuation, slashes and quotes, then it round-trips', async () => {
      await storage.write({ [CRAZY_KEY]: { id: 1 }, 'msteams/users/29:1a|b/state': { id: 2 } });
      const read = await storage.read([CRAZY_KEY, 'msteams/users/29:1a|b/state']);
      expect(read[CRAZY_KEY].id).toBe(1);
      expect(read['msteams/users/29:1a|b/state'].id).toBe(2);
    });

    it('when values are not plain JSON, then they come back as JSON would', async () => {
      await storage.write({
        k: { at: new Date('2026-01-02T03:04:05.000Z'), gone: undefined, n: [1, { x: 'y' }] },
      });
      const read = await storage.read(['k']);
      expect(read.k).toEqual({
        at: '2026-01-02T03:04:05.000Z',
        n: [1, { x: 'y' }],
        eTag: expect.any(String),
      });
      expect('gone' in read.k).toBe(false);
    });

    it('when the object passed to write is reused, then it is not modified and reads are copies', async () => {
      const item = { count: 1 };
      await storage.write({ k: item });
      expect(item).toEqual({ count: 1 });
      const first = await storage.read(['k']);
      first.k.count = 99;
      expect((await storage.read(['k'])).k.count).toBe(1);
    });

    it('when updating, then the eTag changes, a stale eTag rejects, a removed eTag and "*" overwrite', async () => {
      await storage.write({ pocoItem: { id: 1, count: 1 }, pocoStoreItem: { id: 1, count: 1 } });
      const loaded = await storage.read(['pocoItem', 'pocoStoreItem']);
      const poco = loaded.pocoItem;
      delete poco.eTag;
      const storeItem = loaded.pocoStoreItem;
      const firstEtag: string = storeItem.eTag;
      poco.count++;
      storeItem.count++;
      await storage.write(loaded);

      const reloaded = await storage.read(['pocoItem', 'pocoStoreItem']);
      expect(reloaded.pocoItem.count).toBe(2);
      expect(reloaded.pocoStoreItem.count).toBe(2);
      expect(reloaded.pocoStoreItem.eTag).not.toBe(firstEtag);

      poco.count = 123; // no eTag: last writer wins
      await expect(storage.write({ pocoItem: poco })).resolves.toBeUndefined();
      storeItem.count = 123; // still carries the first eTag
      await expect(storage.write({ pocoStoreItem: storeItem })).rejects.toThrow(CONFLICT('pocoStoreItem'));

      const after = await storage.read(['pocoItem', 'pocoStoreItem']);
      expect(after.pocoItem.count).toBe(123);
      expect(after.pocoStoreItem.count).toBe(2);

      await storage.write({
        pocoItem: { ...after.pocoItem, count: 100 },
        pocoStoreItem: { ...after.pocoStoreItem, count: 100, eTag: '*' },
      });
      const final = await storage.read(['pocoItem', 'pocoStoreItem']);
      expect(final.pocoItem.count).toBe(100);
      expect(final.pocoStoreItem.count).toBe(100);
    });

    it('when writing with an empty eTag, then it overwrites', async () => {
      await storage.write({ k: { v: 1 } });
      await storage.write({ k: { v: 2, eTag: '' } });
      expect((await storage.read(['k'])).k.v).toBe(2);
    });

    it('when writing a specific eTag to a missing key, then it creates the key', async () => {
      await storage.write({ fresh: { v: 1, eTag: '12345' } });
      expect((await storage.read(['fresh'])).fresh.v).toBe(1);
    });

    it('when deleting an object, then it is gone', async () => {
      await storage.write({ delete1: { id: 1, count: 1 } });
      expect((await storage.read(['delete1'])).delete1.count).toBe(1);
      await storage.delete(['delete1']);
      expect((await storage.read(['delete1'])).delete1).toBeUndefined();
    });

    it('when deleting an unknown object, then it does not throw', async () => {
      await expect(storage.delete(['unknown_key'])).resolves.toBeUndefined();
    });

    it('when writing, reading and deleting in batches, then every key follows', async () => {
      await storage.write({ batch1: { count: 10 }, batch2: { count: 20 }, batch3: { count: 30 } });
      const read = await storage.read(['batch1', 'batch2', 'batch3', 'absent']);
      expect(Object.keys(read).sort()).toEqual(['batch1', 'batch2', 'batch3']);
      expect([read.batch1.count, read.batch2.count, read.batch3.count]).toEqual([10, 20, 30]);
      await storage.delete(['batch1', 'batch2', 'batch3']);
      expect(await storage.read(['batch1', 'batch2', 'batch3'])).toEqual({});
    });

    it('when a waterfall dialog runs on ConversationState over the store, then it proceeds step by step', async () => {
      await proceedsThroughWaterfall(storage);
    });
  });
}

/** The storageBaseTests waterfall: prompt retries and step index survive a store round trip per turn. */
async function proceedsThroughWaterfall(storage: Storage): Promise<void> {
  const convoState = new ConversationState(storage);
  const dialogs = new DialogSet(convoState.createProperty('dialogState'));
  dialogs.add(
    new TextPrompt('textPrompt', async (prompt) => {
      const ok = (prompt.recognized.value ?? '').length > 3;
      await prompt.context.sendActivity(
        ok
          ? `Got it on try ${prompt.attemptCount}.`
          : `Longer than 3 characters, please. ${prompt.attemptCount}`,
      );
      return ok;
    }),
  );
  const steps: WaterfallStep[] = [
    async (step) => {
      await step.context.sendActivity('step1');
      return Dialog.EndOfTurn;
    },
    async (step) => step.prompt('textPrompt', { prompt: MessageFactory.text('Please type your name.') }),
    async (step) => {
      await step.context.sendActivity(`step3 ${String(step.result)}`);
      return Dialog.EndOfTurn;
    },
  ];
  dialogs.add(new WaterfallDialog('waterfall', steps));
  const adapter = new TestAdapter(async (context) => {
    const dc = await dialogs.createContext(context);
    await dc.continueDialog();
    if (!context.responded) await dc.beginDialog('waterfall');
  }).use(new AutoSaveStateMiddleware(convoState));

  await adapter
    .send('hello')
    .assertReply('step1')
    .send('hello')
    .assertReply('Please type your name.')
    .send('hi')
    .assertReply('Longer than 3 characters, please. 1')
    .send('hi')
    .assertReply('Longer than 3 characters, please. 2')
    .send('Kyle')
    .assertReply('Got it on try 3.')
    .assertReply('step3 Kyle')
    .startTest();
}

/** Promises of our SQLite and PostgreSQL stores beyond MemoryStorage's. */
export function transactionalStoreContract(
  name: string,
  factory: StoreFactory,
  suite: jest.Describe = describe,
  parallel = 8,
): void {
  suite(`${name}: transactional guarantees`, () => {
    let store: StoreUnderTest;
    beforeEach(async () => {
      store = await factory();
    });
    afterEach(async () => store.dispose());

    it(`when ${parallel} writers race with the same eTag, then exactly one succeeds and the rest get the conflict error`, async () => {
      const { storage } = store;
      await storage.write({ race: { winner: 'none' } });
      const { eTag } = (await storage.read(['race'])).race;
      const results = await Promise.allSettled(
        Array.from({ length: parallel }, (_, i) => storage.write({ race: { winner: `w${i}`, eTag } })),
      );
      const won = results.flatMap((r, i) => (r.status === 'fulfilled' ? [`w${i}`] : []));
      const lost = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as Error] : []));
      expect(won).toHaveLength(1);
      expect(lost.map((e) => e.message)).toEqual(Array(parallel - 1).fill(CONFLICT('race')));
      expect((await storage.read(['race'])).race.winner).toBe(won[0]);
    });

    it('when one key of a multi-key write conflicts, then no key of the write is stored', async () => {
      const { storage } = store;
      await storage.write({ b: { v: 'old' } });
      const stale = (await storage.read(['b'])).b.eTag as string;
      await storage.write({ b: { v: 'newer' } });
      await expect(
        storage.write({ a: { v: 'new' }, b: { v: 'new', eTag: stale }, c: { v: 'new' } }),
      ).rejects.toThrow(CONFLICT('b'));
      const read = await storage.read(['a', 'b', 'c']);
      expect(Object.keys(read)).toEqual(['b']);
      expect(read.b.v).toBe('newer');
    });

    it('when a key is deleted and written again, then an eTag from before the delete no longer matches', async () => {
      const { storage } = store;
      await storage.write({ k: { v: 1 } });
      const old = (await storage.read(['k'])).k.eTag as string;
      await storage.delete(['k']);
      await storage.write({ k: { v: 2 } });
      await expect(storage.write({ k: { v: 3, eTag: old } })).rejects.toThrow(CONFLICT('k'));
    });
  });
}
