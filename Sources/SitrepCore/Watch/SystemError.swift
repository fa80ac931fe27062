#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A failed system call's `errno`, described in the C library's words.
struct SystemError: Error, Equatable, CustomStringConvertible {
    var code: Int32
    var description: String { FileLoader.errnoText(code) }
}
