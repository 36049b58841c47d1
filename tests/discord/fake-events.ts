import type { FakeGateway } from './fake-gateway.ts';
import { INTENTS } from './fake-gateway.ts';
import { APP_ID, BOT_ID, botUser, DM_ID, dmChannel, GENERAL_ID, GUILD_ID, guildChannels, humanUser, member, snowflake } from './fake-payloads.ts';
import type { FakeState } from './fake-rest.ts';

export interface OptionValue {
  readonly name: string;
  /** 3 string, 5 boolean. */
  readonly type: 3 | 5;
  readonly value: string | boolean;
  readonly focused?: boolean;
}

interface Where {
  readonly locale?: string;
  readonly dm?: boolean;
  readonly channelId?: string;
}

export type InteractionSpec = Where &
  (
    | { readonly kind: 'command' | 'autocomplete'; readonly name: string; readonly options?: readonly OptionValue[] }
    | { readonly kind: 'button'; readonly customId: string; readonly message: Record<string, unknown> }
    | { readonly kind: 'select'; readonly customId: string; readonly values: readonly string[]; readonly message: Record<string, unknown> }
  );

export interface MessageSpec {
  readonly content: string;
  readonly mentionsBot?: boolean;
  readonly dm?: boolean;
  readonly channelId?: string;
  readonly fromBot?: boolean;
}

const TYPES = { command: 2, button: 3, select: 3, autocomplete: 4 } as const;

function interactionData(spec: InteractionSpec): Record<string, unknown> {
  switch (spec.kind) {
    case 'command':
    case 'autocomplete':
      return { id: '1100000000000000900', name: spec.name, type: 1, options: spec.options ?? [] };
    case 'button':
      return { custom_id: spec.customId, component_type: 2 };
    case 'select':
      return { custom_id: spec.customId, component_type: 3, values: spec.values };
  }
}

/** Builders that dispatch INTERACTION_CREATE and MESSAGE_CREATE the way Discord shapes them. */
export function createDispatchers(state: FakeState, gateway: FakeGateway, notify: () => void) {
  const channelObject = (id: string) => (id === DM_ID ? dmChannel : (guildChannels.find((c) => c.id === id) ?? guildChannels[0]));

  /** Dispatches an interaction; returns its id. */
  const interact = (spec: InteractionSpec): string => {
    const id = snowflake();
    const token = `itoken-${id}`;
    const channelId = spec.dm ? DM_ID : (spec.channelId ?? GENERAL_ID);
    const where = spec.dm
      ? { user: humanUser, context: 1, authorizing_integration_owners: { '0': '0' } }
      : { guild_id: GUILD_ID, member, guild_locale: 'en-US', context: 0, authorizing_integration_owners: { '0': GUILD_ID } };
    const message = spec.kind === 'button' || spec.kind === 'select' ? { message: spec.message } : {};
    state.interactions.set(id, { id, token, type: TYPES[spec.kind], channelId, createdAt: Date.now(), acked: false, accepted: [] });
    gateway.dispatch('INTERACTION_CREATE', {
      id,
      application_id: APP_ID,
      type: TYPES[spec.kind],
      token,
      version: 1,
      locale: spec.locale ?? 'en-US',
      channel_id: channelId,
      channel: channelObject(channelId),
      app_permissions: '2248473465835073',
      entitlements: [],
      data: interactionData(spec),
      ...where,
      ...message,
    });
    notify();
    return id;
  };

  /** Dispatches a user message, as the bot's intents let Discord deliver it; returns its id, or undefined when not delivered. */
  const message = (spec: MessageSpec): string | undefined => {
    const intents = gateway.intents() ?? 0;
    const id = snowflake();
    const channelId = spec.dm ? DM_ID : (spec.channelId ?? GENERAL_ID);
    const mentions = spec.mentionsBot ? [botUser] : [];
    const full = {
      id,
      channel_id: channelId,
      author: spec.fromBot ? { ...humanUser, id: '1100000000000000301', bot: true } : humanUser,
      content: spec.mentionsBot ? `<@${BOT_ID}> ${spec.content}` : spec.content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions,
      mention_roles: [],
      attachments: [],
      embeds: [],
      components: [],
      pinned: false,
      type: 0,
      flags: 0,
    };
    state.messages.set(id, full);
    if (!(intents & (spec.dm ? INTENTS.DirectMessages : INTENTS.GuildMessages))) return undefined;
    const hidden = !spec.dm && !spec.mentionsBot && !(intents & INTENTS.MessageContent);
    const content = hidden ? { content: '', embeds: [], attachments: [], components: [] } : {};
    const where = spec.dm ? { channel_type: 1 } : { guild_id: GUILD_ID, member: { ...member, user: undefined } };
    gateway.dispatch('MESSAGE_CREATE', { ...full, ...content, ...where });
    notify();
    return id;
  };

  return { interact, message };
}
