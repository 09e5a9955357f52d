/// What a file decoder does to the record decoders of all its sets at once: marks, rollbacks, problems, pieces.

import Recfile

extension StoreFileDecoder {
    /// How many problems each decoder has so far.
    func decoderProblemCounts() -> [Int] {
        var counts: [Int] = []
        forEachDecoder { counts.append($0.problems.count) }
        return counts
    }

    /// Gives each decoder's problems from its count in `before` on their excerpts.
    func attachDecoderExcerpts(since before: [Int], _ lines: LineFinder) {
        var i = 0
        forEachDecoder { decoder in
            decoder.attachExcerpts(since: before[i], lines)
            i += 1
        }
    }

    func decoderMarks() -> [RawRecordDecoder.Mark] {
        var marks: [RawRecordDecoder.Mark] = []
        forEachDecoder { marks.append($0.mark()) }
        return marks
    }

    func rollbackDecoders(_ marks: [RawRecordDecoder.Mark]) {
        var i = 0
        forEachDecoder { decoder in
            decoder.rollback(to: marks[i])
            i += 1
        }
    }

    /// Empties the decoders of the file's sets, keeping their interners.
    func restartDecoders() {
        forEachDecoder { $0.restart() }
    }

    /// Joins each decoder of `shadow`, a decoder of the same kind, to this one's; false as soon as
    /// one cannot be joined.
    func absorbDecoders(_ shadow: StoreFileDecoder) -> Bool {
        guard type(of: shadow) == type(of: self) else { return false }
        var later: [RawRecordDecoder] = []
        shadow.forEachDecoder { later.append($0) }
        var i = 0, joined = true
        forEachDecoder { decoder in
            if joined { joined = decoder.absorb(later[i]) }
            i += 1
        }
        return joined
    }
}
