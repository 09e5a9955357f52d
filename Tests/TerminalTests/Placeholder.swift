import XCTest
final class TerminalTestsPlaceholder: XCTestCase { func testNothing() {} }
