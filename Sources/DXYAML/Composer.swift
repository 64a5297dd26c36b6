internal import CYAML

/// Reads YAML text into documents of `Node`s through libyaml's event parser.
public enum YAML {
    /// Every document in `bytes`. Throws `YAMLError` with a line and column for
    /// malformed text, duplicate keys, unknown aliases, bad encoding and passed limits.
    public static func compose(_ bytes: [UInt8], limits: Limits = .default) throws -> [Node] {
        // The line index is built only when an error needs a line's text.
        try compose(bytes, limits: limits) { SourceText(bytes) }
    }

    /// Every document in `text`, whose line index is already built.
    public static func compose(_ text: SourceText, limits: Limits = .default) throws -> [Node] {
        try compose(text.bytes, limits: limits) { text }
    }

    private static func compose(_ bytes: [UInt8], limits: Limits, text: () -> SourceText) throws -> [Node] {
        try bytes.withUnsafeBufferPointer { buffer in
            let skip = try SourceCheck.validate(buffer, limits: limits, text: text)
            let composer = Composer(limits: limits)
            do {
                return try composer.run(UnsafeBufferPointer(rebasing: buffer[skip...]))
            } catch var error as YAMLError {
                if error.sourceLine == nil {
                    error.sourceLine = text().line(error.mark.line)
                }
                if case .libyaml(let text, atTab: false) = error.reason, let line = error.sourceLine,
                    line.unicodeScalars.dropFirst(error.mark.column - 1).first == "\t"
                {
                    error.reason = .libyaml(text, atTab: true)
                }
                throw error
            }
        }
    }

    /// Every document in `text`.
    public static func compose(_ text: String, limits: Limits = .default) throws -> [Node] {
        try compose(Array(text.utf8), limits: limits)
    }
}

/// Owns one `yaml_parser_t` for one run; events are always deleted after use.
private final class Composer {
    fileprivate struct Frame {
        var isMapping: Bool
        var items: [Node] = []
        var pairs: [Node.Pair] = []
        /// Scalar keys' texts, parallel to `pairs`, for the duplicate-key check.
        var keyTexts: [String?] = []
        var mark: Mark
        var tag: String?
        var anchor: String?
        var pendingKey: Node?
        var size = 1
        /// First mark of each scalar key, built only for large mappings.
        var keyIndex: [String: Mark]?

        init(isMapping: Bool, mark: Mark, tag: String?, anchor: String?) {
            self.isMapping = isMapping
            self.mark = mark
            self.tag = tag
            self.anchor = anchor
            // Small, as most mappings are (a unit, a task entry): the composed tree
            // keeps each array's capacity.
            if isMapping {
                pairs.reserveCapacity(4)
                keyTexts.reserveCapacity(4)
            } else {
                items.reserveCapacity(2)
            }
        }
    }

    private let limits: Limits
    private let parser: UnsafeMutablePointer<yaml_parser_t>

    init(limits: Limits) {
        self.limits = limits
        parser = .allocate(capacity: 1)
        parser.initialize(to: yaml_parser_t())
    }

    deinit {
        yaml_parser_delete(parser)
        parser.deinitialize(count: 1)
        parser.deallocate()
    }

    func run(_ input: UnsafeBufferPointer<UInt8>) throws -> [Node] {
        guard yaml_parser_initialize(parser) == 1 else {
            throw YAMLError(.limit, .outOfMemory, at: .start)
        }
        yaml_parser_set_input_string(parser, input.baseAddress ?? UnsafePointer(bitPattern: 1), input.count)
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)

        // Kept in a local value, not in properties of this class, so that the hot
        // loop pays no dynamic exclusivity checks.
        var state = ComposeState(limits: limits)
        var documents: [Node] = []
        var root: Node?
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(parser, &event) == 1 else { throw parserError() }
            defer { yaml_event_delete(&event) }
            let mark = Mark(
                line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return documents
            case YAML_DOCUMENT_START_EVENT:
                state.anchors.removeAll(keepingCapacity: true)
                root = nil
            case YAML_DOCUMENT_END_EVENT:
                documents.append(root ?? Node(.scalar(.init("")), mark: mark))
            case YAML_SCALAR_EVENT:
                let s = event.data.scalar
                let value = String(
                    decoding: UnsafeBufferPointer(start: s.value, count: Int(s.length)), as: UTF8.self)
                let style: Node.Scalar.Style
                switch s.style {
                case YAML_SINGLE_QUOTED_SCALAR_STYLE: style = .singleQuoted
                case YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .doubleQuoted
                case YAML_LITERAL_SCALAR_STYLE: style = .literal
                case YAML_FOLDED_SCALAR_STYLE: style = .folded
                default: style = .plain
                }
                let tag = Self.string(s.tag)
                try state.count(1, at: mark)
                let node = Node(.scalar(.init(value, style: style)), mark: mark, tag: tag)
                if let anchor = Self.string(s.anchor) { state.anchors[anchor] = (node, 1) }
                try state.add(node, size: 1, root: &root)
            case YAML_ALIAS_EVENT:
                let name = Self.string(event.data.alias.anchor) ?? ""
                guard let (target, size) = state.anchors[name] else {
                    throw YAMLError(.syntax, .unknownAlias(name), at: mark)
                }
                state.expanded += size
                if state.expanded > limits.maxAliasExpansion {
                    throw YAMLError(.limit, .aliasExpansion(limit: limits.maxAliasExpansion), at: mark)
                }
                try state.count(size, at: mark)
                var copy = target
                copy.mark = mark
                try state.add(copy, size: size, root: &root)
            case YAML_SEQUENCE_START_EVENT:
                let s = event.data.sequence_start
                try state.push(
                    Frame(isMapping: false, mark: mark, tag: Self.string(s.tag), anchor: Self.string(s.anchor)))
            case YAML_MAPPING_START_EVENT:
                let m = event.data.mapping_start
                try state.push(
                    Frame(isMapping: true, mark: mark, tag: Self.string(m.tag), anchor: Self.string(m.anchor)))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                let frame = state.pop()
                let node =
                    frame.isMapping
                    ? Node(.mapping(frame.pairs), mark: frame.mark, tag: frame.tag)
                    : Node(.sequence(frame.items), mark: frame.mark, tag: frame.tag)
                if let anchor = frame.anchor { state.anchors[anchor] = (node, frame.size) }
                try state.add(node, size: frame.size, root: &root)
            default:
                break
            }
        }
    }

    private func parserError() -> YAMLError {
        let p = parser.pointee
        let problem = p.problem.map { YAMLError.Problem.libyaml(String(cString: $0)) } ?? .malformed
        let context = p.context.map { String(cString: $0) }
        var mark = Mark(line: Int(p.problem_mark.line) + 1, column: Int(p.problem_mark.column) + 1)
        if p.error == YAML_READER_ERROR {
            mark = .start
        }
        let contextMark =
            context == nil ? nil : Mark(line: Int(p.context_mark.line) + 1, column: Int(p.context_mark.column) + 1)
        return YAMLError(.syntax, problem, at: mark, context: context, contextMark: contextMark)
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self))
    }
}

/// The composer's working state: the open collections, anchors and counters. The
/// innermost collection lives in `current`, outside the stack, so that adding a
/// node touches one value and no array element.
private struct ComposeState {
    let limits: Limits
    var anchors: [String: (node: Node, size: Int)] = [:]
    var outer: [Composer.Frame] = []
    var current: Composer.Frame?
    var nodeCount = 0
    var expanded = 0

    init(limits: Limits) {
        self.limits = limits
        outer.reserveCapacity(16)
    }

    var depth: Int { outer.count + (current == nil ? 0 : 1) }

    mutating func push(_ frame: Composer.Frame) throws {
        if depth >= limits.maxDepth {
            throw YAMLError(.limit, .tooDeep(limit: limits.maxDepth), at: frame.mark)
        }
        try count(1, at: frame.mark)
        if let current { outer.append(current) }
        current = frame
    }

    mutating func pop() -> Composer.Frame {
        let frame = current!
        current = outer.popLast()
        return frame
    }

    mutating func count(_ n: Int, at mark: Mark) throws {
        nodeCount += n
        if nodeCount > limits.maxNodes {
            throw YAMLError(.limit, .tooManyNodes(limit: limits.maxNodes), at: mark)
        }
    }

    /// Puts a finished node into the collection being built, or makes it the root.
    mutating func add(_ node: Node, size: Int, root: inout Node?) throws {
        guard current != nil else {
            root = node
            return
        }
        current!.size += size
        guard current!.isMapping else {
            current!.items.append(node)
            return
        }
        guard let key = current!.pendingKey else {
            current!.pendingKey = node
            return
        }
        current!.pendingKey = nil
        var text: String?
        if case .scalar(let scalar) = key.content {
            text = scalar.value
            if let first = firstMark(of: scalar.value) {
                throw YAMLError(.duplicateKey, .duplicateKey(scalar.value, first: first), at: key.mark)
            }
            if current!.keyIndex != nil { current!.keyIndex![scalar.value] = key.mark }
        }
        current!.keyTexts.append(text)
        current!.pairs.append(Node.Pair(key: key, value: node))
    }

    /// Where `key` was first used in the current mapping, if it was. Small mappings
    /// are scanned; large ones get an index so a 20,000-key mapping stays linear.
    mutating func firstMark(of key: String) -> Mark? {
        let texts = current!.keyTexts
        if texts.count < 16 {
            for (i, text) in texts.enumerated() where text == key { return current!.pairs[i].key.mark }
            return nil
        }
        if current!.keyIndex == nil {
            var index: [String: Mark] = [:]
            for (i, text) in texts.enumerated() {
                if let text, index[text] == nil { index[text] = current!.pairs[i].key.mark }
            }
            current!.keyIndex = index
        }
        return current!.keyIndex![key]
    }
}
