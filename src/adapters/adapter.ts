/** The one shape every platform adapter has. */
export interface Adapter {
  readonly name: 'terminal' | 'telegram' | 'discord';
  /** Connects and starts answering; resolves once the adapter is serving. */
  start(): Promise<void>;
  /** Stops taking updates, lets answers in flight finish, closes connections. */
  stop(): Promise<void>;
  /** Whether the adapter is connected to its platform right now. */
  connected(): boolean;
}
