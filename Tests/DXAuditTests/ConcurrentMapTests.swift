import DXAudit
import Synchronization
import Testing

@Suite struct ConcurrentMapTests {
    @Test(arguments: [0, 1, 2, 3, 1000])
    func keepsTheOrderOfMap(count: Int) {
        let numbers = Array(0..<count)
        let transform: @Sendable (Int) -> String = { "\($0 * $0)" }
        #expect(numbers.concurrentMap(transform) == numbers.map(transform))
    }

    @Test func transformsEachElementOnce() {
        let seen = Mutex<[Int: Int]>([:])
        let numbers = Array(0..<500)
        let doubled = numbers.concurrentMap { n in
            seen.withLock { $0[n, default: 0] += 1 }
            return n * 2
        }
        #expect(doubled == numbers.map { $0 * 2 })
        #expect(seen.withLock { $0 } == Dictionary(uniqueKeysWithValues: numbers.map { ($0, 1) }))
    }

    @Test func sameResultEveryRun() {
        let words = (0..<200).map { "w\($0)" }
        let first = words.concurrentMap { $0.uppercased() }
        for _ in 0..<20 { #expect(words.concurrentMap { $0.uppercased() } == first) }
    }
}
