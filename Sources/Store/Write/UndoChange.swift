/// What one write did to one store file, kept so that it can be taken back: the bytes it changed, and the records.

import Foundation
import Recfile

/// One file's part of a write. Taken back exactly when nobody touched what the write left:
/// an append is cut off when the file still ends with the very bytes appended; another change is
/// spliced back when the whole file is still as the write left it (size and FNV-1a). Otherwise
/// it is taken back record by record: a record the write put in is taken out if it is still
/// there unchanged, an edited record gets its old text back if it still has the new one, and a
/// removed record goes back at the end of its set.
package struct UndoChange: Codable, Equatable, Sendable {
    package var file: String
    /// The set of the records the write took out (where one goes back when its place is gone).
    package var set: String
    /// Where the file before and after the write first differ.
    package var offset: Int
    /// The bytes the write took out at `offset`, and the bytes it put in their place.
    package var removed: Data
    package var added: Data
    /// True for an append: `added` went at the end of the file and nothing was taken out.
    package var isAppend: Bool
    /// The file's size and FNV-1a (hexadecimal) just after the write.
    package var afterSize: Int
    package var afterHash: String
    /// The text of the records the write put in, and of those it took out (an edit: one of each).
    package var put: [Data]
    package var took: [Data]

    /// The change from `before` (nil: the file did not exist, read as its bare header) to `after`.
    init(file: String, set: String, before: [UInt8]?, after: [UInt8], put: [[UInt8]], took: [[UInt8]]) {
        let old = before ?? Array(StoreSchema.fileHeader(for: file).utf8)
        let prefix = zip(old, after).prefix { $0 == $1 }.count
        let room = min(old.count, after.count) - prefix
        let suffix = zip(old.reversed(), after.reversed()).prefix(room).prefix { $0 == $1 }.count
        self.file = file
        self.set = set
        offset = prefix
        removed = Data(old[prefix..<(old.count - suffix)])
        added = Data(after[prefix..<(after.count - suffix)])
        isAppend = before != nil && removed.isEmpty && suffix == 0 && prefix == old.count
        afterSize = after.count
        afterHash = Self.hash(after)
        self.put = put.map { Data($0) }
        self.took = took.map { Data($0) }
    }

    /// The same change for `added` appended to the existing file `before`, without putting the
    /// whole file together again: the fields the general initialiser gives for
    /// `before + added`, the hash taken over `before` and then `added`.
    init(file: String, set: String, appending added: [UInt8], to before: [UInt8], put: [[UInt8]]) {
        self.init(file: file, set: set, appending: added, toSize: before.count, hashBefore: Self.fnv(before), put: put)
    }

    /// The same change again, for `added` appended to a file of `size` bytes whose FNV-1a is
    /// `hashBefore` (`fnv`, kept from an earlier reading of the file), without the file's bytes.
    init(file: String, set: String, appending added: [UInt8], toSize size: Int, hashBefore: UInt64, put: [[UInt8]]) {
        self.file = file
        self.set = set
        offset = size
        removed = Data()
        self.added = Data(added)
        isAppend = true
        afterSize = size + added.count
        afterHash = String(Self.fnv(added, from: hashBefore), radix: 16)
        self.put = put.map { Data($0) }
        took = []
    }

    /// The same change as the general initialiser gives when the bytes `range` of `before` are
    /// replaced by `new` (an insertion: an empty range; a removal: no new bytes), without
    /// comparing the two files byte by byte: they are the same before `range` and after it, so
    /// only the few bytes where `new` begins or ends as the text around it does are looked at.
    /// `hashAfter` is the FNV-1a of the file after the change (worked out by the caller, beside
    /// other work).
    init(file: String, set: String, replacing range: Range<Int>, of before: [UInt8], with new: [UInt8], hashAfter: UInt64,
         put: [[UInt8]], took: [[UInt8]]) {
        let afterCount = before.count - range.count + new.count
        func after(_ i: Int) -> UInt8 {
            i < range.lowerBound ? before[i] : i < range.lowerBound + new.count ? new[i - range.lowerBound]
                : before[i - new.count + range.count]
        }
        let common = min(before.count, afterCount)
        var prefix = range.lowerBound
        while prefix < common, after(prefix) == before[prefix] { prefix += 1 }
        let room = common - prefix
        var suffix = min(before.count - range.upperBound, room)
        while suffix < room, after(afterCount - 1 - suffix) == before[before.count - 1 - suffix] { suffix += 1 }
        self.file = file
        self.set = set
        offset = prefix
        removed = Data(before[prefix..<(before.count - suffix)])
        added = Data((prefix..<(afterCount - suffix)).map(after))
        isAppend = removed.isEmpty && suffix == 0 && prefix == before.count
        afterSize = afterCount
        afterHash = String(hashAfter, radix: 16)
        self.put = put.map { Data($0) }
        self.took = took.map { Data($0) }
    }

    /// FNV-1a of `bytes`, in hexadecimal.
    static func hash(_ bytes: [UInt8]) -> String {
        String(AppendIntent.checksum(bytes), radix: 16)
    }

    /// FNV-1a (`AppendIntent.checksum`) of `bytes`, continued from `hash` (the value after the
    /// bytes before them).
    static func fnv(_ bytes: [UInt8], from hash: UInt64 = 0xcbf2_9ce4_8422_2325) -> UInt64 {
        bytes.withUnsafeBufferPointer { fnv($0, from: hash) }
    }

    /// The same over a buffer (a piece of a file read in windows).
    static func fnv(_ bytes: UnsafeBufferPointer<UInt8>, from hash: UInt64 = 0xcbf2_9ce4_8422_2325) -> UInt64 {
        var h = hash
        for byte in bytes { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return h
    }

    /// A record of the change that is no longer as the write left it.
    struct Missing: Error {
        var record: RecordLabel
    }

    /// The file `bytes` with the change taken back: whether that is a cut (the file's first
    /// `offset` bytes), and the text of the records put back, as they now stand in it.
    /// - Throws: `Missing` for a record the write put in that is no longer there unchanged.
    func reversed(_ bytes: [UInt8]) throws -> (bytes: [UInt8], isCut: Bool, restored: [[UInt8]]) {
        let added = [UInt8](self.added)
        if isAppend, bytes.count == offset + added.count, bytes[offset...].elementsEqual(added) {
            return (Array(bytes[..<offset]), true, [])
        }
        if bytes.count == afterSize, Self.hash(bytes) == afterHash {
            let back = Array(bytes[..<offset]) + removed + bytes[(offset + added.count)...]
            return (back, false, took.map { [UInt8]($0) })
        }
        var out = bytes
        let puts = put.map { [UInt8]($0) }, takes = took.map { [UInt8]($0) }
        if puts.count == 1, takes.count == 1 {
            // An edit: the old text back in place of the new.
            guard let record = Self.record(puts[0], in: out, file: file) else { throw Missing(record: label(puts[0])) }
            let span = RecordLines.span(of: record, in: out)
            return (Array(out[..<span.lowerBound]) + takes[0] + out[span.upperBound...], false, takes)
        }
        for text in puts {
            guard let record = Self.record(text, in: out, file: file) else { throw Missing(record: label(text)) }
            out = RecordLines.removing(record, from: out)
        }
        var restored: [[UInt8]] = []
        for text in takes {
            guard let parsed = RecParser.parse(text, file: file).records.first, let record = try? RecordText(parsed),
                  let place = RecordAddition.placement(of: set, in: out, file: file) else { throw Missing(record: label(text)) }
            out = RecordAddition.placing(record, in: out, at: place).text
            restored.append(record.bytes)
        }
        return (out, false, restored)
    }

    /// The record in `bytes` whose lines are exactly `text` (of any set: one write may add to two
    /// sets of a file).
    static func record(_ text: [UInt8], in bytes: [UInt8], file: String) -> RecRecord? {
        let starts = RecordLines.lineStarts(bytes)
        return RecParser.parse(bytes, file: file).records.last { record in
            let span = RecordLines.span(of: record, in: bytes, starts: starts)
            return span.count == text.count && bytes[span].elementsEqual(text)
        }
    }

    /// How the clerk knows the record whose text is `text`.
    func label(_ text: [UInt8]) -> RecordLabel {
        guard let schema = StoreSchema.set(named: set), let record = RecParser.parse(text, file: file).records.first else {
            return RecordLabel(set: set, id: "?")
        }
        return RecordLabel(set: schema, record: record)
    }
}
