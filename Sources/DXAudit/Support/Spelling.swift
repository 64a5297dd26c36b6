/// "Did you mean" hints: the one place that decides what counts as a typo.
public enum Spelling {
    /// Edits (insert, delete, replace one character) that turn `a` into `b`.
    public static func distance(_ a: String, _ b: String) -> Int { editDistance(a, b) }

    /// The candidate closest to `word` when it is near enough to be a typo of it:
    /// at most 3 edits and at most a third of `word`'s length (at least 1), so that
    /// a short word that is simply something else ('nope') gets no hint.
    public static func closest(to word: String, among candidates: [String]) -> String? {
        let best = candidates.map { ($0, distance($0, word)) }.min { $0.1 < $1.1 }
        guard let best, best.1 <= min(3, max(1, word.count / 3)) else { return nil }
        return best.0
    }
}
