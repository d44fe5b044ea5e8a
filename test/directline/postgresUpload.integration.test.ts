/**
 * Uploads on several instances sharing one PostgreSQL database: the file bytes live in the
 * database beside the log, so any instance serves a file another one stored.
 */
import crypto from 'node:crypto';
import type { Pool } from 'pg';
import { PostgresAttachmentStore } from '../../adapters/directline/postgresAttachmentStore';
import { describePostgres, dropSchema, freshSchema, pgStoreHarness, testPool } from '../support/postgres';
import { attachmentStoreContract } from './attachmentStoreContract';
import { encodeForm, FILES, uploadForm } from './files';
import { call, SECRET, startServer, waitFor, type TestServer } from './support';

const describePg = describePostgres();

attachmentStoreContract(
  'PostgresAttachmentStore',
  () => pgStoreHarness((pool, schema) => new PostgresAttachmentStore(pool, { schema })),
  describePg,
);

describePg('Direct Line upload on two instances sharing PostgreSQL', () => {
  let pools: Pool[];
  let schema: string;
  let a: TestServer;
  let b: TestServer;
  const files = () => pools[0].query(`SELECT COUNT(*)::int AS n FROM "${schema}".dl_attachments`);

  beforeEach(async () => {
    pools = [testPool(), testPool()];
    schema = await freshSchema(pools[0]);
    // One signing key, as instances share DATA_DIR's key or configuration.
    const signingKey = crypto.randomBytes(32);
    a = await startServer({ pg: { pool: pools[0], schema }, signingKey });
    b = await startServer({ pg: { pool: pools[1], schema }, signingKey });
    // The table appears on first use; make it now so that "nothing stored" can be counted.
    await new PostgresAttachmentStore(pools[0], { schema }).init();
  });
  afterEach(async () => {
    await a.close();
    await b.close();
    await dropSchema(pools[0], schema);
    for (const p of pools) await p.end();
  });

  test('when a file is uploaded on A, then B serves the same bytes from the signed URL; a refused upload stores nothing', async () => {
    const started = await call(`${a.url}/v3/directline/conversations`, { bearer: SECRET, body: {} });
    const conversationId = String(started.json.conversationId);
    const token = String(started.json.token);
    const post = async (form: FormData) => {
      const { body, contentType } = await encodeForm(form);
      return fetch(`${a.url}/v3/directline/conversations/${conversationId}/upload`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': contentType },
        body,
      });
    };
    const refused = await post(
      uploadForm([
        { bytes: FILES.png, name: 'a.png' },
        { bytes: FILES.svg, name: 'b.svg' },
      ]),
    );
    expect(refused.status).toBe(415);
    expect((await files()).rows[0].n).toBe(0);

    const ok = await post(uploadForm([{ bytes: FILES.png, name: 'label.png', type: 'image/png' }]));
    expect(ok.status).toBe(200);
    const { id } = (await ok.json()) as { id: string };
    const echo = await waitFor(async () => {
      const r = await call(`${b.url}/v3/directline/conversations/${conversationId}/activities`, {
        bearer: token,
      });
      return (r.json.activities as { id: string; attachments?: { contentUrl: string }[] }[]).find(
        (x) => x.id === id,
      );
    });
    const url = echo.attachments?.[0].contentUrl ?? '';
    const served = await fetch(url.replace(a.url, b.url));
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await served.arrayBuffer()).equals(FILES.png)).toBe(true);
    expect((await files()).rows[0].n).toBe(1);
  });
});
