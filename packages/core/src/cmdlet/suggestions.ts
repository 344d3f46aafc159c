/** "Did you mean" for unknown commands: the closest names by edit distance. */

/** Optimal-string-alignment distance (Levenshtein plus adjacent transposition), case-insensitive. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  const rows: number[][] = [];
  for (let i = 0; i <= s.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= t.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const prev = rows[i - 1] ?? [];
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      row.push(best);
    }
    rows.push(row);
  }
  return rows[s.length]?.[t.length] ?? 0;
}

/**
 * How many edits still count as a typo of `name`: a third of its length, at least 2; but a single
 * edit for names of up to four letters, where two edits reach almost any short alias (`git` is two
 * edits from `gl`, which would suggest Get-Location to someone who typed a program's name).
 */
function typoThreshold(name: string): number {
  return name.length <= 4 ? 1 : Math.max(2, Math.floor(name.length / 3));
}

/** Up to `limit` candidates close enough to `name` to be what was meant, best first, ties alphabetical. */
export function closestNames(name: string, candidates: Iterable<string>, limit = 3): string[] {
  const threshold = typoThreshold(name);
  const scored: { name: string; distance: number }[] = [];
  for (const candidate of candidates) {
    const distance = editDistance(name, candidate);
    if (distance <= threshold) scored.push({ name: candidate, distance });
  }
  scored.sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name));
  return [...new Set(scored.map((s) => s.name))].slice(0, limit);
}
