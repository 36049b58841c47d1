import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { entry, startHarness, type Harness } from '../discord/harness.ts';
import { embed } from '../discord/payload.ts';
import { until } from './until.ts';

/**
 * Gateway and REST faults met by the real adapter (real discord.js, fake Discord): every question
 * asked while a fault lasts (slash commands and mentions) gets exactly one answer once it clears, and
 * the next question is answered too. Single faults with one question each are in tests/discord/resilience.test.ts.
 */

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const QUESTION = 'how do I object on whatsapp?';
const count = (kind: string): number => h.fake.gatewayEvents.filter((e) => e.kind === kind).length;

interface Asked {
  readonly interactions: string[];
  readonly mentions: string[];
}

/** Asks `n` slash commands and `m` mentions, all at once. */
function askMany(n: number, m: number): Asked {
  const interactions = Array.from({ length: n }, () => h.fake.interact({ kind: 'command', name: 'ask', options: [{ name: 'question', type: 3, value: QUESTION }] }));
  const mentions = Array.from({ length: m }, () => h.fake.message({ content: QUESTION, mentionsBot: true }) ?? 'not delivered');
  return { interactions, mentions };
}

const repliesTo = (messageId: string): Record<string, unknown>[] =>
  h.fake.state.channelPosts.filter((p) => typeof p.message_reference === 'object' && p.message_reference !== null && 'message_id' in p.message_reference && p.message_reference.message_id === messageId);

/** Per question, the number of answers it got. */
const tally = (asked: Asked): number[] => [...asked.interactions.map((id) => h.fake.accepted(id).length), ...asked.mentions.map((id) => repliesTo(id).length)];

/** Waits for one answer per question, lets duplicates show up, then checks each got exactly one, with the right topic. */
async function expectEachAnsweredOnce(asked: Asked, timeout = 4000): Promise<void> {
  await until('an answer to every question', () => tally(asked).every((n) => n >= 1), timeout).catch((error: unknown) => {
    throw new Error(`${String(error)}; answers per question: ${JSON.stringify(tally(asked))}`);
  });
  await new Promise((resolve) => setTimeout(resolve, 150));
  expect(tally(asked)).toEqual(tally(asked).map(() => 1));
  const title = entry(h.kb, 'whatsapp-objection').text.en.title;
  for (const id of asked.interactions) expect(embed(h.fake.accepted(id)[0]?.data ?? {}).title).toBe(title);
  for (const id of asked.mentions) expect(embed(repliesTo(id)[0] ?? {}).title).toBe(title);
}

afterEach(async () => {
  // After each fault, the next question is answered, once.
  await expectEachAnsweredOnce(askMany(1, 1));
  expect(h.adapter.connected()).toBe(true);
});

describe('Discord gateway faults, with questions asked during them', () => {
  it('RECONNECT: questions dispatched right behind it are replayed on RESUME and answered once', async () => {
    const resumes = count('resume');
    h.fake.gateway.reconnect();
    const asked = askMany(3, 2);
    await h.fake.waitFor('a RESUME', () => count('resume') > resumes, 5000);
    await expectEachAnsweredOnce(asked);
    expect(count('identify')).toBe(1);
  });

  it.each([1011, 4000])('abnormal close %i: questions sent while disconnected are answered once after RESUME', async (code) => {
    const resumes = count('resume');
    h.fake.gateway.closeWith(code);
    const asked = askMany(3, 2);
    await h.fake.waitFor('a RESUME', () => count('resume') > resumes, 5000);
    await expectEachAnsweredOnce(asked);
    expect(count('identify')).toBe(1);
  });

  it('resumable INVALID_SESSION: the client resumes on the same connection; questions held meanwhile are answered once', async () => {
    const resumes = count('resume');
    const connects = count('connect');
    h.fake.gateway.invalidSession(true);
    const asked = askMany(3, 2);
    await h.fake.waitFor('a RESUME', () => count('resume') > resumes, 5000);
    await expectEachAnsweredOnce(asked);
    expect(count('identify')).toBe(1);
    expect(count('connect')).toBe(connects);
  });
});

describe('Discord REST faults, with several questions in flight', () => {
  it('429 with retry_after on replies and interaction callbacks: each question waits, then is answered once', async () => {
    h.fake.fail({ path: /^channels\/\d+\/messages$/, status: 429, times: 1, retryAfter: 0.3 });
    h.fake.fail({ path: /^interactions\/\d+\/[^/]+\/callback$/, status: 429, times: 1, retryAfter: 0.3 });
    const since = h.fake.calls.length;
    const started = performance.now();
    const asked = askMany(3, 3);
    await expectEachAnsweredOnce(asked);
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    expect(h.fake.calls.slice(since).filter((c) => c.status === 429)).toHaveLength(2);
  });

  it('500 on replies and interaction callbacks: retried, and each question is answered once', async () => {
    h.fake.fail({ path: /^channels\/\d+\/messages$/, status: 500, times: 2 });
    h.fake.fail({ path: /^interactions\/\d+\/[^/]+\/callback$/, status: 500, times: 2 });
    const since = h.fake.calls.length;
    await expectEachAnsweredOnce(askMany(3, 3));
    expect(h.fake.calls.slice(since).filter((c) => c.status === 500)).toHaveLength(4);
  });
});

describe('Discord non-resumable INVALID_SESSION (costs discord.js’s ~5 s identify throttle: kept last, and alone)', () => {
  it('re-identifies and answers the next questions; what Discord dropped with the session is never answered late or twice', async () => {
    h.fake.gateway.invalidSession(false);
    const lost = askMany(1, 1);
    await h.fake.waitFor('a second IDENTIFY', () => count('identify') === 2 && h.fake.gateway.connected(), 10_000);
    await until('the client to be ready again', () => h.adapter.connected(), 3000);
    await expectEachAnsweredOnce(askMany(2, 2));
    expect(tally(lost)).toEqual([0, 0]);
  }, 15_000);
});
