/// Helpers shared by the store tests: parse text, build bytes, make temporary folders and empty stores.

import Foundation
import XCTest
@testable import Store
@testable import Recfile

/// Parses UTF-8 text as a recfile named `t.rec`.
func parse(_ text: String, file: String = "t.rec") -> RecFile {
    RecParser.parse(Array(text.utf8), file: file)
}

/// Parses raw bytes as a recfile named `t.rec`.
func parse(bytes: [UInt8], file: String = "t.rec") -> RecFile {
    RecParser.parse(bytes, file: file)
}

extension RecFile {
    var errors: [StoreProblem] { problems.filter { $0.severity == .error } }
    var warnings: [StoreProblem] { problems.filter { $0.severity == .warning } }
}
