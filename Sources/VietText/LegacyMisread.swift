/// Getting the bytes back from legacy text that a program already read as Windows-1252.

extension LegacyEncoding {
    /// Old spreadsheets and documents typed in TCVN3 or VNI fonts often reach us as text
    /// that was read as Windows-1252: "Nguyễn Thị Hường" in TCVN3 shows as "NguyÔn ThÞ H­êng".
    /// This gives back the bytes behind such text (characters of Windows-1252, or Latin-1 and
    /// the C1 controls for its undefined places), ready for `detect` and `decode`; nil when the
    /// text has a character Windows-1252 cannot have produced.
    public static func bytesReadAsWindows1252(_ text: String) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 {
                out.append(UInt8(scalar.value))
            } else if let byte = windows1252Byte(scalar) {
                out.append(byte)
            } else {
                return nil
            }
        }
        return out
    }
}
