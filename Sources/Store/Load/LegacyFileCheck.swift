/// A store file saved in an old Vietnamese encoding is named once, with the way to convert it, not line by line.

import Recfile
import VietText

/// Folds the "not valid UTF-8" problems of a store file written in TCVN3, VNI or Windows-1258
/// (old Vietnamese software, spreadsheet exports) into one error about the whole file, which
/// names the encoding and the command that converts it. A UTF-8 file with a few bad bytes, or a
/// file the detector is unsure about, keeps its problems line by line.
enum LegacyFileCheck {
    /// `problems` with each legacy file's UTF-8 problems replaced by one. A file's bytes are
    /// `given` its name, else read from `directory`; only files with UTF-8 problems are looked at.
    static func fold(_ problems: [StoreProblem], directory: String,
                     given: (String) -> [UInt8]? = { _ in nil }) -> [StoreProblem] {
        var lines: [String: Set<Int>] = [:]
        for p in problems where p.kind == .invalidUTF8 && p.line > 0 { lines[p.file, default: []].insert(p.line) }
        guard !lines.isEmpty else { return problems }
        var legacy: [String: LegacyEncoding] = [:]
        for file in lines.keys {
            let contents = given(file) ?? (directory.isEmpty ? nil : try? FileAccess.readAll(directory + "/" + file))
            if let contents, let encoding = likelyEncoding(contents) { legacy[file] = encoding }
        }
        guard !legacy.isEmpty else { return problems }
        var out: [StoreProblem] = []
        for (file, encoding) in legacy.sorted(by: { $0.key < $1.key }) {
            out.append(problem(file: file, encoding: encoding, lines: lines[file]?.count ?? 0))
        }
        out += problems.filter { !($0.kind == .invalidUTF8 && legacy[$0.file] != nil) }
        return StoreProblem.sorted(out)
    }

    /// The legacy encoding the bytes are in, when the detector is sure of it: it reads them best
    /// in that encoding, well enough and clearly better than in the next one. Nil for UTF-8 and
    /// for bytes it cannot place.
    package static func likelyEncoding(_ bytes: [UInt8]) -> LegacyEncoding? {
        let guesses = LegacyEncoding.detect(bytes)
        guard let best = guesses.first, best.encoding != .utf8, best.confidence >= minimumConfidence else { return nil }
        let runnerUp = guesses.dropFirst().first?.confidence ?? 0
        return best.confidence - runnerUp >= minimumLead ? best.encoding : nil
    }

    /// How well the best reading must score, and by how much it must beat the next.
    static let minimumConfidence = 0.6
    static let minimumLead = 0.05

    /// The one problem of a file in `encoding`, with `lines` lines that could not be read.
    static func problem(file: String, encoding: LegacyEncoding, lines: Int) -> StoreProblem {
        let count = lines == 1 ? "1 line" : "\(lines) lines"
        var p = StoreProblem(
            file: file, line: 0, severity: .error,
            message: "saved in \(encoding.displayName), not UTF-8: \(count) cannot be read and their records "
                + "are left out; run `hoctap convert \(file)` to rewrite it as UTF-8",
            kind: .invalidUTF8)
        p.anchor = .none
        return p
    }
}
