#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import Foundation

/// What the process has used so far, as the kernel counts it.
public enum ResourceUsage {
    /// The peak resident set size of this program so far, in bytes; zero when the system cannot say.
    ///
    /// `getrusage`'s `ru_maxrss` survives `exec`, so under `swift run` (which execs the binary)
    /// it would report SwiftPM's own peak. On Linux the address space's high-water mark
    /// (`VmHWM` in /proc/self/status) starts afresh at `exec` and is preferred; elsewhere, and
    /// when /proc is missing, `ru_maxrss` is used (kilobytes on Linux, bytes on macOS).
    public static func peakResidentBytes() -> Int {
        #if os(Linux)
        if let highWaterMark = procHighWaterMark() { return highWaterMark }
        #endif
        return maxResidentSetSize()
    }

    static func maxResidentSetSize() -> Int {
        var usage = rusage()
        #if canImport(Glibc)
        let who = __rusage_who_t(RUSAGE_SELF.rawValue)
        #else
        let who = RUSAGE_SELF
        #endif
        guard getrusage(who, &usage) == 0 else { return 0 }
        #if canImport(Darwin)
        return Int(usage.ru_maxrss)
        #else
        return Int(usage.ru_maxrss) * 1024
        #endif
    }

    /// `VmHWM:   123456 kB` from /proc/self/status, in bytes.
    static func procHighWaterMark() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = line.dropFirst("VmHWM:".count)
                  .split(whereSeparator: { $0 == " " || $0 == "\t" }).first.flatMap({ Int($0) })
        else { return nil }
        return kilobytes * 1024
    }
}
