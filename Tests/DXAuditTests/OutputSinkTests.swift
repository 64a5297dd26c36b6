import Foundation
import Testing

@testable import DXAudit

@Suite struct OutputSinkTests {
    /// Text much longer than a block, with multi-byte letters across the block edges.
    static let long = (0..<20_000).map { "dòng \($0): Sở Thông tin và Truyền thông\n" }.joined()

    @Test func aDescriptorGetsEveryByteInOrder() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/out.txt"
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        try #require(fd >= 0)
        var sink = OutputSink.descriptor(fd)
        for line in Self.long.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            sink.write(line)
            sink.write(byte: UInt8(ascii: "\n"))
        }
        sink.flush()
        close(fd)
        #expect(sink.failure == nil)
        #expect(try folder.read("out.txt") == Self.long)
    }

    /// Writes of every size, across and past the block's end, arrive whole and in order.
    @Test func writesLargerThanABlockAndAcrossItsEdge() {
        var sink = OutputSink.memory()
        var expected: [UInt8] = []
        for size in [1, OutputSink.blockSize - 3, 5, 2 * OutputSink.blockSize + 7, 0, 3, OutputSink.blockSize] {
            let bytes = (0..<size).map { UInt8(0x20 + ($0 * 31 + size) % 90) }
            bytes.withUnsafeBufferPointer { sink.write(bytes: $0) }
            sink.write(byte: 0x7C)
            expected += bytes + [0x7C]
        }
        sink.flush()
        #expect(Array(sink.text.utf8) == expected)
    }

    @Test func memoryKeepsWhatWasWritten() {
        var sink = OutputSink.memory()
        sink.write(Self.long)
        sink.write(-42)
        sink.write(0)
        sink.flush()
        sink.write(7)
        #expect(sink.text == Self.long + "-4207")
    }

    @Test func aClosedPipeStopsTheWritingWithItsError() throws {
        var fds: [Int32] = [0, 0]
        try #require(pipe(&fds) == 0)
        close(fds[0])
        signal(SIGPIPE, SIG_IGN)
        var sink = OutputSink.descriptor(fds[1])
        sink.write(Self.long)
        sink.flush()
        close(fds[1])
        #expect(sink.failure == EPIPE)
    }

    @Test func aWrittenResultReadsAsTheSameText() {
        let written = CommandResult(output: .written { $0.write("één\n") }, status: 1)
        #expect(written.standardOutput == "één\n")
        #expect(written == CommandResult(standardOutput: "één\n", status: 1))
    }

    @Test func jsonStringsAreEscapedByteForByte() {
        let value = JSONValue.array([.string("a\"b\\c\nd\re\tf\u{01}g\u{7F}h Sở\u{2028}")])
        #expect(value.rendered(indent: nil) == #"["a\"b\\c\nd\re\tf\u0001g\u007fh Sở"# + "\u{2028}\"]")
    }

    /// What a reporter streams reads as the same value made whole would.
    @Test(arguments: [2, nil] as [Int?])
    func aStreamedArrayIsLaidOutAsAValueIs(indent: Int?) {
        let whole = JSONValue.object([
            ("empty", .array([])), ("none", .object([])),
            (
                "items",
                .array([
                    .object([("n", .int(1)), ("s", .string("Sở")), ("u", .null)]),
                    .object([("n", .int(2)), ("deep", .array([.object([("ok", .bool(true)), ("x", .double(0.5))])]))]),
                ])
            ),
        ])
        let streamed = JSONValue.object([
            ("empty", .streamed(count: 0) { _, _ in }), ("none", .object([])),
            (
                "items",
                .streamed(count: 2) { i, out in
                    out.beginObject()
                    out.key("n")
                    out.int(i + 1)
                    if i == 0 {
                        out.key("s")
                        out.string("Sở")
                        out.key("u")
                        out.optional(nil)
                    } else {
                        out.key("deep")
                        out.beginArray()
                        out.next()
                        out.beginObject()
                        out.key("ok")
                        out.bool(true)
                        out.key("x")
                        out.double(0.5)
                        out.endObject()
                        out.endArray()
                    }
                    out.endObject()
                }
            ),
        ])
        #expect(streamed.rendered(indent: indent) == whole.rendered(indent: indent))
        #expect(whole.rendered(indent: indent).contains(indent == nil ? #""empty":[]"# : #""empty": []"#))
    }
}
