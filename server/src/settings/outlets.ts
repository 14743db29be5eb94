/**
 * The `outlets` setting: the user names the outlet of documents by path glob or by a
 * literal line of their text, overriding the outlet the engine detects. First match wins.
 */
import type { SeedDocument } from '../engine/index.js';
import { compileGlob, type Glob } from './glob.js';

/** One entry of the `outlets` setting, as validated. */
export type OutletRule =
  | { readonly pattern: string; readonly outlet: string }
  | { readonly signature: string; readonly outlet: string };

type Compiled = { readonly glob: Glob; readonly outlet: string } | { readonly signature: string; readonly outlet: string };

/** The outlet map, compiled once per settings change. */
export class OutletMap {
  private readonly entries: readonly Compiled[];
  private readonly originals = new WeakMap<SeedDocument, SeedDocument>();

  /** @param rules validated entries (patterns that do not compile are dropped: the schema has reported them) */
  constructor(rules: readonly OutletRule[]) {
    this.entries = rules.flatMap((r): Compiled[] => {
      if ('pattern' in r) {
        const glob = compileGlob(r.pattern);
        return 'error' in glob ? [] : [{ glob, outlet: r.outlet }];
      }
      const signature = r.signature.trim().toLocaleLowerCase();
      return signature === '' ? [] : [{ signature, outlet: r.outlet }];
    });
  }

  /** Whether the map has no entries (every document keeps its detected outlet). */
  get empty(): boolean {
    return this.entries.length === 0;
  }

  /**
   * The outlet the user gave for a document, or `undefined`.
   * @param paths the document's path as the globs see it (relative to each root it lies in, then absolute), forward slashes
   * @param text the document's text; a signature is found in it as literal text, in any case
   */
  resolve(paths: readonly string[], text: string): string | undefined {
    let lower: string | undefined;
    for (const entry of this.entries) {
      if ('glob' in entry) {
        if (paths.some((p) => entry.glob.matches(p))) {
          return entry.outlet;
        }
      } else if ((lower ??= text.toLocaleLowerCase()).includes(entry.signature)) {
        return entry.outlet;
      }
    }
    return undefined;
  }

  /**
   * The document with the user's outlet, or the document itself when no entry matches. The
   * copy keeps the original's lazy properties (nothing is parsed early) and overrides only
   * `outlet`; a document already given an outlet by an earlier map is taken back to its own first.
   */
  apply(doc: SeedDocument, paths: readonly string[]): SeedDocument {
    const original = this.originals.get(doc) ?? doc;
    const outlet = this.resolve(paths, original.text);
    if (outlet === undefined) {
      return original;
    }
    const descriptors = Object.getOwnPropertyDescriptors(original);
    const copy = Object.defineProperties({}, { ...descriptors, outlet: { value: outlet, enumerable: true } }) as SeedDocument;
    this.originals.set(copy, original);
    return copy;
  }
}
