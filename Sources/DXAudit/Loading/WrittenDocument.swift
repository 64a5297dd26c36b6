import DXYAML

/// A file dxaudit writes itself and reads back (a baseline, a sent log): JSON, which
/// is YAML, so the project's YAML layer reads it with the usual limits.
enum WrittenDocument {
    enum Problem: Error {
        /// The file could not be read (missing, too large, not UTF-8): the reason.
        case unreadable(String)
        /// It was read but holds no YAML document: the reason.
        case malformed(String)
    }

    /// The file's first document.
    static func root(of path: String, limits: Limits) -> Result<Node, Problem> {
        let file: SourceFile
        switch SourceFile.read(path, limits: limits) {
        case .success(let read): file = read
        case .failure(let error): return .failure(.unreadable(error.message))
        }
        do {
            guard let first = try YAML.compose(file.text, limits: limits).first else {
                return .failure(.malformed("the file is empty"))
            }
            return .success(first)
        } catch let error as YAMLError {
            return .failure(.malformed(error.description))
        } catch {
            return .failure(.malformed("\(error)"))
        }
    }
}
