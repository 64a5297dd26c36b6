import DXYAML

/// Entry points for the libFuzzer targets in `Fuzz/`: each takes arbitrary input
/// and must return without crashing, whatever the input.
public enum FuzzEntryPoints {
    /// Composes YAML and reads every scalar through the typed accessors.
    public static func yaml(_ bytes: [UInt8]) {
        guard let documents = try? YAML.compose(bytes) else { return }
        for document in documents { touch(document) }
    }

    private static func touch(_ node: Node) {
        switch node.content {
        case .scalar:
            _ = try? node.integer()
            _ = try? node.date()
            _ = try? node.boolean()
            _ = node.resolved
        case .sequence(let items):
            items.forEach(touch)
        case .mapping(let pairs):
            for pair in pairs {
                touch(pair.key)
                touch(pair.value)
            }
        }
    }
}
