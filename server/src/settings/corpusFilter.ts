/** The `corpus.include` / `corpus.exclude` settings: which seed files of a folder make up the corpus. */
import { compileGlob, type Glob } from './glob.js';

/** Include and exclude globs, compiled once per settings change. */
export class CorpusFilter {
  private readonly include: readonly Glob[];
  private readonly exclude: readonly Glob[];

  /** @param include globs a file must match (none: every seed file); @param exclude globs that drop a file */
  constructor(include: readonly string[], exclude: readonly string[]) {
    const compile = (patterns: readonly string[]): Glob[] =>
      patterns.flatMap((p) => {
        const glob = compileGlob(p);
        return 'error' in glob ? [] : [glob];
      });
    this.include = compile(include);
    this.exclude = compile(exclude);
  }

  /** Whether the filter lets every seed file through. */
  get everything(): boolean {
    return this.include.length === 0 && this.exclude.length === 0;
  }

  /** Whether the seed at `path` (forward slashes, relative to the folder searched) belongs to the corpus. */
  accepts(path: string): boolean {
    if (this.include.length > 0 && !this.include.some((g) => g.matches(path))) {
      return false;
    }
    return !this.exclude.some((g) => g.matches(path));
  }
}
