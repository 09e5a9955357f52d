/// Reading keys: `wget_wch` with a timeout, mapped to `Key`, combining marks merged.

import CNcurses
import Canvas

extension TerminalScreen {
    /// The next key, waiting at most `timeoutMilliseconds` (a negative value waits until a
    /// key or a signal comes). Nil on timeout, when a signal interrupted the wait, and for
    /// keys the program does not use; `.resize` when the terminal changed size.
    public func readKey(timeoutMilliseconds: Int) -> Key? {
        guard isRunning, !interrupted else { return nil }
        let win = hoctap_stdscr()
        wtimeout(win, Int32(clamping: max(-1, timeoutMilliseconds)))
        var value: wint_t = 0
        let result = wget_wch(win, &value)
        let raw = UInt32(truncatingIfNeeded: value)
        switch result {
        case KEY_CODE_YES:
            return KeyMapping.key(code: Int32(bitPattern: raw))
        case OK:
            guard let key = KeyMapping.key(character: raw) else { return nil }
            if key == .escape { return escapeSequence() }
            guard case .character(let first) = key else { return key }
            return .character(cluster(startingWith: first))
        default:
            return nil
        }
    }

    /// An Esc curses handed over alone: with nothing after it, the Esc key; with the rest of a
    /// sequence curses did not know already waiting, that sequence's key (`EscapeSequence`), or
    /// nothing. A key code that arrives instead is put back for the next read.
    private func escapeSequence() -> Key? {
        let win = hoctap_stdscr()
        var sequence = EscapeSequence()
        wtimeout(win, 0)
        for _ in 0..<24 {
            var value: wint_t = 0
            let result = wget_wch(win, &value)
            let raw = UInt32(truncatingIfNeeded: value)
            if result == KEY_CODE_YES { ungetch(Int32(bitPattern: raw)) }
            guard result == OK, let scalar = Unicode.Scalar(raw) else { break }
            // Esc pressed twice in a row (back, then back again) is two Esc keys.
            if raw == 27, sequence.isAtStart {
                unget_wch(wchar_t(bitPattern: raw))
                return .escape
            }
            if case .done(let key) = sequence.feed(Character(scalar)) { return key }
        }
        return sequence.unfinished
    }

    /// `first` with the scalars already waiting that extend its grapheme cluster, as an
    /// input method sends a base letter and its combining marks one by one. Whatever does
    /// not belong is pushed back for the next read.
    private func cluster(startingWith first: Character) -> Character {
        let win = hoctap_stdscr()
        var text = String(first)
        wtimeout(win, 0)
        for _ in 0..<16 {
            var value: wint_t = 0
            let result = wget_wch(win, &value)
            let raw = UInt32(truncatingIfNeeded: value)
            if result == OK, let scalar = Unicode.Scalar(raw), KeyMapping.extends(text, with: scalar) {
                text.unicodeScalars.append(scalar)
                continue
            }
            if result == OK {
                unget_wch(wchar_t(bitPattern: raw))
            } else if result == KEY_CODE_YES {
                ungetch(Int32(bitPattern: raw))
            }
            break
        }
        return Character(text)
    }
}
