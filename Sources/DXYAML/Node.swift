/// A composed YAML node: a scalar, a sequence or a mapping, with the place it
/// starts in the file. Aliases are already resolved into copies of their anchor.
public struct Node: Sendable {
    public enum Content: Sendable {
        case scalar(Scalar)
        case sequence([Node])
        case mapping([Pair])
    }

    public var content: Content
    public var mark: Mark
    /// The explicit tag, fully resolved (`tag:yaml.org,2002:str`), or nil when the
    /// node has none (`!` non-specific tags of quoted scalars are nil too).
    public var tag: String?

    public init(_ content: Content, mark: Mark, tag: String? = nil) {
        self.content = content
        self.mark = mark
        self.tag = tag
    }
}

extension Node {
    /// A scalar's text and the style it was written in.
    public struct Scalar: Sendable, Hashable {
        public enum Style: Sendable, Hashable {
            case plain, singleQuoted, doubleQuoted, literal, folded
        }

        public var value: String
        public var style: Style

        public init(_ value: String, style: Style = .plain) {
            self.value = value
            self.style = style
        }
    }

    /// One key/value entry of a mapping, in file order.
    public struct Pair: Sendable {
        public var key: Node
        public var value: Node

        public init(key: Node, value: Node) {
            self.key = key
            self.value = value
        }
    }
}

extension Node {
    public var scalar: Scalar? {
        if case .scalar(let s) = content { return s }
        return nil
    }

    public var sequence: [Node]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    public var mapping: [Pair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// What kind of node this is, in the words a message uses.
    public var kindName: String {
        switch content {
        case .scalar: return resolved.kindName
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }

    /// The value of `key` in a mapping whose keys are plain strings.
    public subscript(key: String) -> Node? {
        guard case .mapping(let pairs) = content else { return nil }
        for pair in pairs where pair.key.scalar?.value == key {
            return pair.value
        }
        return nil
    }
}
