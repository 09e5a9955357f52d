/// A person's name cut to what a projected screen may show: the given name and initials.

extension VietText {
    /// "Nguyễn Thị Thu Hiền" → "Hiền N.T.T.", "Nguyễn Hiền" → "Hiền N.", "Hiền" → "Hiền".
    /// Vietnamese names end with the given name, which people are called by; the family and
    /// middle names become their first letters (Đ stays Đ), so a hall can tell two Hiền apart
    /// without the full name being projected.
    public static func shortName(_ fullName: String) -> String {
        let words = fullName.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard let given = words.last else { return "" }
        let initials = words.dropLast().compactMap { $0.first.map { String($0).uppercased() + "." } }
        return initials.isEmpty ? String(given) : String(given) + " " + initials.joined()
    }
}
