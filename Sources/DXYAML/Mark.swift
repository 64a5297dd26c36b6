/// A position in a source file: 1-based line and 1-based column, counted in
/// Unicode scalars as an editor counts them.
public struct Mark: Sendable, Hashable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The top of a file, where problems that belong to the whole file are reported.
    public static let start = Mark(line: 1, column: 1)
}

extension Mark: Comparable {
    public static func < (lhs: Mark, rhs: Mark) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

extension Mark: CustomStringConvertible {
    public var description: String { "\(line):\(column)" }
}
