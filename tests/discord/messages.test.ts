import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/core/messages.ts';
import { INTENTS } from './fake-gateway.ts';
import { DM_ID, GENERAL_ID, HELP_ID } from './fake-payloads.ts';
import { ambiguousQuestion, entry, startHarness, type Harness } from './harness.ts';
import { embed, isEphemeral } from './payload.ts';

const SETTLE_MS = 150;
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
const referenceOf = (post: Record<string, unknown>): unknown =>
  typeof post.message_reference === 'object' && post.message_reference !== null && 'message_id' in post.message_reference ? post.message_reference.message_id : undefined;

describe('mentions and DMs, without the Message Content intent', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('does not ask for the privileged Message Content intent', () => {
    const intents = h.fake.gateway.intents() ?? 0;
    expect(intents & INTENTS.MessageContent).toBe(0);
    expect(intents & (INTENTS.Guilds | INTENTS.GuildMessages | INTENTS.DirectMessages)).toBe(INTENTS.Guilds | INTENTS.GuildMessages | INTENTS.DirectMessages);
  });

  it('answers a message that mentions the bot as a reply to it', async () => {
    const id = h.fake.message({ content: 'how do I object on whatsapp?', mentionsBot: true });
    const post = await h.fake.waitForChannelPost(1);
    expect(post.channel_id).toBe(GENERAL_ID);
    expect(referenceOf(post)).toBe(id);
    expect(embed(post).title).toBe(entry(h.kb, 'whatsapp-objection').text.en.title);
    expect(post.allowed_mentions).toEqual({ parse: [] });
  });

  it('answers a DM, in the language of the question', async () => {
    const id = h.fake.message({ content: 'comment refuser sur instagram ?', dm: true });
    const post = await h.fake.waitForChannelPost(2);
    expect(post.channel_id).toBe(DM_ID);
    expect(referenceOf(post)).toBe(id);
    expect(embed(post).title).toBe(entry(h.kb, 'instagram-objection').text.fr.title);
    expect(isEphemeral(post)).toBe(false);
  });

  it('offers the main topics when a mention is not understood', async () => {
    h.fake.message({ content: 'pizza recipe please', mentionsBot: true });
    const post = await h.fake.waitForChannelPost(3);
    expect(post.content).toBe(MESSAGES.en.none);
  });

  it('ignores other messages, and messages from bots', async () => {
    h.fake.message({ content: 'how do I object on whatsapp?' });
    h.fake.message({ content: 'how do I object on whatsapp?', channelId: HELP_ID });
    h.fake.message({ content: 'how do I object on whatsapp?', dm: true, fromBot: true });
    await settle();
    expect(h.fake.state.channelPosts.length).toBe(3);
  });
});

describe('help channels, with the Message Content intent', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ helpChannelIds: [HELP_ID] });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('asks for the Message Content intent', () => {
    expect((h.fake.gateway.intents() ?? 0) & INTENTS.MessageContent).toBe(INTENTS.MessageContent);
  });

  it('answers a confident question in a help channel by itself, and stays silent when unsure', async () => {
    h.fake.message({ content: 'pizza recipe please', channelId: HELP_ID });
    h.fake.message({ content: ambiguousQuestion(h.kb), channelId: HELP_ID });
    // Small talk between people is theirs: "bonjour", "merci", "ok" get no answer where nobody asked the bot.
    for (const content of ['bonjour tout le monde', 'merci !', 'ok']) h.fake.message({ content, channelId: HELP_ID });
    h.fake.message({ content: 'how do I object on whatsapp?', channelId: GENERAL_ID });
    const id = h.fake.message({ content: 'how do I object on whatsapp?', channelId: HELP_ID });
    const post = await h.fake.waitForChannelPost(1);
    expect(referenceOf(post)).toBe(id);
    expect(embed(post).title).toBe(entry(h.kb, 'whatsapp-objection').text.en.title);
    await settle();
    expect(h.fake.state.channelPosts.length).toBe(1);
  });
});
