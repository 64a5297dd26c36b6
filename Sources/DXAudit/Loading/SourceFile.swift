import DXYAML

#if canImport(Glibc)
    import Glibc
#endif

/// A file's bytes, read safely: only regular files, never more than the size
/// limit, never blocking on a FIFO.
public struct SourceFile: Sendable {
    public var path: String
    /// The bytes with their lines, for the YAML layer, snippets, suppressions and
    /// fingerprints alike.
    public var text: SourceText

    public var bytes: [UInt8] {
        get { text.bytes }
        set { text = SourceText(newValue) }
    }

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.text = SourceText(bytes)
    }

    /// Why a path could not be read, as data for a finding at 1:1; `Wording`
    /// words it.
    public enum ReadError: Error, Sendable, Hashable {
        /// The system refused: its reason, as `strerror` gives it.
        case cannotRead(String)
        case directory
        case fifo
        /// A device, socket or other file that is not regular.
        case notRegular
        /// The file has `bytes` bytes, more than `limit`.
        case tooLarge(bytes: Int, limit: Int)

        /// The reason in English.
        public var message: String { Wording.english.readError(self) }
    }

    public static func read(_ path: String, limits: Limits = .default) -> Result<SourceFile, ReadError> {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        if fd < 0 {
            return .failure(.cannotRead(String(cString: strerror(errno))))
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            return .failure(.cannotRead(String(cString: strerror(errno))))
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .failure(.directory)
        case S_IFIFO: return .failure(.fifo)
        default: return .failure(.notRegular)
        }
        let size = Int(info.st_size)
        if size > limits.maxFileSize {
            return .failure(.tooLarge(bytes: size, limit: limits.maxFileSize))
        }
        var failure: String?
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            var total = 0
            while total < size {
                let n = Glibc.read(fd, buffer.baseAddress! + total, size - total)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    break
                }
                if n == 0 { break }
                total += n
            }
            count = total
        }
        if let failure { return .failure(.cannotRead(failure)) }
        return .success(SourceFile(path: path, bytes: bytes))
    }

    /// The texts of several 1-based lines; numbers past the end are left out.
    public func lines(_ numbers: Set<Int>) -> [Int: String] {
        text.lines(numbers)
    }

    /// The text of 1-based line `number`, without its line break.
    public func line(_ number: Int) -> String? {
        text.line(number)
    }
}

extension SourceFile {
    /// Files by path, the first of each path kept: what an `Outcome` carries for the filter.
    public static func byPath(_ files: [SourceFile]) -> [String: SourceFile] {
        var result: [String: SourceFile] = [:]
        for file in files where result[file.path] == nil { result[file.path] = file }
        return result
    }
}
