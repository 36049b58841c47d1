import { afterEach, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/core/messages.ts';
import { createRateLimiter } from '../../src/core/rate-limit.ts';
import { entry, startHarness, type Harness } from './harness.ts';
import { embed, isEphemeral } from './payload.ts';

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 150));
/** Two messages at once per person; nothing refills during a test. */
const tight = () => createRateLimiter({ user: { burst: 2, perMinute: 1 }, chat: { burst: 20, perMinute: 1 } });

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('rate limits on Discord', () => {
  it('answers a burst of slash commands, sends one private notice, then leaves the rest unanswered', async () => {
    const harness = (h = await startHarness({ limiter: tight() }));
    const ask = () => harness.fake.interact({ kind: 'command', name: 'ask', options: [{ name: 'question', type: 3, value: 'how do I object on whatsapp?' }] });
    const ids = [ask(), ask(), ask(), ask()];
    const [first, second, notice] = await Promise.all(ids.slice(0, 3).map((id) => harness.fake.waitForResponse(id)));
    expect(embed(first?.data ?? {}).title).toBe(entry(harness.kb, 'whatsapp-objection').text.en.title);
    expect(embed(second?.data ?? {}).title).toBe(entry(harness.kb, 'whatsapp-objection').text.en.title);
    expect(notice?.data.content).toBe(MESSAGES.en.rateLimited);
    expect(isEphemeral(notice?.data ?? {})).toBe(true);
    await settle();
    expect(harness.fake.accepted(ids[3] ?? '')).toEqual([]);
  });

  it('applies the same limit to DMs and mentions, with one short reply as the notice', async () => {
    const harness = (h = await startHarness({ limiter: tight() }));
    for (let i = 0; i < 5; i += 1) harness.fake.message({ content: 'how do I object on whatsapp?', dm: true });
    await harness.fake.waitForChannelPost(3);
    await settle();
    const posts = harness.fake.state.channelPosts;
    expect(posts).toHaveLength(3);
    expect(posts.filter((p) => p.content === MESSAGES.en.rateLimited)).toHaveLength(1);
    // Autocomplete follows keystrokes and is never limited.
    const completing = harness.fake.interact({ kind: 'autocomplete', name: 'ask', options: [{ name: 'question', type: 3, value: 'whats', focused: true }] });
    expect((await harness.fake.waitForResponse(completing)).type).toBe(8);
  });
});
