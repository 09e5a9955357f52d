/// Reading the pieces of a large store file side by side, one per core, and joining them in file order.

import Dispatch
import Foundation
import Recfile

/// How a file is cut for reading: about how many bytes a piece holds, and how many pieces are read at once.
public struct PieceOptions: Sendable {
    var size: Int
    public var lanes: Int
    /// Plain records of a set that has its own reader of them (awards) are read by it, past the
    /// general reader (`StoreFileDecoder.scanPlain`); false reads every record the general way.
    var plainRecords = true

    /// Pieces of a megabyte: a lane's piece and what it makes of it stay in the processor's caches
    /// (8 MB pieces loaded 1M awards about 5% slower, in runs interleaved with these).
    public static let standard = PieceOptions(size: 1 << 20,
                                       lanes: min(4, max(1, ProcessInfo.processInfo.activeProcessorCount)))
}

/// Reads a file into its `StoreFileDecoder` a few pieces at a time, each cut just after a record
/// boundary. The decoder reads the first piece while shadow decoders (`makeShadow`) read the next ones,
/// each starting from the state the decoder was in before the first (the line count aside, which is
/// counted ahead). Then, in file order, each shadow is joined to the decoder when its reading is the
/// one a reading in file order gives: the pieces before it declared no set and turned no record away,
/// and it used no key already used. Otherwise the decoder reads that piece again itself. So the
/// records, the problems and their order are those of one reading from start to end, whatever the cuts.
final class PieceReader {
    let file: StoreFileDecoder
    let options: PieceOptions
    private var shadows: [StoreFileDecoder] = []
    /// The records each shadow read, until they are moved to the snapshot.
    private var parts: [StoreSnapshot] = []
    /// How many pieces a shadow read that were joined as read, and how many were read again.
    private(set) var joined = 0, reread = 0
    /// How much of a file's start is read alone, so the pieces after it start in the set it declares.
    static let headSize = 64 << 10

    init(file: StoreFileDecoder, options: PieceOptions = .standard) {
        self.file = file
        self.options = options
        file.plainRecordsAllowed = options.plainRecords
        if options.lanes > 1 {
            for _ in 1..<options.lanes {
                guard let shadow = file.makeShadow() else { break }
                shadow.plainRecordsAllowed = options.plainRecords
                shadows.append(shadow)
                parts.append(StoreSnapshot(directory: ""))
            }
        }
    }

    /// How many bytes to hand over at once: a piece for each lane.
    var window: Int { options.size * (shadows.count + 1) }

    /// Reads `bytes`, the file from offset `base` on; as `StoreFileDecoder.read`.
    func read(_ bytes: UnsafeBufferPointer<UInt8>, base: Int, isFinal: Bool, into snapshot: inout StoreSnapshot,
              keys: (String) -> KeyTable?) {
        let n = bytes.count
        guard !shadows.isEmpty, n > options.size else {
            file.read(bytes, base: base, isFinal: isFinal, into: &snapshot, keys: keys)
            return
        }
        var from = 0
        if base == 0, let head = cut(bytes, from: 0, near: min(Self.headSize, options.size)) {
            file.read(UnsafeBufferPointer(rebasing: bytes[..<head]), base: base, isFinal: false, into: &snapshot, keys: keys)
            from = head
        }
        while from < n {
            var ends: [Int] = []
            var p = from
            while ends.count <= shadows.count, p < n {
                let end = n - p > options.size ? cut(bytes, from: p, near: p + options.size) ?? n : n
                ends.append(end)
                p = end
            }
            readRound(bytes, from: from, ends: ends, base: base, isFinal: isFinal, into: &snapshot, keys: keys)
            from = p
        }
    }

    /// Reads the pieces `from..<ends[0]`, `ends[0]..<ends[1]` … side by side and joins them.
    private func readRound(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, ends: [Int], base: Int, isFinal: Bool,
                           into snapshot: inout StoreSnapshot, keys: (String) -> KeyTable?) {
        if ends.count == 1 {
            file.read(bytes[from..<ends[0]], base: base + from, isFinal: isFinal && ends[0] == bytes.count,
                      into: &snapshot, keys: keys)
            return
        }
        for k in 1..<ends.count { shadows[k - 1].restart(after: file) }
        withoutActuallyEscaping(keys) { keys in
            withUnsafeMutablePointer(to: &snapshot) { target in
                parts.withUnsafeMutableBufferPointer { parts in
                    let round = Round(bytes: bytes, from: from, ends: ends, base: base, isFinal: isFinal, file: file,
                                      shadows: shadows, firstLine: file.scanner.line, snapshot: target, parts: parts, keys: keys)
                    DispatchQueue.concurrentPerform(iterations: ends.count) { round.read(piece: $0) }
                }
            }
        }
        for k in 1..<ends.count {
            if file.absorb(shadows[k - 1]) {
                snapshot.appendRecords(of: &parts[k - 1])
                joined += 1
            } else {
                parts[k - 1].emptyRecords()
                reread += 1
                file.read(bytes[ends[k - 1]..<ends[k]], base: base + ends[k - 1], isFinal: isFinal && ends[k] == bytes.count,
                          into: &snapshot, keys: keys)
            }
        }
    }

    /// One round of pieces, as each lane sees it. Each lane writes only to its own decoder and
    /// snapshot; the bytes and the other files' keys are only read.
    private struct Round: @unchecked Sendable {
        let bytes: UnsafeBufferPointer<UInt8>
        let from: Int
        let ends: [Int]
        let base: Int
        let isFinal: Bool
        let file: StoreFileDecoder
        let shadows: [StoreFileDecoder]
        /// The lines read before the round.
        let firstLine: Int
        let snapshot: UnsafeMutablePointer<StoreSnapshot>
        let parts: UnsafeMutableBufferPointer<StoreSnapshot>
        let keys: (String) -> KeyTable?

        func read(piece k: Int) {
            let start = k == 0 ? from : ends[k - 1]
            let piece = UnsafeBufferPointer(rebasing: bytes[start..<ends[k]])
            let final = isFinal && ends[k] == bytes.count
            if k == 0 {
                file.read(piece, base: base + start, isFinal: final, into: &snapshot.pointee, keys: keys)
            } else {
                // What the lane read last round was copied to the snapshot; its copies are let go
                // here, beside the first lane's reading, rather than while the lanes wait.
                parts[k - 1].emptyRecords()
                let before = UnsafeBufferPointer(rebasing: bytes[from..<start])
                shadows[k - 1].start(line: firstLine + PieceReader.lineBreaks(before))
                shadows[k - 1].read(piece, base: base + start, isFinal: final, into: &parts[k - 1], keys: keys)
            }
        }
    }

    /// The end of the last record boundary in `bytes[from...]` at or before `near`, or nil.
    private func cut(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, near: Int) -> Int? {
        var lineEnd = min(near, bytes.count)
        while lineEnd > from, bytes[lineEnd - 1] != 0x0A { lineEnd -= 1 }
        guard lineEnd > from, let cut = RecBoundary.last(in: bytes, from: from, to: lineEnd), cut > from else { return nil }
        return cut
    }

    /// How many line breaks `bytes` holds, sixteen bytes at a time: each lane of a vector of
    /// counters goes up by one where its byte is a line break (the comparison's mask is all ones
    /// there, so it is subtracted), and the lanes are added up every 254 vectors, before one can
    /// overflow. (Eight bytes at a time in a word of counters took 1,7 instructions a byte; this
    /// takes 0,5. Counting the lines of the pieces before its own is the one work a lane repeats.)
    static func lineBreaks(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        let n = bytes.count
        let lineBreak = SIMD16<UInt8>(repeating: 0x0A)
        var count = 0
        var i = 0
        while i + 16 <= n {
            var counters = SIMD16<UInt8>()
            let stop = min(n - 16, i + 16 * 253)
            while i <= stop {
                let v = raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
                counters &-= unsafeBitCast(v .== lineBreak, to: SIMD16<UInt8>.self)
                i += 16
            }
            count += Int(SIMD16<UInt16>(truncatingIfNeeded: counters).wrappedSum())
        }
        while i < n {
            if bytes[i] == 0x0A { count += 1 }
            i += 1
        }
        return count
    }
}

extension StoreSnapshot {
    /// Adds the records of `part` to the end of this snapshot's, set by set. `part` keeps copies of
    /// them, or fillers in their place for the sets that run to a million records (`moveAppend`),
    /// or is left empty where a set had none here, until `emptyRecords`.
    mutating func appendRecords(of part: inout StoreSnapshot) {
        appendOrTake(&part.campaigns, to: &campaigns)
        appendOrTake(&part.targets, to: &targets)
        appendOrTake(&part.indicators, to: &indicators)
        appendOrTake(&part.agenda, to: &agenda)
        appendOrTake(&part.agendaLog, to: &agendaLog)
        appendOrTake(&part.classes, to: &classes)
        appendOrTake(&part.learners, to: &learners)
        moveAppend(&part.enrollments, to: &enrollments, filler: Enrollment(classId: "", learnerId: ""))
        moveAppend(&part.attendance, to: &attendance, filler: Attendance(classId: "", learnerId: "", date: RecordFiller.day))
        appendOrTake(&part.branches, to: &branches)
        appendOrTake(&part.clans, to: &clans)
        moveAppend(&part.awards, to: &awards, filler: RecordFiller.award)
        appendOrTake(&part.donations, to: &donations)
        appendOrTake(&part.titles, to: &titles)
    }

    /// Forgets every record, keeping the room the arrays have.
    mutating func emptyRecords() {
        func empty<T>(_ records: inout [T]) { records.removeAll(keepingCapacity: true) }
        empty(&campaigns); empty(&targets); empty(&indicators); empty(&agenda); empty(&agendaLog)
        empty(&classes); empty(&learners); empty(&enrollments); empty(&attendance); empty(&branches)
        empty(&clans); empty(&awards); empty(&donations); empty(&titles)
    }
}

/// `from`'s records at the end of `to`: moved when `to` has none, else copied (`from` keeps them).
private func appendOrTake<T>(_ from: inout [T], to: inout [T]) {
    guard !from.isEmpty else { return }
    if to.isEmpty {
        swap(&from, &to)
    } else {
        to.append(contentsOf: from)
    }
}

/// `from`'s records at the end of `to`, moved: each is taken out of `from` without a copy, and
/// `from`'s place is given `filler`, a record of empty texts, whose copies and freeing count no
/// references. (Copied, each award's texts were counted up by the thread joining the lanes and
/// down again by the lane's next round: half a million of each at a million awards, on counts
/// that both threads touch.)
private func moveAppend<T>(_ from: inout [T], to: inout [T], filler: T) {
    guard !from.isEmpty else { return }
    if to.isEmpty { return swap(&from, &to) }
    from.withUnsafeMutableBufferPointer { records in
        guard let first = records.baseAddress else { return }
        to.append(contentsOf: MovedOut(position: first, end: first + records.count))
        first.initialize(repeating: filler, count: records.count)
    }
}

/// The records from `position` up to `end`, each moved out as it is handed over (the memory left
/// behind must be given records again before its array is used).
private struct MovedOut<T>: Sequence, IteratorProtocol {
    var position: UnsafeMutablePointer<T>
    let end: UnsafeMutablePointer<T>

    var underestimatedCount: Int { end - position }

    mutating func next() -> T? {
        guard position < end else { return nil }
        defer { position += 1 }
        return position.move()
    }
}

/// Records of empty texts that stand in the places records were moved out of.
private enum RecordFiller {
    static let day = CalendarDate(year: 2000, month: 1, day: 1)!
    static let award = Award(id: "", date: day, recipient: "", kind: .student, category: "", branch: "")
}
