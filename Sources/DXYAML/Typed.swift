/// Typed reads of a node. Each throws a `YAMLError` of kind `.type` located at the
/// node, with a message that says what was expected and what was found.
extension Node {
    public var isNull: Bool {
        if case .scalar = content, case .null = resolved { return true }
        return false
    }

    /// The text of any non-null scalar (a plain `no` is the string "no").
    public func string() throws -> String {
        guard case .scalar(let scalar) = content else {
            throw typeError("expected a string, found \(kindName)")
        }
        if scalar.style == .plain, tag == nil, case .null = resolved {
            throw typeError("expected a string, found null")
        }
        return scalar.value
    }

    /// An integer. Plain `010`-style numbers are refused: YAML 1.1 reads them as
    /// octal and YAML 1.2 as decimal, so the file means different things to
    /// different tools.
    public func integer() throws -> Int {
        if let scalar, scalar.style == .plain, tag == nil, Self.hasAmbiguousLeadingZero(scalar.value) {
            let trimmed = String(Int(scalar.value) ?? 0)
            throw typeError(
                "'\(scalar.value)' is ambiguous (octal in YAML 1.1, decimal in YAML 1.2); write \(trimmed)")
        }
        guard case .int(let value) = resolved else {
            throw typeError("expected an integer, found \(describeFound())")
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
        default: throw typeError("expected a number, found \(describeFound())")
        }
    }

    /// `true` or `false`. YAML 1.1 booleans (`yes`, `no`, `on`, `off`) are refused
    /// with a hint, since YAML 1.2 reads them as strings.
    public func boolean() throws -> Bool {
        if case .bool(let value) = resolved { return value }
        if let scalar, scalar.style == .plain {
            switch scalar.value.lowercased() {
            case "yes", "no", "on", "off", "y", "n":
                throw typeError("'\(scalar.value)' is a string in YAML 1.2, not a boolean; write true or false")
            default: break
            }
        }
        throw typeError("expected true or false, found \(describeFound())")
    }

    /// A civil date written `YYYY-MM-DD`; impossible dates are refused here.
    public func date() throws -> CivilDate {
        guard case .scalar(let scalar) = content, !isNull else {
            throw typeError("expected a date (YYYY-MM-DD), found \(describeFound())")
        }
        switch CivilDate.parse(scalar.value) {
        case .success(let date): return date
        case .failure(.impossible(let why)):
            throw typeError("'\(scalar.value)' is not a real date: \(why)")
        case .failure(.notADate):
            throw typeError("expected a date (YYYY-MM-DD), found '\(scalar.value)'")
        }
    }

    /// A located error about this node, for readers built on top of this layer.
    public func typeError(_ problem: String) -> YAMLError {
        YAMLError(.type, problem, at: mark)
    }

    private func describeFound() -> String {
        switch content {
        case .scalar(let scalar):
            switch resolved {
            case .null: return "null"
            case .string: return "the string '\(scalar.value)'"
            default: return "\(kindName) '\(scalar.value)'"
            }
        default:
            return kindName
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
