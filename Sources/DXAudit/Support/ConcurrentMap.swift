import Dispatch

extension Array where Element: Sendable {
    /// `map` on every core: each element is transformed once, on whichever thread
    /// is free, and the results come back in the elements' order, so that output
    /// does not depend on scheduling. Worth it when each element is real work
    /// (reading and checking a file), not for a few instructions.
    public func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            // Every iteration writes its own slot and no other, so the threads
            // never touch the same memory.
            nonisolated(unsafe) let base = buffer.baseAddress!
            DispatchQueue.concurrentPerform(iterations: count) { i in
                (base + i).initialize(to: transform(self[i]))
            }
            initialized = count
        }
    }
}
