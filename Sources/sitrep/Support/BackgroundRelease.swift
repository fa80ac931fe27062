import Dispatch

/// Frees a value on a background queue instead of the caller's thread.
///
/// A view state replaced by a corpus update is the only owner of much that the new one no
/// longer shares (the old corpus's extraction array, its people, speakers and documents):
/// freeing it took 50 ms of the UI thread at 100,000 articles. The dashboard hands the old
/// state here instead, so the frame after an update is drawn without waiting for it.
enum BackgroundRelease {
    private static let queue = DispatchQueue(label: "sitrep.release", qos: .utility)

    /// The only owner of a value, so that the queue's release is the last.
    private final class Holder<Value>: @unchecked Sendable {
        var value: Value?
        init(_ value: consuming Value) { self.value = consume value }
    }

    /// Takes `value` (pass it with `consume`) and releases it on the background queue.
    static func drop<Value>(_ value: consuming Value) {
        let holder = Holder(consume value)
        queue.async { holder.value = nil }
    }
}
