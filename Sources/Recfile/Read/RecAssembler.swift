/// Builds fields, records and descriptors from the pieces the scanner finds, and collects problems.

import VietText

/// Receives field starts and value segments (byte ranges of the buffer being read) and hands each
/// finished record on as byte ranges. Only descriptors become Strings here. Its state lasts from one
/// buffer to the next, so a file can be read in pieces cut between records.
package struct RecAssembler {
    /// One piece of a multi-line value: where it starts in the value and in the file.
    @usableFromInline struct Segment {
        package var valueOffset: Int
        package var fileOffset: Int
        package var line: Int
    }

    /// The field being read: its first segment stays a range of the buffer until a continuation comes.
    @usableFromInline struct Pending {
        package var isOpen = false
        package var nameStart = 0
        package var nameEnd = 0
        package var line = 0
        package var lineStart = 0
        package var start = 0
        package var end = 0
        package var hasFirst = false
        package var isJoined = false
        /// Where the joined value starts in the scratch space.
        package var joinedStart = 0
        package var segments: [Segment] = []
    }

    /// What `rollback` restores.
    package struct Mark {
        fileprivate var problems: Int
        fileprivate var descriptors: Int
        fileprivate var currentSet: String?
        fileprivate var declaredAt: [String: Int]
        fileprivate var descriptorLines: [Int: LineCopy]
    }

    package let file: String
    @usableFromInline package internal(set) var descriptors: [RecDescriptor] = []
    /// The first line of each descriptor, kept for problems reported about it after its bytes are gone.
    @usableFromInline package internal(set) var descriptorLines: [Int: LineCopy] = [:]
    /// In the order found (`RecFile` sorts them by line).
    @usableFromInline package internal(set) var problems: [StoreProblem] = []
    @usableFromInline package internal(set) var currentSet: String?
    @usableFromInline var declaredAt: [String: Int] = [:]
    @usableFromInline var bytes = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    @usableFromInline var base = 0
    /// The buffer holds bytes that are not UTF-8, so each value is checked on its own.
    @usableFromInline var checkEachValue = true
    @usableFromInline var fields: [RawField] = []
    /// Fields whose value is in the scratch space: field index, offset, length.
    @usableFromInline var joins: [(field: Int, offset: Int, count: Int)] = []
    @usableFromInline var pending = Pending()
    @usableFromInline let scratch = ByteScratch()
    /// An error was reported while the current record was being read.
    @usableFromInline var recordHasError = false

    package init(file: String) {
        self.file = file
    }

    /// What a record depends on besides its own lines: the set it follows and the sets declared so far.
    package struct Context: Equatable {
        package var currentSet: String?
        package var declaredAt: [String: Int]
    }

    package var context: Context { Context(currentSet: currentSet, declaredAt: declaredAt) }

    /// A reader of a later piece of the same file, starting in `context` with nothing read.
    package init(file: String, context: Context) {
        self.file = file
        currentSet = context.currentSet
        declaredAt = context.declaredAt
    }

    /// Takes over what a reader of the piece that follows found (it started in this one's context).
    package mutating func absorb(_ later: RecAssembler) {
        problems += later.problems
        descriptors += later.descriptors
        descriptorLines.merge(later.descriptorLines) { _, new in new }
        currentSet = later.currentSet
        declaredAt = later.declaredAt
    }

    /// The next buffer: the file from offset `base` on. A buffer that is well-formed UTF-8 as a whole
    /// needs no check per value: every value is cut from it next to ASCII bytes.
    package mutating func setBuffer(_ bytes: UnsafeBufferPointer<UInt8>, base: Int) {
        self.bytes = bytes
        self.base = base
        checkEachValue = UTF8Check.firstInvalid(in: bytes) != nil
    }

    package mutating func beginField(nameStart: Int, nameEnd: Int, line: Int, lineStart: Int) {
        finishField()
        pending.isOpen = true
        pending.nameStart = nameStart
        pending.nameEnd = nameEnd
        pending.line = line
        pending.lineStart = lineStart
        pending.hasFirst = false
        pending.isJoined = false
    }

    /// Adds bytes `start..<end` of the buffer to the open field, after `joiner` if given.
    package mutating func appendSegment(start: Int, end: Int, line: Int, joiner: UInt8?) {
        guard pending.isOpen else { return }
        if !pending.hasFirst {
            pending.start = start
            pending.end = end
            pending.hasFirst = true
            return
        }
        if !pending.isJoined {
            pending.isJoined = true
            pending.joinedStart = scratch.count
            scratch.append(UnsafeBufferPointer(rebasing: bytes[pending.start..<pending.end]))
            pending.segments.removeAll(keepingCapacity: true)
            pending.segments.append(Segment(valueOffset: 0, fileOffset: base + pending.start, line: pending.line))
        }
        if let joiner { scratch.append(joiner) }
        pending.segments.append(Segment(valueOffset: scratch.count - pending.joinedStart, fileOffset: base + start, line: line))
        scratch.append(UnsafeBufferPointer(rebasing: bytes[start..<end]))
    }

    /// Closes the open field, if any, and adds it to the current record.
    package mutating func finishField() {
        guard pending.isOpen else { return }
        pending.isOpen = false
        let name = UnsafeBufferPointer(rebasing: bytes[pending.nameStart..<pending.nameEnd])
        var value: UnsafeBufferPointer<UInt8>
        if pending.isJoined {
            let length = scratch.count - pending.joinedStart
            value = scratch.buffer(pending.joinedStart, length)
            joins.append((fields.count, pending.joinedStart, length))
        } else {
            value = UnsafeBufferPointer(rebasing: bytes[pending.start..<pending.end])
        }
        if checkEachValue, !UTF8Check.isValid(value) { reportInvalid(value, name: name) }
        if !pending.isJoined { value = UnsafeBufferPointer(rebasing: bytes[pending.start..<pending.end]) }
        fields.append(RawField(name: name, value: value, line: pending.line, lineStart: pending.lineStart))
    }

    /// One problem per line that holds ill-formed UTF-8, naming the first bad byte's file offset.
    @usableFromInline mutating func reportInvalid(_ raw: UnsafeBufferPointer<UInt8>, name: UnsafeBufferPointer<UInt8>) {
        let segments = pending.isJoined
            ? pending.segments : [Segment(valueOffset: 0, fileOffset: base + pending.start, line: pending.line)]
        let fieldName = String(decoding: name, as: UTF8.self)
        var reportedLines = Set<Int>()
        var next = UTF8Check.firstInvalid(in: raw)
        while let bad = next {
            let seg = segments.last { $0.valueOffset <= bad.index } ?? segments[0]
            if reportedLines.insert(seg.line).inserted {
                let offset = seg.fileOffset + (bad.index - seg.valueOffset)
                report(line: seg.line, severity: .error, field: fieldName,
                       message: RecMessages.invalidUTF8(byte: raw[bad.index], offset: offset),
                       kind: .invalidUTF8, anchor: .byte(offset))
            }
            next = UTF8Check.firstInvalid(in: raw, from: bad.index + bad.length)
        }
    }

    /// Ends the current record (at a blank line or the end of the file) and hands it to `sink`.
    @inlinable
    package mutating func endRecord<S: RawRecordSink>(_ sink: inout S) {
        // Between records, as on each line of a run of blank lines: nothing to close, hand over or
        // clear (emptying the empty lists and the scratch space, a class's, whose every access is
        // checked for exclusivity, cost 150 instructions a line; a file whose records but a few are
        // left blank, as `hoctap add award` checks it, is a million such lines). Joined bytes are
        // in the scratch space only while a field is open or listed in `joins`.
        if !pending.isOpen, fields.isEmpty, joins.isEmpty, !recordHasError { return }
        finishField()
        defer {
            fields.removeAll(keepingCapacity: true)
            joins.removeAll(keepingCapacity: true)
            scratch.reset()
            recordHasError = false
        }
        guard let first = fields.first else { return }
        // The scratch space may have moved while the record grew: point the joined values at it now.
        for join in joins { fields[join.field].value = scratch.buffer(join.offset, join.count) }
        if let rec = fields.firstIndex(where: { Self.isRecName($0.name) }) {
            let strings = fields.map(Self.recField)
            declare(strings[rec], fields: strings, descriptorLine: first.line, lineStart: first.lineStart)
        } else {
            for f in fields where f.name.first == UInt8(ascii: "%") {
                report(line: f.line, severity: .warning, field: String(decoding: f.name, as: UTF8.self),
                       message: RecMessages.specialOutsideDescriptor, anchor: .fieldName)
            }
            let record = RawRecord(set: currentSet, line: first.line, hasSyntaxErrors: recordHasError, bytes: bytes, base: base)
            fields.withUnsafeBufferPointer { fields in
                var borrowed = record
                borrowed.fields = fields
                sink.take(borrowed)
            }
        }
    }

    @usableFromInline static func isRecName(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        name.count == 4 && name[0] == UInt8(ascii: "%") && name[1] == UInt8(ascii: "r")
            && name[2] == UInt8(ascii: "e") && name[3] == UInt8(ascii: "c")
    }

    /// A field as Strings; every value enters the program in NFC.
    package static func recField(_ f: RawField) -> RecField {
        RecField(name: String(decoding: f.name, as: UTF8.self), value: VietText.nfc(utf8: f.value), line: f.line)
    }

    @usableFromInline mutating func declare(_ rec: RecField, fields: [RecField], descriptorLine: Int, lineStart: Int) {
        let name = rec.value.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init) ?? ""
        guard !name.isEmpty else {
            report(line: rec.line, severity: .error, field: "%rec", message: RecMessages.emptySetName, anchor: .fieldName)
            currentSet = nil
            return
        }
        if let earlier = declaredAt[name] {
            report(line: rec.line, severity: .error, field: "%rec", message: RecMessages.duplicateSet(name, earlier),
                   anchor: .value)
        } else {
            declaredAt[name] = rec.line
        }
        descriptors.append(RecDescriptor(name: name, line: descriptorLine, fields: fields))
        let line = RawRecord(set: nil, line: descriptorLine, bytes: bytes, base: base).lineBytes(from: lineStart)
        descriptorLines[descriptorLine] = LineCopy(bytes: Array(line), start: base + lineStart)
        currentSet = name
    }

    package mutating func report(line: Int, severity: Severity, field: String? = nil, message: String,
                         kind: ProblemKind = .syntax, anchor: CaretAnchor = .lineStart) {
        var problem = StoreProblem(file: file, line: line, severity: severity, field: field, message: message, kind: kind)
        problem.anchor = anchor
        problems.append(problem)
        if severity == .error, pending.isOpen || !fields.isEmpty { recordHasError = true }
    }

    /// A line that is neither a field, a continuation, a comment nor blank.
    package mutating func reportMalformed(line: Int, start: Int, end: Int) {
        let raw = UnsafeBufferPointer(rebasing: bytes[start..<end])
        report(line: line, severity: .error, message: RecMessages.malformed(raw))
        if let bad = UTF8Check.firstInvalid(in: raw) {
            let offset = base + start + bad.index
            report(line: line, severity: .error, message: RecMessages.invalidUTF8(byte: raw[bad.index], offset: offset),
                   kind: .invalidUTF8, anchor: .byte(offset))
        }
    }

    /// The state between two records, to come back to.
    package func mark() -> Mark {
        Mark(problems: problems.count, descriptors: descriptors.count, currentSet: currentSet, declaredAt: declaredAt,
             descriptorLines: descriptorLines)
    }

    /// Forgets everything read since `mark`.
    package mutating func rollback(to mark: Mark) {
        problems.removeSubrange(mark.problems...)
        descriptors.removeSubrange(mark.descriptors...)
        currentSet = mark.currentSet
        declaredAt = mark.declaredAt
        descriptorLines = mark.descriptorLines
    }
}

/// A copy of one line of a file and its offset, for an excerpt made after the file's bytes are gone.
package struct LineCopy {
    package var bytes: [UInt8]
    package var start: Int

    package init(bytes: [UInt8], start: Int) {
        self.bytes = bytes
        self.start = start
    }

    package func excerpt(_ anchor: CaretAnchor) -> ProblemExcerpt? {
        bytes.withUnsafeBufferPointer { ExcerptBuilder.excerpt($0, lineStart: start, anchor: anchor) }
    }
}

extension RecAssembler {
    /// Gives the problems from `start` on the excerpts of their lines.
    package mutating func attachExcerpts(since start: Int, _ lines: LineFinder) {
        if start < problems.count { lines.attach(&problems, from: start) }
    }
}

extension RecAssembler {
    /// Moves what was read after an insertion (its descriptors, their lines, its problems) to where
    /// the insertion put them; the assembler must be between records.
    package mutating func shift(_ s: LineShift) {
        for i in descriptors.indices { descriptors[i].line = s.line(descriptors[i].line) }
        descriptorLines = Self.shifted(descriptorLines, s)
        declaredAt = declaredAt.mapValues { s.line($0) }
        problems = problems.map { $0.shifted(s) }
    }

    fileprivate static func shifted(_ lines: [Int: LineCopy], _ s: LineShift) -> [Int: LineCopy] {
        Dictionary(uniqueKeysWithValues: lines.map { (s.line($0.key), $0.value.shifted(s)) })
    }
}

extension RecAssembler.Mark {
    /// The mark where its lines after an insertion are.
    package func shifted(_ s: LineShift) -> RecAssembler.Mark {
        var m = self
        m.declaredAt = declaredAt.mapValues { s.line($0) }
        m.descriptorLines = RecAssembler.shifted(descriptorLines, s)
        return m
    }
}
