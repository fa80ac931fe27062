/// The Unicode properties the text scanners ask of scalars outside ASCII, each behind a call
/// that is never inlined: reading `Unicode.Scalar.Properties` inline makes a hot loop set up
/// type metadata and stack space on every entry, for the rare scalar that needs it.
enum ScalarProperties {
    @inline(never) static func isWhitespace(_ s: Unicode.Scalar) -> Bool { s.properties.isWhitespace }

    @inline(never) static func isAlphabetic(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic }

    @inline(never) static func isUppercase(_ s: Unicode.Scalar) -> Bool { s.properties.isUppercase }

    /// A combining mark: non-spacing, spacing or enclosing.
    @inline(never) static func isMark(_ s: Unicode.Scalar) -> Bool {
        let category = s.properties.generalCategory
        return category == .nonspacingMark || category == .spacingMark || category == .enclosingMark
    }
}
