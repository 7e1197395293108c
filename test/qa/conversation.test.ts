import { describe, expect, it } from 'vitest';
import { resolveFollowUp, type ConversationContext } from '../../src/qa/conversation.ts';
import { ConversationMemory, conversationKey } from '../../src/qa/conversationMemory.ts';
import { converse, type Turn } from '../../src/qa/converse.ts';
import { buildKnowledgeBase } from '../../src/search/knowledgeBase.ts';
import { chipStory, floodStory, harborStory, schoolStory } from '../support/stories.ts';

const kb = buildKnowledgeBase([harborStory(), chipStory(), floodStory(), schoolStory()]);

/** Plays a dialogue through `converse`, carrying the context as a front end does. */
function dialogue(...questions: string[]): Turn[] {
  let context: ConversationContext | undefined;
  return questions.map((q) => {
    const result = converse(kb, q, context);
    context = result.context;
    return result.turn;
  });
}
const answerOf = (turn: Turn | undefined) => (turn?.kind === 'answer' ? turn.answer : undefined);

const context = (over: Partial<ConversationContext>): ConversationContext => ({
  people: [],
  question: '',
  quotesShown: [],
  ...over,
});

describe('follow-up questions, resolved against the last answer', () => {
  it('GIVEN a man and then a woman named WHEN asked "who is he?" and "who is she?" THEN each pronoun is the last person of its gender', () => {
    const last = context({
      people: [
        { name: 'Tomas Reyes', gender: 'm' },
        { name: 'Elena Marsh', gender: 'f' },
      ],
    });
    expect(resolveFollowUp(last, 'who is he?')).toMatchObject({
      question: 'who is Tomas Reyes?',
      kind: 'pronoun',
      explanation: 'he = Tomas Reyes',
    });
    expect(resolveFollowUp(last, 'what did she want?')).toMatchObject({
      question: 'what did Elena Marsh want?',
    });
    expect(resolveFollowUp(last, 'what did her union say?').question).toBe(
      'what did Elena Marsh’s union say?',
    );
  });

  it('GIVEN a question that names a woman WHEN it says "her" THEN "her" is her, not the woman of the last answer', () => {
    const last = context({ people: [{ name: 'Anna Lindgren', gender: 'f' }] });
    const named = [{ name: 'Elena Marsh', gender: 'f' as const }];
    expect(resolveFollowUp(last, 'What did Marsh say about her plan?', named)).toEqual({
      question: 'What did Marsh say about her plan?',
      kind: 'new-topic',
    });
  });

  it('GIVEN a question about a council WHEN the next is "when?" THEN the previous question is asked with "when"', () => {
    const last = context({ question: 'What did the city council approve?' });
    expect(resolveFollowUp(last, 'when?')).toMatchObject({
      question: 'When did the city council approve?',
      kind: 'elliptical',
      explanation: '“when?” = “When did the city council approve?”',
    });
  });

  it('GIVEN "who called it a betrayal?" answered with a person WHEN asked "when?" THEN it asks when that person did', () => {
    const last = context({ question: 'Who called the vote a betrayal?', answerPerson: 'Tomas Reyes' });
    expect(resolveFollowUp(last, 'when?').question).toBe('When did Tomas Reyes called the vote a betrayal?');
  });

  it('GIVEN a question naming a country WHEN asked "and Austria?" THEN the country is swapped, and a subject otherwise', () => {
    const jobs = context({ question: 'How many jobs will Norvik cut in Germany?' });
    expect(resolveFollowUp(jobs, 'and Austria?').question).toBe('How many jobs will Norvik cut in Austria?');
    const said = context({ question: 'What did the chief executive say?' });
    expect(resolveFollowUp(said, 'what about the union?').question).toBe('What did the union say?');
  });

  it('GIVEN "how many jobs" WHEN asked "where?" THEN the counted noun moves to the end', () => {
    expect(resolveFollowUp(context({ question: 'How many jobs will Norvik cut?' }), 'where?').question).toBe(
      'Where will Norvik cut jobs?',
    );
  });

  it('GIVEN no context, or a question that stands alone THEN it is a new topic, unchanged', () => {
    expect(resolveFollowUp(undefined, 'who is he?')).toEqual({ question: 'who is he?', kind: 'new-topic' });
    const last = context({ people: [{ name: 'Elena Marsh', gender: 'f' }], question: 'Who is Elena Marsh?' });
    expect(resolveFollowUp(last, 'What does TEU stand for?')).toEqual({
      question: 'What does TEU stand for?',
      kind: 'new-topic',
    });
  });
});

describe('dialogues over our test stories', () => {
  it('GIVEN "who called the vote a betrayal?" THEN "what else did he say?" gives his other quotation, and then says there is no more', () => {
    const [first, second, third] = dialogue(
      'Who called the vote a betrayal of the people?',
      'what else did he say?',
      'what else did he say?',
    );
    expect(answerOf(first)?.answer).toBe('Tomas Reyes');
    expect(second).toMatchObject({ kind: 'answer', explanation: 'he = Tomas Reyes' });
    expect(answerOf(second)?.answer).toBe('“They are buying machines with our pension money”');
    expect(answerOf(second)?.citations[0]?.paragraph).toBe(5);
    expect(third).toMatchObject({ kind: 'note' });
    expect(third?.kind === 'note' && third.message).toContain('Tomas Reyes');
  });

  it('GIVEN who said a line of the chairwoman\'s THEN "who is she?" names her role, and "what else did she say?" another line', () => {
    const [said, who, more] = dialogue(
      'Who said the port either grows or dies?',
      'who is she?',
      'what else did she say?',
    );
    expect(answerOf(said)?.answer).toBe('Elena Marsh');
    expect(who).toMatchObject({ kind: 'answer', explanation: 'she = Elena Marsh' });
    expect(answerOf(who)?.answer).toContain('chairwoman');
    const quoted = answerOf(more)?.answer ?? '';
    expect(quoted).toMatch(/^“/);
    expect(answerOf(said)?.citations[0]?.sentence).not.toContain(quoted.slice(1, 20));
  });

  it('GIVEN a question about the expansion WHEN asked "when?" THEN the answer is the day it was approved', () => {
    const [, when] = dialogue('What did the Port of Valmora Authority approve?', 'when?');
    expect(answerOf(when)).toMatchObject({
      question: 'When did the Port of Valmora Authority approve?',
      answer: 'Tuesday',
    });
  });

  it('GIVEN a conversation about one story WHEN asked "what is this about?" THEN that story is summarised, and it says so', () => {
    const [, summary] = dialogue('What did Paul Okoye say?', 'what is this about?');
    expect(summary).toMatchObject({
      kind: 'summary',
      summary: { story: { id: 'harbor' }, chosen: 'conversation' },
    });
  });

  it('GIVEN a question in Spanish mid-conversation THEN it is refused in English and the context is kept', () => {
    const [, spanish, who] = dialogue('Who is Anna Lindgren?', '¿Quién es ella?', 'what did she say?');
    expect(spanish).toMatchObject({ kind: 'not-english', language: 'Spanish' });
    expect(who).toMatchObject({ kind: 'answer', explanation: 'she = Anna Lindgren' });
  });
});

describe('a pronoun with no one to refer to', () => {
  it('GIVEN no earlier answer WHEN asked "what else did he say?" THEN lede asks who, instead of "the stories don\'t say"', () => {
    const [turn] = dialogue('what else did he say?');
    expect(turn).toMatchObject({ kind: 'note' });
    expect(turn?.kind === 'note' && turn.message).toContain("I'm not sure who “he” is");
  });
});

describe('the conversation memory', () => {
  it('GIVEN a context older than the time to live THEN it is forgotten', () => {
    let now = 0;
    const memory = new ConversationMemory({ ttlMs: 1000, now: () => now });
    memory.set('a', context({ question: 'q' }));
    now = 999;
    expect(memory.get('a')?.question).toBe('q');
    now = 2000;
    expect(memory.get('a')).toBeUndefined();
  });

  it('GIVEN more conversations than the maximum THEN the least recently used are dropped first', () => {
    const memory = new ConversationMemory({ maxEntries: 2 });
    memory.set('a', context({ question: 'a' }));
    memory.set('b', context({ question: 'b' }));
    memory.set('a', context({ question: 'a2' }));
    memory.set('c', context({ question: 'c' }));
    expect(memory.size).toBe(2);
    expect(memory.get('b')).toBeUndefined();
    expect(memory.get('a')?.question).toBe('a2');
  });

  it('GIVEN two users in one server channel THEN each has a conversation of their own; a DM is one', () => {
    expect(conversationKey('chan', 'u1', true)).not.toBe(conversationKey('chan', 'u2', true));
    expect(conversationKey('dm-chan', 'u1', false)).toBe(conversationKey('dm-chan', 'u2', false));
  });
});
