import { describeNewsProbe } from '../support/newsProbe.ts';
import { UNSEEN_STORIES_3 } from '../support/unseenNewsStories3.ts';

/**
 * The fourth probe of news stories nobody tuned for (test/support/unseenNewsStories3.ts: a rate
 * decision, a ransomware attack, an archaeology find, a club takeover, a ferry accident, a film
 * prize), asked through the whole engine exactly as test/qa/unseenNews2.test.ts asks the third: one
 * story in the knowledge base at a time.
 *
 * Known gaps (`it.fails`: each passes while the gap is there and fails once the engine gets it
 * right — then drop it from this list), with what lede answered on 2026-12-02.
 */
const KNOWN_GAPS: ReadonlyMap<string, string> = new Map([]);

describeNewsProbe('a fourth news story nobody tuned for', UNSEEN_STORIES_3, KNOWN_GAPS);
