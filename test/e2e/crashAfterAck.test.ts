/**
 * SIGKILL right after acknowledging messages, restart on the same SQLite data: every message
 * acknowledged is answered exactly once, in order (see crashAfterAck.ts).
 */
import { crashAfterAcknowledging, expectAnsweredOnceInOrder } from './crashAfterAck';

describe('a crash right after acknowledging messages (SQLite)', () => {
  it('when the server is killed with turns acknowledged but not answered, then after a restart each is answered once, in order', async () => {
    const { posted, replies } = await crashAfterAcknowledging({});
    expectAnsweredOnceInOrder(posted, replies);
  }, 120_000);
});
