/// Typed reads of a node. Each throws a `YAMLError` of kind `.type` located at the
/// node, with a problem that names what was expected and what was found.
extension Node {
    public var isNull: Bool {
        if case .scalar = content, case .null = resolved { return true }
        return false
    }

    /// The text of any non-null scalar (a plain `no` is the string "no").
    public func string() throws -> String {
        guard case .scalar(let scalar) = content else {
            throw typeError(.expected(.string, found: found))
        }
        if scalar.style == .plain, tag == nil, case .null = resolved {
            throw typeError(.expected(.string, found: .null))
        }
        return scalar.value
    }

    /// An integer. Plain `010`-style numbers are refused: YAML 1.1 reads them as
    /// octal and YAML 1.2 as decimal, so the file means different things to
    /// different tools.
    public func integer() throws -> Int {
        if let scalar, scalar.style == .plain, tag == nil, Self.hasAmbiguousLeadingZero(scalar.value) {
            throw typeError(.ambiguousLeadingZero(scalar.value, decimal: Int(scalar.value) ?? 0))
        }
        guard case .int(let value) = resolved else {
            throw typeError(.expected(.integer, found: found))
        }
        return value
    }

    /// A number, integer or not.
    public func number() throws -> Double {
        if let scalar, scalar.style == .plain, tag == nil, Self.hasAmbiguousLeadingZero(scalar.value) {
            _ = try integer()
        }
        switch resolved {
        case .int(let value): return Double(value)
        case .float(let value) where value.isFinite: return value
        default: throw typeError(.expected(.number, found: found))
        }
    }

    /// `true` or `false`. YAML 1.1 booleans (`yes`, `no`, `on`, `off`) are refused
    /// with a hint, since YAML 1.2 reads them as strings.
    public func boolean() throws -> Bool {
        if case .bool(let value) = resolved { return value }
        if let scalar, scalar.style == .plain {
            switch scalar.value.lowercased() {
            case "yes", "no", "on", "off", "y", "n":
                throw typeError(.yamlOneOneBoolean(scalar.value))
            default: break
            }
        }
        throw typeError(.expected(.boolean, found: found))
    }

    /// A civil date written `YYYY-MM-DD`; impossible dates are refused here.
    public func date() throws -> CivilDate {
        guard case .scalar(let scalar) = content, !isNull else {
            throw typeError(.expected(.date, found: found))
        }
        switch CivilDate.parse(scalar.value) {
        case .success(let date): return date
        case .failure(.impossible(let why)):
            throw typeError(.impossibleDate(scalar.value, why))
        case .failure(.notADate):
            throw typeError(.expected(.date, found: .text(scalar.value)))
        }
    }

    /// A located error about this node, for readers built on top of this layer.
    public func typeError(_ problem: YAMLError.Problem) -> YAMLError {
        YAMLError(.type, problem, at: mark)
    }

    /// What this node is, for a typed read that wanted something else.
    private var found: YAMLError.Found {
        switch content {
        case .scalar(let scalar):
            switch resolved {
            case .null: return .null
            case .bool: return .boolean(scalar.value)
            case .int: return .integer(scalar.value)
            case .float: return .number(scalar.value)
            case .string: return .string(scalar.value)
            }
        case .sequence: return .list
        case .mapping: return .mapping
        }
    }

    static func hasAmbiguousLeadingZero(_ text: String) -> Bool {
        var utf8 = Substring(text).utf8[...]
        if let first = utf8.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            utf8 = utf8.dropFirst()
        }
        guard utf8.count > 1, utf8.first == UInt8(ascii: "0") else { return false }
        return utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
    }
}
