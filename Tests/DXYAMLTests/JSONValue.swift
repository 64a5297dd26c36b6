import DXYAML

/// Just enough JSON to read the test suite's `in.json` files, which may hold
/// several values one after another (one per YAML document).
enum JSONValue: Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    static func parseStream(_ text: String) throws -> [JSONValue] {
        var reader = Reader(bytes: Array(text.utf8))
        var values: [JSONValue] = []
        reader.skipSpace()
        while !reader.atEnd {
            values.append(try reader.value())
            reader.skipSpace()
        }
        return values
    }

    /// The JSON a YAML document stands for under the core schema.
    init(_ node: Node) {
        switch node.content {
        case .scalar(let scalar):
            switch node.resolved {
            case .null: self = .null
            case .bool(let b): self = .bool(b)
            case .int(let i): self = .number(Double(i))
            case .float(let d): self = .number(d)
            case .string: self = .string(scalar.value)
            }
        case .sequence(let items):
            self = .array(items.map(JSONValue.init))
        case .mapping(let pairs):
            var object: [String: JSONValue] = [:]
            for pair in pairs {
                object[pair.key.scalar?.value ?? ""] = JSONValue(pair.value)
            }
            self = .object(object)
        }
    }

    struct ParseError: Error { var offset: Int }

    private struct Reader {
        let bytes: [UInt8]
        var i = 0
        var atEnd: Bool { i >= bytes.count }

        mutating func skipSpace() {
            while i < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[i]) { i += 1 }
        }

        mutating func value() throws -> JSONValue {
            skipSpace()
            guard i < bytes.count else { throw ParseError(offset: i) }
            switch bytes[i] {
            case UInt8(ascii: "{"):
                i += 1
                var object: [String: JSONValue] = [:]
                skipSpace()
                if bytes[i] == UInt8(ascii: "}") {
                    i += 1
                    return .object(object)
                }
                while true {
                    skipSpace()
                    guard case .string(let key) = try value() else { throw ParseError(offset: i) }
                    skipSpace()
                    guard bytes[i] == UInt8(ascii: ":") else { throw ParseError(offset: i) }
                    i += 1
                    object[key] = try value()
                    skipSpace()
                    if bytes[i] == UInt8(ascii: ",") {
                        i += 1
                        continue
                    }
                    guard bytes[i] == UInt8(ascii: "}") else { throw ParseError(offset: i) }
                    i += 1
                    return .object(object)
                }
            case UInt8(ascii: "["):
                i += 1
                var array: [JSONValue] = []
                skipSpace()
                if bytes[i] == UInt8(ascii: "]") {
                    i += 1
                    return .array(array)
                }
                while true {
                    array.append(try value())
                    skipSpace()
                    if bytes[i] == UInt8(ascii: ",") {
                        i += 1
                        continue
                    }
                    guard bytes[i] == UInt8(ascii: "]") else { throw ParseError(offset: i) }
                    i += 1
                    return .array(array)
                }
            case UInt8(ascii: "\""):
                i += 1
                var scalars = String.UnicodeScalarView()
                var raw: [UInt8] = []
                func flush() {
                    scalars.append(contentsOf: String(decoding: raw, as: UTF8.self).unicodeScalars)
                    raw.removeAll()
                }
                while bytes[i] != UInt8(ascii: "\"") {
                    if bytes[i] == UInt8(ascii: "\\") {
                        flush()
                        i += 1
                        let c = bytes[i]
                        i += 1
                        switch c {
                        case UInt8(ascii: "n"): scalars.append("\n")
                        case UInt8(ascii: "t"): scalars.append("\t")
                        case UInt8(ascii: "r"): scalars.append("\r")
                        case UInt8(ascii: "b"): scalars.append("\u{8}")
                        case UInt8(ascii: "f"): scalars.append("\u{C}")
                        case UInt8(ascii: "u"):
                            var code = UInt32(String(decoding: bytes[i..<i + 4], as: UTF8.self), radix: 16)!
                            i += 4
                            if (0xD800...0xDBFF).contains(code), bytes[i] == UInt8(ascii: "\\") {
                                let low = UInt32(String(decoding: bytes[i + 2..<i + 6], as: UTF8.self), radix: 16)!
                                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                                i += 6
                            }
                            scalars.append(Unicode.Scalar(code) ?? "\u{FFFD}")
                        default: scalars.append(Unicode.Scalar(c))
                        }
                    } else {
                        raw.append(bytes[i])
                        i += 1
                    }
                }
                flush()
                i += 1
                return .string(String(scalars))
            case UInt8(ascii: "t"):
                i += 4
                return .bool(true)
            case UInt8(ascii: "f"):
                i += 5
                return .bool(false)
            case UInt8(ascii: "n"):
                i += 4
                return .null
            default:
                let start = i
                while i < bytes.count, !",]} \n\r\t".utf8.contains(bytes[i]) { i += 1 }
                guard let d = Double(String(decoding: bytes[start..<i], as: UTF8.self)) else {
                    throw ParseError(offset: start)
                }
                return .number(d)
            }
        }
    }
}
