import { describe, expect, it } from 'vitest';
import { parseStory } from '../../src/knowledge/parseStory.ts';
import {
  findEvidence,
  keyTermsOf,
  sentenceTerms,
  writesSpeech,
  writtenTermsOf,
} from '../../src/qa/evidence.ts';
import { SPEECH_VERBS } from '../../src/knowledge/lexicon.ts';
import { buildKnowledgeBase } from '../../src/search/knowledgeBase.ts';
import { normalizeTerm, termsOf } from '../../src/search/terms.ts';

/** A mayor named in the first sentence and "She" in the second. */
const bridgeStory = () =>
  parseStory({
    id: 'bridge',
    file: 'bridge.txt',
    text: `Bridge opens over the Tarn

Mayor Dana Whitlock opened the Tarn footbridge on Friday. She said the footbridge cost 40 million crowns.

Whitlock paid for the footbridge from the harbour fund, her office said.`,
  });

describe('evidence: what a sentence holds of the question', () => {
  it('GIVEN a sentence that calls the mayor "She" WHEN the question names her THEN the sentence holds her name, but less than one that writes it out', () => {
    const kb = buildKnowledgeBase([bridgeStory()]);
    const paragraph = kb.paragraphs[0]!;
    const name = normalizeTerm('Whitlock')!;
    expect(sentenceTerms(kb, paragraph, 1).has(name)).toBe(true);

    const keys = keyTermsOf(kb, 'How much did Whitlock pay for the footbridge?');
    const weight = (word: string) => keys.find((k) => k.term === normalizeTerm(word))!.weight;
    const total = keys.reduce((sum, k) => sum + k.weight, 0);
    const evidence = findEvidence(kb, keys).filter((e) => e.paragraphId === 0);
    const [written, referred] = [0, 1].map((i) => evidence.find((e) => e.sentenceIndex === i)!);
    // Written out: the name and "footbridge" in full; through "She": the name at 0.9.
    expect(written!.sentenceCoverage).toBeCloseTo((weight('Whitlock') + weight('footbridge')) / total, 12);
    expect(referred!.sentenceCoverage).toBeCloseTo(
      (0.9 * weight('Whitlock') + weight('footbridge')) / total,
      12,
    );
  });

  it('GIVEN a sentence that holds the mayor through "She" and a synonym WHEN its written terms are read from its term sets THEN they are its own words, each once, in order', () => {
    const kb = buildKnowledgeBase([bridgeStory()]);
    const paragraph = kb.paragraphs[0]!;
    paragraph.sentences.forEach((sentence, i) => {
      const written = writtenTermsOf(kb, paragraph, i);
      expect(written).toEqual([...new Set(termsOf(sentence.text))]);
      expect(written.length).toBeLessThan(sentenceTerms(kb, paragraph, i).size);
    });
    expect(writtenTermsOf(kb, paragraph, 1)).not.toContain(normalizeTerm('Whitlock'));
  });
});

describe('GIVEN sentences with and without a verb of speech (writesSpeech)', () => {
  // The pattern the sentence's "say" term was read by before: the verbs as whole words, any case.
  const speech = new RegExp(`\\b(?:${[...SPEECH_VERBS].join('|')})\\b`, 'iu');
  const sentences = [
    'The mayor SAID the bridge would open.',
    'She told reporters on Friday.',
    '"We will rebuild," Whitlock insisted.',
    'The unsaid rule held, and the sayings were old.',
    'Said_2 and said2 are no words of speech; nor is tellsx.',
    'The talks stalled.',
    'He ſaid it twice.',
    'The \u212Aing ASKED for more.',
    'Überall sagte man nichts — 40 million crowns.',
    '',
  ];

  it('WHEN read word by word THEN it finds a verb of speech exactly where the whole-word pattern does', () => {
    for (const text of sentences) expect(writesSpeech(text), text).toBe(speech.test(text));
    expect(sentences.filter(writesSpeech)).toHaveLength(5);
  });
});
