/// Bounds on what one file may cost. Each one, when passed, stops loading with a
/// located error instead of exhausting memory or time.
public struct Limits: Sendable, Hashable {
    /// Largest file accepted, in bytes.
    public var maxFileSize: Int
    /// Deepest nesting of sequences and mappings.
    public var maxDepth: Int
    /// Most nodes one file may compose to, aliases counted at their expanded size.
    /// A registry of 200,000 units is about 1,200,000 nodes.
    public var maxNodes: Int
    /// Most nodes that aliases may copy in (the "billion laughs" guard).
    public var maxAliasExpansion: Int

    public init(
        maxFileSize: Int = 16 * 1024 * 1024,
        maxDepth: Int = 256,
        maxNodes: Int = 4_000_000,
        maxAliasExpansion: Int = 100_000
    ) {
        self.maxFileSize = maxFileSize
        self.maxDepth = maxDepth
        self.maxNodes = maxNodes
        self.maxAliasExpansion = maxAliasExpansion
    }

    public static let `default` = Limits()
}
