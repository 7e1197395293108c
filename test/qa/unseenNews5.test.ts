import { describeNewsProbe } from '../support/newsProbe.ts';
import { UNSEEN_STORIES_5 } from '../support/unseenNewsStories5.ts';

/**
 * The sixth probe of news stories nobody tuned for (test/support/unseenNewsStories5.ts: a retailer's
 * collapse into administration, a storm with power cuts, a mountain rescue, an art auction record,
 * a council's vote on a tram line, a zoo's birth of rare cubs), asked through the whole engine
 * exactly as test/qa/unseenNews4.test.ts asks the fifth: one story in the knowledge base at a time.
 *
 * Known gaps (`it.fails`: each passes while the gap is there and fails once the engine gets it
 * right — then drop it from this list), with what lede answered on 2026-12-02.
 */
const KNOWN_GAPS: ReadonlyMap<string, string> = new Map([]);

describeNewsProbe('a sixth news story nobody tuned for', UNSEEN_STORIES_5, KNOWN_GAPS);
