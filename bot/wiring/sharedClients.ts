/**
 * Bot Framework authentication whose connector and user-token clients are made once per caller and
 * service URL, instead of once per turn. CloudAdapter asks for both on every activity, and each
 * ConnectorClient and TokenApiClient builds its own HTTP pipeline: about a tenth of a turn's CPU
 * when the reply goes back in the response (expectReplies, Direct Line) and the clients are never
 * used. BotFrameworkAdapter, CloudAdapter's predecessor, kept such a cache too.
 *
 * The key holds everything the clients are made from (the claims that name the bot and its caller,
 * the service URL, the audience), so a client is only ever shared by turns that would have built an
 * identical one. Service URLs come from the activity, so the cache is bounded (oldest out first).
 */
import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';

type ClaimsIdentity = Parameters<ConfigurationBotFrameworkAuthentication['createConnectorFactory']>[0];
type ConnectorFactory = ReturnType<ConfigurationBotFrameworkAuthentication['createConnectorFactory']>;
type ConnectorClient = Awaited<ReturnType<ConnectorFactory['create']>>;
type UserTokenClient = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['createUserTokenClient']>>;

/** Clients kept at most (each a few KB): far more than the channels one bot talks to. */
export const SHARED_CLIENTS_MAX = 256;

/** The claims the SDK reads to pick the app id, the audience and the caller. */
const KEY_CLAIMS = ['aud', 'appid', 'azp', 'ver', 'iss'];

function claimsKey(identity: ClaimsIdentity): string {
  const claims = identity?.claims ?? [];
  return KEY_CLAIMS.map((type) => claims.find((c) => c.type === type)?.value ?? '').join('\u0001');
}

/** A bounded map of promises; a rejected one is dropped so the next turn tries again. */
class BoundedCache<T> {
  private readonly entries = new Map<string, Promise<T>>();

  constructor(private readonly max: number) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: string, make: () => Promise<T>): Promise<T> {
    const found = this.entries.get(key);
    if (found) return found;
    const made = make();
    made.catch(() => {
      if (this.entries.get(key) === made) this.entries.delete(key);
    });
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, made);
    return made;
  }
}

export class SharedClientsAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly connectors = new BoundedCache<ConnectorClient>(SHARED_CLIENTS_MAX);
  private readonly tokenClients = new BoundedCache<UserTokenClient>(SHARED_CLIENTS_MAX);

  /** How many clients are held (for tests). */
  get sharedClients(): { connectors: number; tokenClients: number } {
    return { connectors: this.connectors.size, tokenClients: this.tokenClients.size };
  }

  /** Incoming activities: the factory the request's authentication made, made sharing. */
  override async authenticateRequest(
    ...args: Parameters<ConfigurationBotFrameworkAuthentication['authenticateRequest']>
  ): ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']> {
    const result = await super.authenticateRequest(...args);
    if (!result.connectorFactory) return result;
    return { ...result, connectorFactory: this.sharing(result.claimsIdentity, result.connectorFactory) };
  }

  /** Proactive turns (continueConversation) ask for a factory of their own. */
  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.sharing(claimsIdentity, super.createConnectorFactory(claimsIdentity));
  }

  private sharing(claimsIdentity: ClaimsIdentity, factory: ConnectorFactory): ConnectorFactory {
    const who = claimsKey(claimsIdentity);
    const connectors = this.connectors;
    return {
      create: (serviceUrl: string, audience?: string) =>
        connectors.get(`${who}\u0002${serviceUrl}\u0002${audience ?? ''}`, () =>
          factory.create(serviceUrl, audience),
        ),
    } as ConnectorFactory;
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.tokenClients.get(claimsKey(claimsIdentity), () =>
      super.createUserTokenClient(claimsIdentity),
    );
  }
}
