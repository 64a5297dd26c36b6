internal import CYAML

/// Reads YAML text into documents of `Node`s through libyaml's event parser.
public enum YAML {
    /// Every document in `bytes`. Throws `YAMLError` with a line and column for
    /// malformed text, duplicate keys, unknown aliases, bad encoding and passed limits.
    public static func compose(_ bytes: [UInt8], limits: Limits = .default) throws -> [Node] {
        try bytes.withUnsafeBufferPointer { buffer in
            let skip = try SourceCheck.validate(buffer, limits: limits)
            let composer = Composer(limits: limits)
            do {
                return try composer.run(UnsafeBufferPointer(rebasing: buffer[skip...]))
            } catch var error as YAMLError {
                if error.sourceLine == nil {
                    error.sourceLine = SourceCheck.line(error.mark.line, in: buffer, from: skip)
                }
                if error.kind == .syntax, let line = error.sourceLine,
                    line.unicodeScalars.dropFirst(error.mark.column - 1).first == "\t"
                {
                    error.problem += " (a tab: YAML indents with spaces only)"
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
        enum Shape {
            case sequence([Node])
            case mapping([Node.Pair])
        }
        var shape: Shape
        var mark: Mark
        var tag: String?
        var anchor: String?
        var pendingKey: Node?
        var size = 1
        /// Lines of scalar keys seen so far, built only for large mappings.
        var keyIndex: [String: Mark]?
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
            throw YAMLError(.limit, "out of memory starting the YAML parser", at: .start)
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
                    throw YAMLError(.syntax, "unknown alias '*\(name)': no anchor '&\(name)' before it", at: mark)
                }
                state.expanded += size
                if state.expanded > limits.maxAliasExpansion {
                    throw YAMLError(
                        .limit,
                        "aliases expand to more than \(limits.maxAliasExpansion) nodes (a \"billion laughs\" file?)",
                        at: mark)
                }
                try state.count(size, at: mark)
                var copy = target
                copy.mark = mark
                try state.add(copy, size: size, root: &root)
            case YAML_SEQUENCE_START_EVENT:
                let s = event.data.sequence_start
                try state.push(Frame(shape: .sequence([]), mark: mark, tag: Self.string(s.tag), anchor: Self.string(s.anchor)))
            case YAML_MAPPING_START_EVENT:
                let m = event.data.mapping_start
                try state.push(Frame(shape: .mapping([]), mark: mark, tag: Self.string(m.tag), anchor: Self.string(m.anchor)))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                let frame = state.stack.removeLast()
                let node: Node
                switch frame.shape {
                case .sequence(let items): node = Node(.sequence(items), mark: frame.mark, tag: frame.tag)
                case .mapping(let pairs): node = Node(.mapping(pairs), mark: frame.mark, tag: frame.tag)
                }
                if let anchor = frame.anchor { state.anchors[anchor] = (node, frame.size) }
                try state.add(node, size: frame.size, root: &root)
            default:
                break
            }
        }
    }

    private func parserError() -> YAMLError {
        let p = parser.pointee
        let problem = p.problem.map { String(cString: $0) } ?? "malformed YAML"
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

/// The composer's working state: the open collections, anchors and counters.
private struct ComposeState {
    let limits: Limits
    var anchors: [String: (node: Node, size: Int)] = [:]
    var stack: [Composer.Frame] = []
    var nodeCount = 0
    var expanded = 0

    init(limits: Limits) {
        self.limits = limits
        stack.reserveCapacity(16)
    }

    mutating func push(_ frame: Composer.Frame) throws {
        if stack.count >= limits.maxDepth {
            throw YAMLError(.limit, "nesting is deeper than \(limits.maxDepth) levels", at: frame.mark)
        }
        try count(1, at: frame.mark)
        stack.append(frame)
    }

    mutating func count(_ n: Int, at mark: Mark) throws {
        nodeCount += n
        if nodeCount > limits.maxNodes {
            throw YAMLError(.limit, "file has more than \(limits.maxNodes) nodes", at: mark)
        }
    }

    /// Puts a finished node into the collection being built, or makes it the root.
    mutating func add(_ node: Node, size: Int, root: inout Node?) throws {
        guard !stack.isEmpty else {
            root = node
            return
        }
        let top = stack.count - 1
        stack[top].size += size
        switch stack[top].shape {
        case .sequence(var items):
            stack[top].shape = .sequence([])  // keep the array uniquely referenced
            items.append(node)
            stack[top].shape = .sequence(items)
        case .mapping(var pairs):
            guard let key = stack[top].pendingKey else {
                stack[top].pendingKey = node
                return
            }
            stack[top].pendingKey = nil
            if let text = key.scalar?.value {
                if let first = firstMark(of: text, in: pairs, frame: &stack[top]) {
                    throw YAMLError(
                        .duplicateKey,
                        "duplicate key '\(text)' (first defined at line \(first.line), column \(first.column))",
                        at: key.mark)
                }
            }
            if let text = key.scalar?.value, stack[top].keyIndex != nil {
                stack[top].keyIndex?[text] = key.mark
            }
            stack[top].shape = .mapping([])
            pairs.append(Node.Pair(key: key, value: node))
            stack[top].shape = .mapping(pairs)
        }
    }

    /// Where `key` was first used in this mapping, if it was. Small mappings are
    /// scanned; large ones get an index so a 20,000-key mapping stays linear.
    func firstMark(of key: String, in pairs: [Node.Pair], frame: inout Composer.Frame) -> Mark? {
        if pairs.count < 16 {
            for pair in pairs where pair.key.scalar?.value == key { return pair.key.mark }
            return nil
        }
        if frame.keyIndex == nil {
            var index: [String: Mark] = [:]
            for pair in pairs {
                if let text = pair.key.scalar?.value, index[text] == nil { index[text] = pair.key.mark }
            }
            frame.keyIndex = index
        }
        return frame.keyIndex?[key]
    }
}
