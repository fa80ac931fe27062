import SitrepCore

/// The reader on a timeline entry: open it on the first source, step through the sources
/// (`n`/`p`), and keep the event's sentence in view.
extension ViewState {
    /// Opens the reader on `entry`'s first source whose document is loaded.
    mutating func openReader(on entry: TimelineEntry) {
        guard let index = entry.sources.firstIndex(where: { model.documentIndex(id: $0.documentID) != nil }),
              let document = model.documentIndex(id: entry.sources[index].documentID) else {
            statusMessage = "The article for this event is no longer loaded"
            return
        }
        reader = ReaderState(documentIndex: document, documentID: documents[document].id,
                             entry: entry, sourceIndex: index)
        refreshReader(force: true, keepPosition: false)
        scrollToSource()
    }

    /// Opens the reader on a whole document, at its top.
    mutating func openReader(document index: Int) {
        guard documents.indices.contains(index) else { return }
        reader = ReaderState(documentIndex: index, documentID: documents[index].id)
        refreshReader(force: true, keepPosition: false)
    }

    /// Opens the reader on a quote: the quote highlighted, its attribution more strongly.
    mutating func openReader(onQuote quote: Int, in document: Int) {
        let extraction = model.corpus.extractions[document]
        guard extraction.quotes.indices.contains(quote) else { return }
        let found = extraction.quotes[quote]
        var state = ReaderState(documentIndex: document, documentID: documents[document].id)
        state.quoteSpan = found.span
        state.mentionSpan = found.mentionSpan
        state.speaker = found.speaker
        reader = state
        refreshReader(force: true, keepPosition: false)
        guard var reader, let start = ReaderOverlay.lineIndex(containing: found.span.start, in: reader.lines)
        else { return }
        let visible = ReaderOverlay.textArea(of: self).height
        var top = start - min(3, visible / 4)
        if let mention = found.mentionSpan,
           let line = ReaderOverlay.lineIndex(containing: mention.start, in: reader.lines), line >= top + visible {
            top = line - visible + 1
        }
        reader.scroll = max(0, top)
        self.reader = reader
        scrollReader(by: 0)
    }

    /// `n` / `p`: the entry's next or previous source, scrolled to its sentence.
    mutating func showSource(offset: Int) {
        guard var reader, let entry = reader.entry else { return }
        let target = reader.sourceIndex + offset
        guard entry.sources.indices.contains(target) else {
            if entry.sources.count > 1 {
                statusMessage = offset > 0 ? "That was the last source" : "That was the first source"
            }
            return
        }
        guard let document = model.documentIndex(id: entry.sources[target].documentID) else {
            statusMessage = "Source \(target + 1) is no longer loaded"
            return
        }
        reader.sourceIndex = target
        reader.documentIndex = document
        reader.documentID = documents[document].id
        self.reader = reader
        statusMessage = nil
        refreshReader(force: true, keepPosition: false)
        scrollToSource()
    }

    /// Scrolls so that the event's sentence starts a few lines below the top (its date words
    /// in view even when the sentence is longer than the box).
    mutating func scrollToSource() {
        guard var reader, let source = reader.source,
              let start = ReaderOverlay.lineIndex(containing: source.span.start, in: reader.lines) else { return }
        let visible = ReaderOverlay.textArea(of: self).height
        var top = start - min(3, visible / 4)
        if let timex = ReaderOverlay.lineIndex(containing: source.timexSpan.start, in: reader.lines),
           timex >= top + visible {
            top = timex - visible + 1
        }
        reader.scroll = max(0, top)
        self.reader = reader
        scrollReader(by: 0)
    }

    /// Re-wraps the open article when the text width has changed (or it was never wrapped).
    /// With `keepPosition`, the text at the top of the box stays at the top.
    mutating func refreshReader(force: Bool = false, keepPosition: Bool = true) {
        guard var reader, let document = readerDocument else { return }
        let width = ReaderOverlay.textArea(of: self).width
        guard force || reader.wrapWidth != width else { return }
        // The anchor: the first text line at or below the top, and how far below the top it is.
        let anchor = keepPosition ? reader.lines.indices.dropFirst(max(0, reader.scroll)).lazy
            .compactMap { index in reader.lines[index].scalars.map { (offset: $0.lowerBound, below: index - reader.scroll) } }
            .first : nil
        reader.lines = ReaderOverlay.lines(for: document, width: width)
        reader.wrapWidth = width
        if let anchor, let line = ReaderOverlay.lineIndex(containing: anchor.offset, in: reader.lines) {
            reader.scroll = max(0, line - anchor.below)
        }
        self.reader = reader
    }
}
