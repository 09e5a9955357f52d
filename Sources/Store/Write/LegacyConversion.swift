/// Rewrites a file saved in TCVN3, VNI or Windows-1258 as NFC UTF-8, through the store's safe writer.

import Foundation
import Recfile
import VietText

/// What converting one file does: the encoding it was read in and the bytes it becomes.
public struct LegacyConversion: Sendable, Equatable {
    /// The encoding the file was read in.
    public let encoding: LegacyEncoding
    /// How many lines read differently from their bytes (lines of ASCII read the same).
    public let changedLines: Int
    /// How many lines the file has.
    public let lines: Int
    /// The file as NFC UTF-8.
    public let converted: [UInt8]

    /// The conversion of `bytes`, read in `encoding`, or in the one the detector is sure of.
    /// - Throws: `LegacyConversionError.alreadyUTF8` for well-formed UTF-8 (ASCII included),
    ///   `.unsure` when no encoding is given and the detector cannot tell.
    public static func plan(_ bytes: [UInt8], from encoding: LegacyEncoding? = nil) throws -> LegacyConversion {
        let valid = bytes.withUnsafeBufferPointer { UTF8Check.isValid($0) }
        if valid { throw LegacyConversionError.alreadyUTF8 }
        guard let chosen = encoding ?? LegacyFileCheck.likelyEncoding(bytes) else {
            let guesses = LegacyEncoding.detect(bytes).filter { $0.encoding != .utf8 }.prefix(2)
            throw LegacyConversionError.unsure(guesses.map { "\($0.encoding.displayName) \(Int(($0.confidence * 100).rounded()))%" })
        }
        let text = chosen.decode(bytes)
        let converted = Array(text.utf8)
        let before = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        let after = converted.split(separator: 0x0A, omittingEmptySubsequences: false)
        let changed = before.count == after.count
            ? zip(before, after).reduce(0) { $0 + ($1.0.elementsEqual($1.1) ? 0 : 1) }
            : before.reduce(0) { $0 + ($1.contains { $0 >= 0x80 } ? 1 : 0) }
        let lines = converted.last == 0x0A ? after.count - 1 : after.count
        return LegacyConversion(encoding: chosen, changedLines: changed, lines: lines, converted: converted)
    }

    /// Converts the file at `path` in place, or only tells what it would do when `dryRun`. The file
    /// is read and replaced under the lock of its folder with `RecWriter.rewrite` (temporary file,
    /// fsync, rename), so a failure at any point leaves the original as it was.
    /// - Throws: `LegacyConversionError`; `RecWriterError` (or `StoreError` for a dry run) when the
    ///   file cannot be read or written.
    public static func convert(path: String, from encoding: LegacyEncoding? = nil, dryRun: Bool = false,
                               lockTimeout: Duration? = StoreLock.defaultTimeout) throws -> LegacyConversion {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let name = url.lastPathComponent
        if dryRun { return try plan(FileAccess.readAll(path), from: encoding) }
        var done: LegacyConversion?
        try RecWriter.rewrite(name, in: folder, lockTimeout: lockTimeout) { current in
            let conversion = try plan(current, from: encoding)
            done = conversion
            return conversion.converted
        }
        guard let done else { throw LegacyConversionError.alreadyUTF8 }
        return done
    }
}

/// Why a file was not converted; nothing was written.
public enum LegacyConversionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file is well-formed UTF-8 already.
    case alreadyUTF8
    /// The detector could not tell the encoding; its best guesses, such as "TCVN3 (ABC) 41%".
    case unsure([String])

    public var description: String {
        switch self {
        case .alreadyUTF8:
            return "the file is valid UTF-8 already; nothing was written"
        case .unsure(let guesses):
            let best = guesses.isEmpty ? "" : " (best guesses: \(guesses.joined(separator: ", ")))"
            return "cannot tell which encoding the file is in\(best); give it with --from tcvn3, --from vni "
                + "or --from cp1258 after checking with --dry-run; nothing was written"
        }
    }
}
