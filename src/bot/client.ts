import { Client, GatewayIntentBits, Partials } from 'discord.js';

/**
 * The discord.js client: server events and DMs only, no privileged intent (DM content needs none),
 * and no mention ever pings (every reply also says so).
 */
export function createClient({ apiUrl }: { apiUrl: string }): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.DirectMessages],
    // DM channels are not cached until used: without this partial, DMs never arrive.
    partials: [Partials.Channel],
    allowedMentions: { parse: [] },
    rest: { api: apiUrl },
  });
}
