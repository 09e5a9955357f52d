// Reads text in any normalisation form as units: letters with their tone and case, digits, spaces, symbols.

import Foundation

/// One visible element of text, as the comparison keys see it.
struct TextUnit: Sendable {
    enum Kind: UInt8, Sendable {
        case space, symbol, digit, letter, other
    }

    var kind: Kind
    /// The raw value of the letter, the digit, or the scalar value of a symbol or other character
    /// (for other letters, its lowercase form).
    var value: UInt32
    var tone: Tone = .none
    var upper = false
    /// Marks Vietnamese spelling does not use (ñ, ü, a second tone), so keys can tell them apart.
    var foreignMarks: UInt8 = 0

    var letter: Letter? { kind == .letter ? Letter(rawValue: UInt8(value)) : nil }
}

enum TextUnits {
    /// The units of a string: combining marks join the letter before them, runs of whitespace become
    /// one space, whitespace at either end is dropped.
    static func units(of string: String) -> [TextUnit] {
        var units: [TextUnit] = []
        units.reserveCapacity(string.utf8.count)
        var pendingSpace = false
        func add(_ unit: TextUnit) {
            if pendingSpace, !units.isEmpty { units.append(TextUnit(kind: .space, value: 0x20)) }
            pendingSpace = false
            units.append(unit)
        }
        for scalar in string.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(value)
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                    pendingSpace = true
                } else if let letter = Letter.ascii(byte) {
                    add(TextUnit(kind: .letter, value: UInt32(letter.rawValue), upper: byte < 0x61))
                } else if byte >= 0x30, byte <= 0x39 {
                    add(TextUnit(kind: .digit, value: value - 0x30))
                } else {
                    add(TextUnit(kind: .symbol, value: value))
                }
            } else if let info = LetterTable.info(value) {
                add(TextUnit(kind: .letter, value: UInt32(info.letter.rawValue), tone: info.tone,
                             upper: info.upper, foreignMarks: info.foreignMark ? 1 : 0))
            } else if let mark = CombiningMark(scalar: value) {
                if !pendingSpace, !units.isEmpty { attach(mark, to: &units[units.count - 1]) }
            } else {
                let properties = scalar.properties
                if properties.isWhitespace {
                    pendingSpace = true
                } else if properties.canonicalCombiningClass != .notReordered || isMark(properties.generalCategory) {
                    if !pendingSpace, !units.isEmpty { units[units.count - 1].foreignMarks &+= 1 }
                } else {
                    add(otherUnit(scalar, properties))
                }
            }
        }
        return units
    }

    /// A Vietnamese mark after a letter: a modifier makes another letter (a → â), a tone sets the tone.
    private static func attach(_ mark: CombiningMark, to unit: inout TextUnit) {
        guard let letter = unit.letter, unit.foreignMarks == 0 else {
            unit.foreignMarks &+= 1
            return
        }
        if let modifier = mark.modifier {
            let (base, current) = letter.parts
            if current == .none, let changed = base.adding(modifier) {
                unit.value = UInt32(changed.rawValue)
            } else {
                unit.foreignMarks &+= 1
            }
        } else if unit.tone == .none, let tone = mark.tone {
            unit.tone = tone
        } else {
            unit.foreignMarks &+= 1
        }
    }

    /// A letter, number or symbol outside the Latin table, lowercased; accented letters of other
    /// alphabets (Greek, Cyrillic) give their base letter and count their marks.
    private static func otherUnit(_ scalar: Unicode.Scalar, _ properties: Unicode.Scalar.Properties) -> TextUnit {
        var base = scalar
        var marks: UInt8 = 0
        if scalar.value >= 0x370, scalar.value < 0x2000 {
            let parts = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
            if parts.count > 1, let first = parts.first {
                base = first
                marks = UInt8(min(parts.count - 1, 200))
            }
        }
        guard properties.isAlphabetic || properties.numericType != nil else {
            return TextUnit(kind: .symbol, value: scalar.value)
        }
        let lower = base.properties.lowercaseMapping.unicodeScalars.first ?? base
        return TextUnit(kind: .other, value: lower.value, upper: lower != base, foreignMarks: marks)
    }

    private static func isMark(_ category: Unicode.GeneralCategory) -> Bool {
        category == .nonspacingMark || category == .spacingMark || category == .enclosingMark
    }
}
