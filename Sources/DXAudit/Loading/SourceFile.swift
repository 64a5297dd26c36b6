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

    /// Why a path could not be read, as a message for a finding at 1:1.
    public struct ReadError: Error, Sendable {
        public var message: String
        public var isLimit: Bool = false
    }

    public static func read(_ path: String, limits: Limits = .default) -> Result<SourceFile, ReadError> {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        if fd < 0 {
            return .failure(ReadError(message: "cannot read: \(String(cString: strerror(errno)))"))
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            return .failure(ReadError(message: "cannot read: \(String(cString: strerror(errno)))"))
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .failure(ReadError(message: "is a directory, not a YAML file"))
        case S_IFIFO: return .failure(ReadError(message: "is a FIFO, not a regular file; not read"))
        default: return .failure(ReadError(message: "is not a regular file; not read"))
        }
        let size = Int(info.st_size)
        if size > limits.maxFileSize {
            return .failure(
                ReadError(
                    message: "file is \(size) bytes, over the limit of \(limits.maxFileSize) bytes", isLimit: true))
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
        if let failure { return .failure(ReadError(message: "cannot read: \(failure)")) }
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
