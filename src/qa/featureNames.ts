/**
 * Feature names joined once per paragraph judged rather than once per candidate: the ranker reads
 * ~55 features of each of ~100 candidates a paragraph, and a name made with a template literal each
 * time is a new string to allocate, flatten and hash before its weight can be looked up (building
 * and looking up names was the largest part of scoring at 100k paragraphs). The names are the very
 * strings the template literals made, so the weights found, and the scores, are the same.
 */
import { derivedOf } from './derived.ts';
import type { QuestionView } from './features.ts';

export class FeatureNames {
  private readonly joined = new Map<string, Map<string, string>>();
  /** `wh:<question word>|`, the prefix of the features crossed with the question word. */
  private readonly whPrefix: string;
  /** `wh-noun:<the noun asked for>|` (used only when the question names one). */
  private readonly askedPrefix: string;
  /** `form:<what follows the question word>|`. */
  private readonly formPrefix: string;

  constructor(q: Pick<QuestionView, 'wh' | 'whNoun' | 'form'>) {
    this.whPrefix = `wh:${q.wh}|`;
    this.askedPrefix = `wh-noun:${q.whNoun}|`;
    this.formPrefix = `form:${q.form}|`;
  }

  /** `a + b`, joined on first use. */
  join(a: string, b: string): string {
    let byB = this.joined.get(a);
    if (!byB) this.joined.set(a, (byB = new Map()));
    let name = byB.get(b);
    if (name === undefined) byB.set(b, (name = a + b));
    return name;
  }

  /** `wh:<question word>|<name>`: a feature crossed with the question word. */
  crossed(name: string): string {
    return FeatureNames.prefixed(this.crossedNames, this.whPrefix, name);
  }

  /** `form:<what follows the question word>|<name>`: a feature crossed with the question's form. */
  formed(name: string): string {
    return FeatureNames.prefixed(this.formedNames, this.formPrefix, name);
  }

  /** `wh-noun:<the noun asked for>|<name>`: a feature crossed with the noun the question asks for. */
  asked(name: string): string {
    return FeatureNames.prefixed(this.askedNames, this.askedPrefix, name);
  }

  /** The crossings, each in its own map: one look-up a name, not two as through `join`. */
  private readonly crossedNames = new Map<string, string>();
  private readonly formedNames = new Map<string, string>();
  private readonly askedNames = new Map<string, string>();

  private static prefixed(names: Map<string, string>, prefix: string, name: string): string {
    let joined = names.get(name);
    if (joined === undefined) names.set(name, (joined = prefix + name));
    return joined;
  }
}

/**
 * The question's `FeatureNames`, made once per question rather than once per paragraph judged: the
 * names are the question's, so the paragraphs read for it share them (a weak map: they go with the
 * question's view).
 */
export const featureNamesOf: (q: QuestionView) => FeatureNames = derivedOf((q) => new FeatureNames(q));
