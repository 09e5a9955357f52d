import XCTest
final class VietTextPlaceholderTests: XCTestCase { func testNothing() {} }
