/// Reads a theme file: one `role = value` per line, comments and blank lines anywhere.

import Canvas

/// The theme file reader.
///
/// Format, one role per line:
///
///     # Ordinary text.
///     text = #1e1e1e on #f7f7f2 bold
///
/// A line whose first non-blank character is `#` is a comment; so is the rest of a line
/// from a `#` standing alone as a word (`text = white # body text`). A role that is not set
/// takes the built-in default's style. Every problem in the file is reported, each with its
/// line, and every good line is applied even when other lines are wrong.
public enum ThemeParser {
    /// The theme `text` describes, named `name`, and the problems found; `file` is the path
    /// used in problem messages and in the theme's source.
    public static func parse(text: String, name: String, file: String) -> (Theme, [ThemeProblem]) {
        var styles: [Role: Style] = [:]
        var firstLine: [Role: Int] = [:]
        var problems: [ThemeProblem] = []
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        for (index, raw) in lines.enumerated() {
            let number = index + 1
            func report(_ message: String) {
                problems.append(ThemeProblem(file: file, line: number, message: message))
            }
            let content = withoutComment(String(raw))
            if content.allSatisfy(\.isWhitespace) { continue }
            guard let equals = content.firstIndex(of: "=") else {
                report("missing \"=\" in \"\(trim(content))\"; write \"role = colour [on colour] [bold] …\", such as \"text = white\"")
                continue
            }
            let key = trim(content[..<equals])
            let words = content[content.index(after: equals)...].split(whereSeparator: \.isWhitespace).map(String.init)
            let role = Role(rawValue: key.lowercased())
            if key.isEmpty {
                report("missing role name before \"=\"; roles are \(roleList)")
            } else if role == nil {
                let hint = Suggestion.hint(for: key, among: Role.allCases.map(\.rawValue))
                report("unknown role \"\(key)\"\(hint); roles are \(roleList)")
            } else if let role, let first = firstLine[role] {
                report("role \"\(role.rawValue)\" is already set on line \(first); keep one of the two lines")
            }
            let value = ThemeValue.parse(words)
            if case .failure(let bad) = value { bad.messages.forEach(report) }
            guard let role, firstLine[role] == nil else { continue }
            firstLine[role] = number
            if case .success(let style) = value { styles[role] = style }
        }
        let theme = Theme(name: name, source: .file(file), styles: styles)
        return (theme, problems)
    }

    /// Every role name, in order, for messages.
    static let roleList = Role.allCases.map(\.rawValue).joined(separator: ", ")

    /// The line without its comment: everything from a `#` that starts the line (after
    /// blanks) or stands alone as a word. A `#` that begins a word such as `#ffd700` is a colour.
    static func withoutComment(_ line: String) -> String {
        var previous: Character = " "
        var index = line.startIndex
        while index < line.endIndex {
            let next = line.index(after: index)
            if line[index] == "#", previous.isWhitespace, next == line.endIndex || line[next].isWhitespace
                || line[..<index].allSatisfy(\.isWhitespace) {
                return String(line[..<index])
            }
            previous = line[index]
            index = next
        }
        return line
    }

    /// `text` without blanks at either end.
    private static func trim(_ text: some StringProtocol) -> String {
        String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
