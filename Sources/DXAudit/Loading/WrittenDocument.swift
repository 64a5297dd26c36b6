import DXYAML

/// A file dxaudit writes itself and reads back (a baseline, a sent log): JSON, which
/// is YAML, so the project's YAML layer reads it with the usual limits.
enum WrittenDocument {
    enum Problem: Error {
        /// The file could not be read (missing, too large, a directory).
        case unreadable(SourceFile.ReadError)
        /// It was read but holds no YAML document.
        case malformed(WrittenDocumentFailure.Reason)
    }

    /// The file's first document.
    static func root(of path: String, limits: Limits) -> Result<Node, Problem> {
        let file: SourceFile
        switch SourceFile.read(path, limits: limits) {
        case .success(let read): file = read
        case .failure(let error): return .failure(.unreadable(error))
        }
        do {
            guard let first = try YAML.compose(file.text, limits: limits).first else {
                return .failure(.malformed(.empty))
            }
            return .success(first)
        } catch let error as YAMLError {
            return .failure(.malformed(.yaml(error)))
        } catch {
            return .failure(.malformed(.other("\(error)")))
        }
    }
}

/// Why a baseline or a sent log cannot be used: the file, the place in it, and the
/// reason as data, worded by `Wording`.
public struct WrittenDocumentFailure: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        case baseline, sentLog
    }

    public enum Reason: Sendable, Equatable {
        case unreadable(SourceFile.ReadError)
        case empty
        case yaml(YAMLError)
        case missing(String)
        case wrongVersion(found: String?, reads: Int)
        case missingList(String)
        case incompleteEntry([String])
        case badDay
        case other(String)
    }

    public var kind: Kind
    public var path: String
    /// Where in the file, when the file could be read.
    public var mark: Mark?
    public var reason: Reason

    /// In English.
    public var description: String { Wording.english.writtenDocumentFailure(self) }
}
