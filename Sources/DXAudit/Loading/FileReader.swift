import DXYAML

/// Reads one file's nodes into model values, turning every problem into a
/// located finding instead of stopping: one bad field does not hide the others.
struct FileReader {
    var file: SourceFile
    var findings: [Finding] = []
    /// Nodes of the one document, when the file composed.
    var root: Node?

    var path: String { file.path }

    init(file: SourceFile, limits: Limits) {
        self.file = file
        do {
            let documents = try YAML.compose(file.bytes, limits: limits)
            if documents.isEmpty {
                add(.emptyFile(), at: Finding.Location(path: path))
            } else if documents.count > 1 {
                add(.severalDocuments(documents.count), at: location(documents[1]))
                root = documents[0]
            } else {
                root = documents[0]
            }
        } catch let error as YAMLError {
            add(yamlError: error)
        } catch {
            add(.unreadableYAML("\(error)"), at: Finding.Location(path: path))
        }
    }

    mutating func add(yamlError error: YAMLError) {
        let message: Finding.Message
        switch error.kind {
        case .duplicateKey: message = .repeatedKey(error)
        case .type: message = .wrongType(error)
        default: message = .unreadableYAML(error)
        }
        let location = Finding.Location(path: path, line: error.mark.line, column: error.mark.column)
        findings.append(
            Finding(message, at: location, sourceLine: error.sourceLine ?? file.line(error.mark.line)))
    }

    /// The text of a line, from the file's line index (built once when it was read).
    func sourceLine(_ number: Int) -> String? {
        file.text.line(number)
    }

    func location(_ node: Node, offset: Int = 0) -> Finding.Location {
        Finding.Location(path: path, line: node.mark.line, column: node.mark.column + offset)
    }

    mutating func add(_ message: Finding.Message, at location: Finding.Location, unit: String? = nil) {
        let line = message.rule.pointsIntoText ? sourceLine(location.line) : nil
        findings.append(Finding(message, at: location, sourceLine: line, unit: unit))
    }

    mutating func add(_ message: Finding.Message, at node: Node, unit: String? = nil) {
        add(message, at: location(node), unit: unit)
    }

    // MARK: - Shapes

    /// The fields of a mapping, reporting unknown and missing ones.
    mutating func fields(
        _ node: Node, _ what: Finding.Argument, required: [String] = [], optional: [String] = []
    ) -> Fields? {
        guard let pairs = node.mapping else {
            add(.notAMapping(what, found: Finding.ValueKind(node)), at: node)
            return nil
        }
        var result = Fields()
        for pair in pairs {
            guard let key = pair.key.scalar?.value else {
                add(.keysNotText(what), at: pair.key)
                continue
            }
            if required.contains(key) || optional.contains(key) {
                result.pairs.append((key, pair.value))
            } else {
                if let closest = Spelling.closest(to: key, among: required + optional, within: 2) {
                    add(.unknownField(key, in: what, closest: closest), at: pair.key)
                } else {
                    add(.unknownField(key, in: what, known: required + optional), at: pair.key)
                }
            }
        }
        for key in required where result[key] == nil {
            add(.missingField(what, key), at: node)
        }
        return result
    }

    /// Entries of a mapping keyed by text, in file order.
    mutating func entries(_ node: Node, _ what: Finding.Argument) -> [(key: String, keyNode: Node, value: Node)] {
        guard let pairs = node.mapping else {
            if !node.isNull { add(.notAMapping(what, found: Finding.ValueKind(node)), at: node) }
            return []
        }
        var result: [(String, Node, Node)] = []
        result.reserveCapacity(pairs.count)
        for pair in pairs {
            guard let key = pair.key.scalar?.value else {
                add(.keysNotText(what), at: pair.key)
                continue
            }
            result.append((key, pair.key, pair.value))
        }
        return result
    }

    /// A list, or a single value standing for a list of one.
    mutating func list(_ node: Node) -> [Node] {
        if let items = node.sequence { return items }
        if node.isNull { return [] }
        return [node]
    }

    // MARK: - Scalars

    mutating func typed<T>(_ node: Node, _ read: (Node) throws -> T) -> T? {
        do {
            return try read(node)
        } catch let error as YAMLError {
            add(.wrongType(error.reason), at: node)
        } catch {
            add(.wrongType("\(error)"), at: node)
        }
        return nil
    }

    mutating func string(_ node: Node, _ what: Finding.Argument) -> String? {
        guard let text = typed(node, { try $0.string() }) else { return nil }
        if let first = text.utf8.first, first > 0x20, first < 0x80 { return text }
        if text.trimmingWhitespace.isEmpty {
            add(.emptyText(what), at: node)
            return nil
        }
        return text
    }

    /// Text that ends up in mail headers: one line, no control characters.
    mutating func singleLine(_ node: Node, _ what: Finding.Argument) -> String? {
        guard let text = string(node, what) else { return nil }
        if text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            add(.lineBreakInText(what), at: node)
            return nil
        }
        return text
    }

    mutating func date(_ node: Node) -> CivilDate? { typed(node) { try $0.date() } }
    mutating func integer(_ node: Node) -> Int? { typed(node) { try $0.integer() } }
    mutating func number(_ node: Node) -> Double? { typed(node) { try $0.number() } }
    mutating func boolean(_ node: Node) -> Bool? { typed(node) { try $0.boolean() } }

    // MARK: - References

    /// Column offset of a scalar's text from its mark: quoted scalars start one later.
    func textOffset(_ node: Node) -> Int? {
        guard let scalar = node.scalar, !scalar.value.contains("\n") else { return nil }
        switch scalar.style {
        case .plain: return 0
        case .singleQuoted, .doubleQuoted: return 1
        default: return nil
        }
    }

    /// Citations from a string or a list of strings; unreadable ones become
    /// `bad-citation` findings pointing inside the string.
    mutating func citations(_ node: Node, what: String) -> [(CitationReference, Finding.Location)] {
        var result: [(CitationReference, Finding.Location)] = []
        for item in list(node) {
            guard let text = string(item, .text(what)) else { continue }
            // Columns inside a string are exact only for one-line scalars without escapes.
            let escaped = item.scalar?.style == .doubleQuoted && text.contains("\\")
            let base = escaped ? nil : textOffset(item)
            func at(_ offset: Int) -> Finding.Location {
                guard let base else { return location(item) }
                return location(item, offset: base + offset)
            }
            // Each `;` group is read on its own, so one bad group does not hide the others.
            var start = 0
            for group in text.split(separator: ";", omittingEmptySubsequences: false) {
                defer { start += group.count + 1 }
                let groupText = String(group)
                let lead = groupText.prefix { $0.isWhitespace }.count
                guard lead < groupText.count else {
                    add(.emptyReference(in: text), at: at(start))
                    continue
                }
                switch CitationParser.parse(groupText) {
                case .success(let refs):
                    for var ref in refs {
                        ref.offset += start
                        ref.letterOffset = ref.letterOffset.map { $0 + start }
                        result.append((ref, at(ref.offset)))
                    }
                case .failure(let error):
                    add(
                        .unreadableReference(String(groupText.trimmingWhitespace), error.problem),
                        at: at(start + error.offset))
                }
            }
        }
        return result
    }

    mutating func unitIDs(_ node: Node, what: String) -> [Plan.UnitRef] {
        list(node).compactMap { item in
            string(item, .text(what)).map { Plan.UnitRef(id: $0, location: location(item)) }
        }
    }
}

/// The known fields of one mapping, in file order. A handful of entries: a linear
/// search beats hashing, and a national run reads millions of them.
struct Fields {
    var pairs: [(key: String, value: Node)] = []

    init() { pairs.reserveCapacity(8) }

    subscript(key: String) -> Node? {
        for pair in pairs where pair.key == key { return pair.value }
        return nil
    }

    var count: Int { pairs.count }
    var first: (key: String, value: Node)? { pairs.first }
}

extension String {
    var trimmingWhitespace: Substring {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s.removeFirst() }
        while let c = s.last, c.isWhitespace { s.removeLast() }
        return s
    }
}
