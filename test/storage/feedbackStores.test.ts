import { migrate, openSqlite } from '../../adapters/storage/sqlite';
import { SqliteFeedbackStore } from '../../adapters/storage/feedback';
import { SqliteUnansweredStore } from '../../adapters/storage/unanswered';
import { feedbackContract, unansweredContract } from './feedbackContract';

feedbackContract('SqliteFeedbackStore', async () => {
  const db = openSqlite(':memory:');
  return { store: new SqliteFeedbackStore(db), dispose: async () => void db.close() };
});

unansweredContract('SqliteUnansweredStore', async () => {
  const db = openSqlite(':memory:');
  return { store: new SqliteUnansweredStore(db), dispose: async () => void db.close() };
});

describe('SqliteUnansweredStore migration', () => {
  it('when the file holds questions from before "handled" existed, then they survive as unhandled', async () => {
    const db = openSqlite(':memory:');
    // The schema exactly as unanswered-001 left it, with a row in it.
    migrate(
      db,
      'unanswered-001',
      `CREATE TABLE unanswered (
         id INTEGER PRIMARY KEY AUTOINCREMENT, text TEXT NOT NULL, at TEXT NOT NULL,
         top_candidates TEXT NOT NULL, conversation_id TEXT);
       CREATE INDEX unanswered_at ON unanswered (at);`,
    );
    db.prepare('INSERT INTO unanswered (text, at, top_candidates) VALUES (?, ?, ?)').run(
      'old question',
      '2026-01-01T00:00:00.000Z',
      '[{"id":"disputes","score":0}]',
    );

    const store = new SqliteUnansweredStore(db);
    new SqliteUnansweredStore(db); // a second start applies nothing twice

    const [old] = await store.list(10, { unhandledOnly: true });
    expect(old).toMatchObject({ text: 'old question', handled: null, topCandidates: [{ id: 'disputes' }] });
    expect(await store.markHandled([old.id], 'answered in disputes', new Date('2026-01-02T00:00:00Z'))).toBe(
      1,
    );
    expect(
      db.prepare(`SELECT name FROM migrations WHERE name LIKE 'unanswered-%' ORDER BY name`).all(),
    ).toEqual([{ name: 'unanswered-001' }, { name: 'unanswered-002' }]);
    db.close();
  });
});
