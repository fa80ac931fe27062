import Foundation

extension ResourceUsage {
    /// Starts the peak resident memory afresh (Linux: `5` to /proc/self/clear_refs), so that
    /// each part of a benchmark reports its own peak. False where the system cannot.
    @discardableResult
    public static func resetPeak() -> Bool {
        #if os(Linux)
        guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
        defer { try? handle.close() }
        return (try? handle.write(contentsOf: Data("5".utf8))) != nil
        #else
        return false
        #endif
    }

    /// Gives the memory an earlier part of a benchmark freed back to the system (glibc keeps
    /// freed memory for the process otherwise), so that the next part's peak is its own, as
    /// in a process of its own. Does nothing where the system cannot.
    public static func returnFreedMemory() {
        #if os(Linux)
        _ = glibcMallocTrim(0)
        #endif
    }

    /// The memory resident now, in bytes (`VmRSS`); zero when the system cannot say.
    public static func residentBytes() -> Int {
        #if os(Linux)
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
              let kilobytes = line.dropFirst("VmRSS:".count)
                  .split(whereSeparator: { $0 == " " || $0 == "\t" }).first.flatMap({ Int($0) })
        else { return 0 }
        return kilobytes * 1024
        #else
        return 0
        #endif
    }
}

#if os(Linux)
/// glibc's `malloc_trim`, which the Glibc module does not declare.
@_silgen_name("malloc_trim")
private func glibcMallocTrim(_ pad: Int) -> Int32
#endif
