/// "Did you mean" hints: the one place that decides what counts as a typo.
public enum Spelling {
    /// Edits (insert, delete, replace one character) that turn `a` into `b`.
    public static func distance(_ a: String, _ b: String) -> Int { editDistance(a, b) }

    /// The candidate closest to `word` when it is near enough to be a typo of it:
    /// at most 3 edits and at most a third of `word`'s length (at least 1), so that
    /// a short word that is simply something else ('nope') gets no hint.
    public static func closest(to word: String, among candidates: [String]) -> String? {
        closest(to: word, among: candidates, within: min(3, max(1, word.count / 3)))
    }

    /// The candidate closest to `word`, when it is at most `limit` edits away and
    /// clearly closer than every other: a near miss between two candidates
    /// ('so-tt' for 'so-tc' or 'so-tb') gets no hint rather than a guess.
    public static func closest(to word: String, among candidates: [String], within limit: Int) -> String? {
        var best: (candidate: String, distance: Int)?
        var runnerUp = Int.max
        for candidate in Set(candidates) {
            let d = distance(candidate, word)
            if let current = best, d >= current.distance {
                runnerUp = min(runnerUp, d)
            } else {
                if let current = best { runnerUp = current.distance }
                best = (candidate, d)
            }
        }
        guard let best, best.distance <= limit, best.distance < runnerUp else { return nil }
        return best.candidate
    }
}
