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
        withoutActuallyEscaping(body) { sink in
            var scanner = RecScanner(bytes: bytes, file: file, sink: sink)
            return scanner.run()
        }
    }

    private static func parseBuffer(_ bytes: UnsafeBufferPointer<UInt8>, file: String) -> RecFile {
        var scanner = RecScanner(bytes: bytes, file: file)
        return scanner.run()
    }
}
