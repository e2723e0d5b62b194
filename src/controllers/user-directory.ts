import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A user's name and picture, as an app's resolver gives them. */
export interface ResolvedUser {
  uid: string;
  name: string;
  avatar?: string;
}

/**
 * Names users the source does not: the Calls API names only a call's initiator and receiver, so other participants
 * arrive as bare uids. Given the uids, returns what it knows (in any order; uids it leaves out stay unnamed). Called
 * with up to `UserDirectory.batchSize` uids at a time, each uid once per list; `signal` aborts when the list leaves
 * the page.
 */
export type UserResolver = (uids: readonly string[], signal: AbortSignal) => Promise<readonly ResolvedUser[]> | readonly ResolvedUser[];

export interface UserDirectoryConfig {
  /** The resolver in use, read at each lookup; a different function starts a new directory. */
  resolver: () => UserResolver | undefined;
  /** Called when names arrive, so what shows them renders again. */
  onResolved: () => void;
}

/**
 * The names of users, looked up through an app's resolver in batches and kept for the host's lifetime. Never
 * blocks: until a name arrives (or when the resolver fails or does not know it) the uid is what shows.
 */
export class UserDirectory implements ReactiveController {
  /** The most uids one call of the resolver is given. */
  static readonly batchSize = 100;

  readonly host: ReactiveControllerHost;
  readonly #config: UserDirectoryConfig;
  #resolver: UserResolver | undefined;
  readonly #users = new Map<string, ResolvedUser>();
  /** Uids asked for: each is asked once, whatever the answer, unless its request was aborted. */
  readonly #asked = new Set<string>();
  #abort = new AbortController();

  constructor(host: ReactiveControllerHost, config: UserDirectoryConfig) {
    (this.host = host).addController(this);
    this.#config = config;
  }

  hostDisconnected(): void {
    this.#abort.abort();
    this.#abort = new AbortController();
  }

  /** The user, once the resolver has named it. */
  get(uid: string): ResolvedUser | undefined {
    return this.#users.get(uid);
  }

  /** Asks the resolver, in batches, for the uids not asked for yet. */
  lookUp(uids: Iterable<string>): void {
    const resolver = this.#config.resolver();
    if (resolver !== this.#resolver) {
      this.hostDisconnected();
      this.#resolver = resolver;
      this.#users.clear();
      this.#asked.clear();
    }
    if (typeof resolver !== 'function') return;
    const fresh = [...new Set(uids)].filter((uid) => uid !== '' && !this.#asked.has(uid));
    for (let start = 0; start < fresh.length; start += UserDirectory.batchSize) {
      void this.#ask(resolver, fresh.slice(start, start + UserDirectory.batchSize));
    }
  }

  async #ask(resolver: UserResolver, uids: string[]): Promise<void> {
    const signal = this.#abort.signal;
    for (const uid of uids) this.#asked.add(uid);
    // A failing resolver leaves the uids shown as they are.
    const answer: unknown = await Promise.resolve()
      .then(() => resolver(uids, signal))
      .catch(() => []);
    if (signal.aborted) {
      // Asked again when the host comes back.
      for (const uid of uids) this.#asked.delete(uid);
      return;
    }
    const wanted = new Set(uids);
    let named = false;
    for (const user of Array.isArray(answer) ? (answer as unknown[]) : []) {
      const { uid, name, avatar } = (user ?? {}) as Partial<ResolvedUser>;
      if (typeof uid !== 'string' || !wanted.has(uid) || typeof name !== 'string' || name.trim() === '') continue;
      this.#users.set(uid, { uid, name, ...(typeof avatar === 'string' && avatar !== '' && { avatar }) });
      named = true;
    }
    if (named) this.#config.onResolved();
  }
}
