/// Renders records as recfile text, counting them per set and flushing in chunks when streaming.

import Store

/// The text of one store file as it is produced. With a sink, bytes go to the file whenever a
/// chunk fills; without one they stay in memory (small stores) or are dropped (counting only).
struct RecEmitter {
    enum Mode {
        case memory
        case file(FileChunkSink)
        case discard
    }

    private let mode: Mode
    private let chunkSize: Int
    private(set) var bytes: [UInt8] = []
    private var currentSet = ""
    /// Records written so far, per set.
    private(set) var counts: [String: Int] = [:]
    /// Adds fields to each record of a set before it is written (the papers' fields, `PaperDemo`).
    var amend: ((String, inout [(String, String?)]) -> Void)?

    init(mode: Mode, chunkSize: Int = 1 << 20) {
        self.mode = mode
        self.chunkSize = chunkSize
        bytes.reserveCapacity(min(chunkSize, 1 << 16) + 4096)
    }

    /// Comment lines, each written as given (they carry their `#`).
    mutating func lines(_ lines: [String]) throws {
        for line in lines { append(line); append("\n") }
        try flushIfFull()
    }

    /// A blank line, then the set's header; the records after it belong to the set.
    mutating func begin(_ set: SetSchema) throws {
        append("\n")
        try lines(StoreSchema.descriptorText(for: set).split(separator: "\n").map(String.init))
        currentSet = set.name
        counts[set.name, default: 0] += 0
    }

    /// A blank line, then one record; fields with a nil value are left out.
    /// Values are single lines: generated data never needs continuation lines.
    mutating func record(_ given: [(String, String?)]) throws {
        var fields = given
        amend?(currentSet, &fields)
        append("\n")
        for (name, value) in fields {
            guard let value else { continue }
            precondition(!value.utf8.contains(10), "a generated value spans lines: \(name)")
            append(name); append(": "); append(value); append("\n")
        }
        counts[currentSet, default: 0] += 1
        try flushIfFull()
    }

    /// Writes what is left and closes the file (streaming), or keeps the text (in memory).
    mutating func finish() throws {
        if case .file(let sink) = mode {
            try sink.write(bytes)
            bytes.removeAll()
            try sink.close()
        }
    }

    /// The text kept in memory, as a string.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    private mutating func append(_ s: String) {
        bytes.append(contentsOf: s.utf8)
    }

    private mutating func flushIfFull() throws {
        guard bytes.count >= chunkSize else { return }
        switch mode {
        case .memory: return
        case .file(let sink): try sink.write(bytes)
        case .discard: break
        }
        bytes.removeAll(keepingCapacity: true)
    }
}
