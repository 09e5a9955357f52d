/// The recfile reader's entry points: parse bytes in memory or a file on disk.

/// Reads GNU recutils recfiles. Never traps on bad input: every problem is reported with its line.
public enum RecParser {
    /// Parses bytes in memory. `file` is the display name used in problems.
    public static func parse<Bytes: Collection>(_ bytes: Bytes, file: String) -> RecFile where Bytes.Element == UInt8 {
        if let parsed = bytes.withContiguousStorageIfAvailable({ parseBuffer($0, file: file) }) {
            return parsed
        }
        return Array(bytes).withUnsafeBufferPointer { parseBuffer($0, file: file) }
    }

    /// Parses raw memory, such as a mapped file. `file` is the display name used in problems.
    public static func parse(_ buffer: UnsafeRawBufferPointer, file: String) -> RecFile {
        buffer.withMemoryRebound(to: UInt8.self) { parseBuffer($0, file: file) }
    }

    /// Reads and parses the file at `path`; problems name it `displayName`, or `path` if none is given.
    /// Throws `StoreError.unreadable` when the file cannot be read at all.
    public static func parse(contentsOf path: String, as displayName: String? = nil) throws -> RecFile {
        let bytes = try FileAccess.readAll(path)
        return bytes.withUnsafeBufferPointer { parseBuffer($0, file: displayName ?? path) }
    }

    /// Reads the bytes and hands each record to `body` as soon as it is complete, keeping none, so a
    /// large file never exists twice in memory. The result has the descriptors and problems; its
    /// `records` is empty. `file` is the display name used in problems.
    public static func scan(_ bytes: UnsafeBufferPointer<UInt8>, file: String, each body: (RecRecord) -> Void) -> RecFile {
        withoutActuallyEscaping(body) { each in
            var sink = RecordMaker(each: each)
            return read(bytes, file: file, into: &sink)
        }
    }

    private static func parseBuffer(_ bytes: UnsafeBufferPointer<UInt8>, file: String) -> RecFile {
        var kept: [RecRecord] = []
        var file = withoutActuallyEscaping({ kept.append($0) }) { each in
            var sink = RecordMaker(each: each)
            return read(bytes, file: file, into: &sink)
        }
        file.records = kept
        return file
    }

    /// Reads the whole of `bytes` as one file, handing its records to `sink`.
    package static func read<S: RawRecordSink>(_ bytes: UnsafeBufferPointer<UInt8>, file: String, into sink: inout S) -> RecFile {
        var scanner = RecScanner(file: file)
        scanner.scan(bytes, base: 0, isFinal: true, into: &sink)
        return RecFile(path: file, descriptors: scanner.out.descriptors, problems: StoreProblem.sorted(scanner.out.problems))
    }
}

/// Makes each raw record a `RecRecord` of Strings, for the public reader.
private struct RecordMaker: RawRecordSink {
    package let each: (RecRecord) -> Void

    package mutating func take(_ record: RawRecord) {
        each(RecRecord(set: record.set, line: record.line, fields: record.fields.map(RecAssembler.recField),
                       hasSyntaxErrors: record.hasSyntaxErrors))
    }
}
