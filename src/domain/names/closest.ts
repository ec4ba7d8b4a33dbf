/** The number of single-character insertions, deletions and substitutions that turn `a` into `b` (Levenshtein). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/**
 * The candidate that reads most like `text`, for a "did you mean" hint: the one at the smallest edit distance, the
 * first of equals in the order given, counting letter case as no difference; undefined when even that one differs in
 * more than a third of the longer text's characters, since a far candidate would mislead more than it helps.
 */
export function closest(text: string, candidates: Iterable<string>): string | undefined {
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const limit = Math.max(text.length, candidate.length) / 3;
    if (Math.abs(text.length - candidate.length) > limit) {
      continue; // the distance is at least the difference in length
    }
    const distance = editDistance(text.toLowerCase(), candidate.toLowerCase());
    if (distance <= limit && (best === undefined || distance < best.distance)) {
      best = { candidate, distance };
    }
  }
  return best?.candidate;
}
