/// A scalar's value under the YAML 1.2 core schema.
///
/// Deliberately not YAML 1.1: `yes`, `no`, `on`, `off` are strings, and `010` is
/// the integer 10 (typed access refuses it as ambiguous, see `Node.integer()`).
public enum Resolved: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case float(Double)
    case string(String)

    public var kindName: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .int: return "an integer"
        case .float: return "a number"
        case .string: return "a string"
        }
    }
}

public enum CoreTag {
    public static let str = "tag:yaml.org,2002:str"
    public static let null = "tag:yaml.org,2002:null"
    public static let bool = "tag:yaml.org,2002:bool"
    public static let int = "tag:yaml.org,2002:int"
    public static let float = "tag:yaml.org,2002:float"
    public static let seq = "tag:yaml.org,2002:seq"
    public static let map = "tag:yaml.org,2002:map"
}

extension Node {
    /// The core-schema value of a scalar; collections resolve to `.null`.
    public var resolved: Resolved {
        guard case .scalar(let scalar) = content else { return .null }
        switch tag {
        case nil:
            return scalar.style == .plain ? Self.resolvePlain(scalar.value) : .string(scalar.value)
        case CoreTag.str?, "!"?:
            return .string(scalar.value)
        case CoreTag.null?:
            return .null
        case CoreTag.bool?, CoreTag.int?, CoreTag.float?:
            let value = Self.resolvePlain(scalar.value)
            return value == .string(scalar.value) ? .string(scalar.value) : value
        default:
            return .string(scalar.value)
        }
    }

    /// Core-schema resolution of a plain scalar's text.
    public static func resolvePlain(_ text: String) -> Resolved {
        let utf8 = text.utf8
        guard let first = utf8.first else { return .null }
        // Fast exit: most plain scalars in plans are words.
        let c = first
        let maybeSpecial =
            (c >= 48 && c <= 57) || c == UInt8(ascii: "-") || c == UInt8(ascii: "+")
            || c == UInt8(ascii: ".") || c == UInt8(ascii: "~") || c == UInt8(ascii: "n")
            || c == UInt8(ascii: "N") || c == UInt8(ascii: "t") || c == UInt8(ascii: "T")
            || c == UInt8(ascii: "f") || c == UInt8(ascii: "F")
        guard maybeSpecial else { return .string(text) }
        switch text {
        case "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .float(.infinity)
        case "-.inf", "-.Inf", "-.INF": return .float(-.infinity)
        case ".nan", ".NaN", ".NAN": return .float(.nan)
        default: break
        }
        var copy = text
        return copy.withUTF8 { bytes in
            if let int = parseInt(bytes) { return int }
            if isCoreFloat(bytes), let value = Double(text) { return .float(value) }
            return .string(text)
        }
    }

    private static func parseInt(_ b: UnsafeBufferPointer<UInt8>) -> Resolved? {
        func isDigit(_ x: UInt8) -> Bool { x >= 48 && x <= 57 }
        if b.count > 2, b[0] == UInt8(ascii: "0"), b[1] == UInt8(ascii: "o") {
            let digits = b[2...]
            guard digits.allSatisfy({ $0 >= 48 && $0 <= 55 }) else { return nil }
            return Int(String(decoding: digits, as: UTF8.self), radix: 8).map(Resolved.int)
                ?? .float(Double(String(decoding: digits, as: UTF8.self)) ?? .infinity)
        }
        if b.count > 2, b[0] == UInt8(ascii: "0"), b[1] == UInt8(ascii: "x") {
            let digits = b[2...]
            guard digits.allSatisfy({ isDigit($0) || ($0 | 0x20 >= 97 && $0 | 0x20 <= 102) }) else {
                return nil
            }
            return Int(String(decoding: digits, as: UTF8.self), radix: 16).map(Resolved.int)
        }
        var start = 0
        if b[0] == UInt8(ascii: "-") || b[0] == UInt8(ascii: "+") { start = 1 }
        guard b.count > start, b[start...].allSatisfy(isDigit) else { return nil }
        var value = 0
        var overflow = false
        for digit in b[start...] {
            let (m, o1) = value.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(Int(digit - 48))
            value = a
            overflow = overflow || o1 || o2
        }
        if !overflow { return .int(b[0] == UInt8(ascii: "-") ? -value : value) }
        return Double(String(decoding: b, as: UTF8.self)).map(Resolved.float)
    }

    /// `[-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?`
    private static func isCoreFloat(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        func isDigit(_ x: UInt8) -> Bool { x >= 48 && x <= 57 }
        var i = 0
        if i < b.count, b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+") { i += 1 }
        var mantissaDigits = 0
        while i < b.count, isDigit(b[i]) {
            i += 1
            mantissaDigits += 1
        }
        if i < b.count, b[i] == UInt8(ascii: ".") {
            i += 1
            while i < b.count, isDigit(b[i]) {
                i += 1
                mantissaDigits += 1
            }
        }
        guard mantissaDigits > 0 else { return false }
        if i < b.count, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
            i += 1
            if i < b.count, b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+") { i += 1 }
            var expDigits = 0
            while i < b.count, isDigit(b[i]) {
                i += 1
                expDigits += 1
            }
            guard expDigits > 0 else { return false }
        }
        return i == b.count
    }
}
