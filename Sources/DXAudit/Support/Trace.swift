#if canImport(Glibc)
    import Glibc
#endif

/// `DXAUDIT_TRACE_PERFORMANCE=1`: each phase of a run and the milliseconds it
/// took, on standard error, as git's `GIT_TRACE_PERFORMANCE` does. For finding
/// where the time of a large year goes; nothing is written without it.
public enum Trace {
    static let enabled = !["", "0"].contains(Console.environment("DXAUDIT_TRACE_PERFORMANCE") ?? "")
    /// Only the thread that runs the command marks phases.
    nonisolated(unsafe) private static var last = now()

    /// Notes that `name` has just ended.
    public static func phase(_ name: String) {
        guard enabled else { return }
        let start = last
        let time = now()
        let milliseconds = Double(time - start) / 1e6
        last = time
        let shown = (milliseconds * 10).rounded() / 10
        Console.write(2, "dxaudit: trace: \(name): \(shown) ms\n")
    }

    private static func now() -> Int {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return time.tv_sec * 1_000_000_000 + time.tv_nsec
    }
}
