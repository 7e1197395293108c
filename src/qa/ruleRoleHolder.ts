/**
 * "Who heads the Maritime Accident Investigation Board?" over "The Maritime Accident Investigation
 * Board has opened an inquiry. Its head, Sigrid Aas, said …": news names a body in one sentence and
 * the holder of its role in the next, behind "its" ("Its director, Paul Verhoeven, said …"). The
 * name beside "Its ROLE," is a fact, as sure as an age (ruleAge.ts), when the sentence before it in
 * the paragraph, or its own words before "its", hold every word of the body asked. Read from the paragraphs the search finds for
 * the question, so the answer does not depend on what else is loaded. Fourth news probe, 2026-12-02.
 */
import type { KnowledgeBase } from '../search/knowledgeBase.ts';
import { termsOf } from '../search/terms.ts';
import type { QuestionAnalysis } from './analyzeQuestion.ts';
import { citationOf } from './citation.ts';
import { retrieveParagraphs, type Retrieval } from './retrieve.ts';
import { answerOf, PATTERN_FACT_CONFIDENCE } from './ruleCommon.ts';
import type { Answer } from './types.ts';

/** The roles a verb of leading names ("Who chairs X?" asks for X's chair, chairman or chairwoman). */
const ROLES_OF_VERB: Readonly<Record<string, readonly string[]>> = {
  heads: ['head', 'chief'],
  directs: ['director', 'director general', 'director-general'],
  chairs: ['chair', 'chairman', 'chairwoman', 'chairperson', 'president'],
  leads: ['leader', 'head'],
  runs: ['head', 'chief executive', 'director', 'chief'],
  manages: ['manager', 'managing director'],
  coaches: ['coach', 'head coach'],
  edits: ['editor', 'editor-in-chief'],
};

const VERB_ASKED =
  /^\s*who\s+(heads|directs|chairs|leads|runs|manages|coaches|edits)\s+(?:the\s+)?([^?]+?)\s*\??\s*$/iu;
const ROLE_OF_ASKED =
  /^\s*who\s+(?:is|was)\s+(?:the\s+)?(?:current\s+)?((?:\p{Ll}+[\s-]){0,2}\p{Ll}+)\s+of\s+(?:the\s+)?([^?]+?)\s*\??\s*$/u;

/** The name after "Its ROLE,": capitalised words (with a title such as "Dr."), then a comma. */
const NAME = String.raw`((?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}),`;

/** The roles and the body a question asks about, or undefined. */
function roleQuestion(question: string): { roles: readonly string[]; body: string } | undefined {
  const byVerb = VERB_ASKED.exec(question);
  if (byVerb) return { roles: ROLES_OF_VERB[byVerb[1]!.toLowerCase()] ?? [], body: byVerb[2]! };
  const byRole = ROLE_OF_ASKED.exec(question);
  return byRole ? { roles: [byRole[1]!.toLowerCase()], body: byRole[2]! } : undefined;
}

/** The holder of the role asked, named behind "its" after a sentence that names the body. */
export function answerRoleHolder(
  kb: KnowledgeBase,
  q: QuestionAnalysis,
  question: string,
  retrieved: Retrieval = () => retrieveParagraphs(kb, q),
): Answer | undefined {
  const asked = roleQuestion(question);
  if (!asked) return answerRoleAlone(kb, q, question, retrieved);
  if (asked.roles.length === 0) return undefined;
  const body = termsOf(asked.body);
  if (body.length === 0) return undefined;
  const roles = asked.roles.map((r) => r.replace(/[\s-]+/gu, String.raw`[\s-]+`)).join('|');
  const pattern = new RegExp(
    String.raw`(?:^|[,;]\s+|\band\s+)(?:[Ii]ts|[Tt]heir)\s+(?:${roles}),\s+${NAME}`,
    'u',
  );
  for (const { id } of retrieved()) {
    const paragraph = kb.paragraphs[id]!;
    const sentences = paragraph.sentences;
    for (let i = 0; i < sentences.length; i++) {
      const text = sentences[i]!.text;
      const found = pattern.exec(text);
      if (!found?.[1]) continue;
      // The body is named before "its": earlier in the sentence, or in the sentence before.
      const named = new Set(termsOf(`${sentences[i - 1]?.text ?? ''} ${text.slice(0, found.index)}`));
      if (body.every((t) => named.has(t)))
        return answerOf(question, q.kind, found[1], PATTERN_FACT_CONFIDENCE, [
          citationOf(kb, paragraph, text),
        ]);
    }
  }
  return undefined;
}

/** "Who is the council engineer?", "who was the defending champion": a role alone, 1 to 3 lower-case words. */
const ROLE_ALONE = /^\s*who\s+(?:is|was)\s+the\s+((?:\p{Ll}+[\s-]){0,2}\p{Ll}+)\s*\??\s*$/iu;
/** A person's name: capitalised words (a title first, a country's "Britain's" allowed), as group 1. */
const PERSON = String.raw`((?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})`;

/** `text` as a pattern that ignores case, for a role inside a case-sensitive pattern. */
const caseless = (text: string) =>
  text
    .replace(/\p{L}/gu, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`)
    .replace(/[\s-]+/gu, String.raw`[\s-]+`);

/**
 * "Who is the council engineer?" over "Council engineer Priya Kaul said …", "beating the defending
 * champion, Britain's Ellie Sandford, by …" or "The council leader, Joanne Pryce, said …": news writes
 * a role with its holder's name right after it (a title or an apposition) or the name with its role
 * after ("Priya Kaul, the council engineer,"). A name of two words or more, as sure as an age.
 */
function answerRoleAlone(
  kb: KnowledgeBase,
  q: QuestionAnalysis,
  question: string,
  retrieved: Retrieval,
): Answer | undefined {
  const role = ROLE_ALONE.exec(question)?.[1];
  if (!role) return undefined;
  const r = caseless(role);
  const patterns = [
    new RegExp(
      String.raw`(?<![\p{L}-])${r},?\s+${PERSON}(?=,|\s+(?:said|says|told|wrote|added)\b|\.|$)`,
      'u',
    ),
    new RegExp(String.raw`${PERSON},\s+(?:the|its|their)\s+${r}(?=[,.])`, 'u'),
  ];
  for (const { id } of retrieved()) {
    const paragraph = kb.paragraphs[id]!;
    for (const { text } of paragraph.sentences) {
      const name = patterns.map((p) => p.exec(text)?.[1]).find((n) => n !== undefined);
      if (name)
        return answerOf(question, q.kind, name, PATTERN_FACT_CONFIDENCE, [citationOf(kb, paragraph, text)]);
    }
  }
  return undefined;
}
