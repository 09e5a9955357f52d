/// The byte decoder's typed readers: text, numbers, dates, choices and references, each reporting a bad value on its field.

import VietText
import Recfile

extension RawRecordDecoder {
    /// The trimmed, non-empty bytes of field `j` and its line.
    func bytes(_ j: Int) -> (bytes: UnsafeBufferPointer<UInt8>, line: Int)? {
        guard j >= 0, slots[j] >= 0 else { return nil }
        let field = record.fields[slots[j]]
        let trimmed = Self.trimmed(field.value)
        return trimmed.isEmpty ? nil : (trimmed, field.line)
    }

    /// The trimmed, non-empty text of field `j` and its line.
    func value(_ j: Int) -> (text: String, line: Int)? {
        guard let v = bytes(j) else { return nil }
        return (VietText.nfc(utf8: v.bytes), v.line)
    }

    /// The trimmed text of a field, or nil when it is absent or empty (or holds a control
    /// character, which is an error on the field).
    mutating func text(_ j: Int) -> String? {
        if j == keySlot, let keyText { return keyText }
        return checkedText(j).map { VietText.nfc(utf8: $0) }
    }

    /// The same, sharing one String per distinct value through `interner`. A value seen before
    /// was checked then; a value with a control character is never kept, so each use is reported.
    mutating func text(_ j: Int, _ interner: inout Interner) -> String? {
        guard let v = bytes(j) else { return nil }
        if let known = interner.known(v.bytes) { return known.value }
        return checkedText(j).map { interner($0) }
    }

    /// The same, with the value's number in `interner` (`Interner.entry`): -1 when it is not kept,
    /// `InternedText.none` when the field is absent, empty or not valid text.
    mutating func interned(_ j: Int, _ interner: inout Interner) -> InternedText {
        guard let v = bytes(j) else { return InternedText(value: nil, entry: InternedText.none) }
        if let known = interner.known(v.bytes) { return InternedText(value: known.value, entry: known.entry) }
        guard let checked = checkedText(j) else { return InternedText(value: nil, entry: InternedText.none) }
        let made = interner.entry(checked)
        return InternedText(value: made.value, entry: made.entry)
    }

    /// The trimmed bytes of field `j` unless they hold a control character: then the field is
    /// an error whose caret points at the character, and the record is not read.
    private mutating func checkedText(_ j: Int) -> UnsafeBufferPointer<UInt8>? {
        guard let v = bytes(j) else { return nil }
        guard let control = ControlCharacters.first(in: v.bytes) else { return v.bytes }
        let name = String(format: "U+%04X", control.scalar)
        // A value joined from several lines lives in the reader's scratch space, not in the file's
        // buffer: then the caret goes under the value rather than under the character.
        var anchor = CaretAnchor.value
        if let value = v.bytes.baseAddress, let buffer = record.bytes.baseAddress,
           value >= buffer, value < buffer + record.bytes.count {
            anchor = .byte(record.base + (value - buffer) + control.index)
        }
        fail(j, .badValue, v.line, anchor,
             "holds a control character (\(name), shown as \u{FFFD}): a value is text a person typed; "
                + "remove the character, it may have come from a damaged or hostile file",
             expected: "text without control characters", found: shownWithReplacements(v.bytes))
        return nil
    }

    /// Every non-empty value of a repeatable field, in file order.
    func texts(_ j: Int) -> [String] {
        guard j >= 0 else { return [] }
        let name = packedNames[j]
        return record.fields.filter { PackedName($0.name) == name }.map { Self.trimmed($0.value) }
            .filter { !$0.isEmpty }.map { VietText.nfc(utf8: $0) }
    }

    /// A whole number within the field's bound. A field written with an empty value is an error, as
    /// `recfix` has it ("invalid integer"), not an absent field.
    mutating func int(_ j: Int) -> Int? {
        guard let v = bytes(j) else { return emptyNumber(j) }
        guard let n = ValueText.int(v.bytes) else { return bad(j, v) }
        if j >= 0, let range = numberRanges[j], !range.contains(n) { return outOfBounds(j, v) }
        return n
    }

    mutating func date(_ j: Int) -> CalendarDate? {
        guard let v = bytes(j) else { return nil }
        guard let d = Self.isoDate(v.bytes) else { return bad(j, v) }
        if j >= 0, let range = dayRanges[j], !range.contains(d) { return outOfBounds(j, v) }
        return d
    }

    /// Every value of a repeatable date field, in file order; a bad one is an error on its line.
    mutating func dates(_ j: Int) -> [(date: CalendarDate, line: Int)] {
        guard j >= 0, slots[j] >= 0 else { return [] }
        let name = packedNames[j]
        var found: [(date: CalendarDate, line: Int)] = []
        for field in record.fields where PackedName(field.name) == name {
            let value = Self.trimmed(field.value)
            if value.isEmpty { continue }
            if let d = Self.isoDate(value) {
                found.append((d, field.line))
            } else {
                let _: CalendarDate? = bad(j, (value, field.line))
            }
        }
        return found
    }

    /// A school year written `2022-2023`; anything else is an error on the field.
    mutating func schoolYear(_ j: Int) -> SchoolYear? {
        guard let v = value(j) else { return nil }
        if let year = SchoolYear(text: v.text) { return year }
        let expected = schema.fields[j].expectation
        fail(j, .badValue, v.line, .value, Self.sentence(expected, v.text), expected: expected, found: v.text)
        return nil
    }

    mutating func time(_ j: Int) -> ClockTime? {
        typed(j) { ClockTime(text: $0) }
    }

    mutating func dateTime(_ j: Int) -> DateAndTime? {
        typed(j) { DateAndTime(text: $0) }
    }

    mutating func choice<E>(_ j: Int, _ table: ChoiceTable<E>) -> E? {
        guard let v = bytes(j) else { return nil }
        if let e = table.match(v.bytes) { return e }
        if !Self.isASCII(v.bytes) {
            var text = VietText.nfc(utf8: v.bytes)
            if let e = text.withUTF8({ table.match($0) }) { return e }
        }
        return bad(j, v)
    }

    /// The key of a record of another set; `targets` are that set's keys (nil: its file is missing, so unchecked).
    mutating func reference(_ j: Int, in targets: KeyTable?) -> String? {
        guard let v = bytes(j) else { return nil }
        guard let targets else {
            noteUnchecked(j, v.line)
            return VietText.nfc(utf8: v.bytes)
        }
        if Self.isASCII(v.bytes) {
            if let i = targets.find(v.bytes) { return targets.key(at: i) }
            let text = String(decoding: v.bytes, as: UTF8.self)
            dangling(j, text, v.line)
            return text
        }
        let text = VietText.nfc(utf8: v.bytes)
        if let i = targets.find(text) { return targets.key(at: i) }
        dangling(j, text, v.line)
        return text
    }

    /// A reference to a set whose key is a whole number (AgendaLog.Seq → Agenda.Seq).
    mutating func intReference(_ j: Int, in targets: KeyTable?) -> Int? {
        guard let n = int(j), let v = bytes(j) else { return nil }
        if targets == nil { noteUnchecked(j, v.line) }
        if let targets, targets.find(String(n)) == nil { dangling(j, String(n), v.line, found: VietText.nfc(utf8: v.bytes)) }
        return n
    }


    private mutating func typed<T>(_ j: Int, _ parse: (String) -> T?) -> T? {
        guard let v = value(j) else { return nil }
        if let parsed = parse(v.text) { return parsed }
        let expected = schema.fields[j].expectation
        fail(j, .badValue, v.line, .value, RawRecordDecoder.sentence(expected, v.text), expected: expected, found: v.text)
        return nil
    }

    /// Reports a value its field's type does not allow; always nil.
    private mutating func bad<T>(_ j: Int, _ v: (bytes: UnsafeBufferPointer<UInt8>, line: Int)) -> T? {
        let text = VietText.nfc(utf8: v.bytes)
        let expected = schema.fields[j].expectation
        fail(j, .badValue, v.line, .value, RawRecordDecoder.sentence(expected, text), expected: expected, found: text)
        return nil
    }

    /// Reports a value its type allows and its field's bound does not; always nil.
    private mutating func outOfBounds<T>(_ j: Int, _ v: (bytes: UnsafeBufferPointer<UInt8>, line: Int)) -> T? {
        let text = VietText.nfc(utf8: v.bytes)
        let expected = schema.fields[j].bound?.expectation(today: today) ?? schema.fields[j].expectation
        fail(j, .badValue, v.line, .value, RawRecordDecoder.sentence(expected, text), expected: expected, found: text)
        return nil
    }

    /// Reports an optional number field that is there with nothing in it (a mandatory one was
    /// reported by `begin`); always nil.
    private mutating func emptyNumber<T>(_ j: Int) -> T? {
        guard j >= 0, slots[j] >= 0, !schema.fields[j].isMandatory else { return nil }
        let expected = schema.fields[j].expectation
        fail(j, .badValue, record.fields[slots[j]].line, .value, RawRecordDecoder.sentence(expected, ""),
             expected: expected, found: "")
        return nil
    }

}

/// The value as text with its control characters shown as U+FFFD, for a problem's `found`.
private func shownWithReplacements(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    String(String.UnicodeScalarView(String(decoding: bytes, as: UTF8.self).unicodeScalars.map {
        ($0.value < 0x20 && $0 != "\t") || (0x7F...0x9F).contains($0.value) ? "\u{FFFD}" : $0
    }))
}
