import { suggestStories, summarize } from '../../qa/index.ts';
import { keyOf, placeOf } from '../conversation.ts';
import { summaryReply } from '../replies/summaryReply.ts';
import { respond } from '../respond.ts';
import { isPrivate, slashCommand, suggest, typedSoFar, withPrivateOption } from './shared.ts';
import type { Command } from './types.ts';

export const summary = {
  data: withPrivateOption(
    slashCommand('summary', 'A story in brief: its lede and key points, each with its ¶').addStringOption(
      (o) =>
        o
          .setName('story')
          .setDescription('Which story (default: the one we were talking about, else the most recent)')
          .setMaxLength(100)
          .setAutocomplete(true),
    ),
  ).toJSON(),
  async execute(interaction, context) {
    const key = keyOf(placeOf(interaction));
    const current = context.conversations.get(key);
    const story = interaction.options.getString('story') ?? undefined;
    const result = summarize(context.live.current, {
      ...(story && { story }),
      ...(current?.storyId && { conversationStory: current.storyId }),
    });
    // Follow-ups are now about this story.
    context.conversations.set(key, { storyId: result.story.id, people: [], question: '', quotesShown: [] });
    await respond(interaction, summaryReply(result), { ephemeral: isPrivate(interaction) });
  },
  async autocomplete(interaction, context) {
    await suggest(interaction, suggestStories(context.live.current, typedSoFar(interaction), 25));
  },
} satisfies Command;
