extension ViewState {
    var layout: Layout { Layout(columns: columns, rows: rows, focus: focus) }

    /// A key goes to whatever is on top: an open date prompt (which takes every key but
    /// Ctrl-C), then help, then the reader, then the focused pane.
    mutating func handle(key: Key) {
        let action = Keymap.action(for: key)
        if action == .forceQuit {
            quitRequested = true
        } else if prompt != nil {
            handleInPrompt(key)
        } else if let action {
            if helpVisible {
                handleInHelp(action)
            } else if reader != nil {
                handleInReader(action)
            } else {
                handleInPanes(action)
            }
        }
    }

    private mutating func handleInHelp(_ action: Action) {
        let extent = HelpOverlay.extent(columns: columns, rows: rows)
        let page = max(1, extent.visible - 1)
        switch action {
        case .toggleHelp, .close, .quit: helpVisible = false
        case .moveDown: helpScroll += 1
        case .moveUp: helpScroll -= 1
        case .pageDown: helpScroll += page
        case .pageUp: helpScroll -= page
        case .top: helpScroll = 0
        case .bottom: helpScroll = Int.max / 2
        default: break
        }
        clampHelpScroll()
    }

    private mutating func handleInReader(_ action: Action) {
        let page = max(1, ReaderOverlay.extent(of: self).visible - 1)
        switch action {
        case .close, .quit: reader = nil
        case .toggleHelp: helpVisible = true; helpScroll = 0
        case .moveDown: scrollReader(by: 1)
        case .moveUp: scrollReader(by: -1)
        case .pageDown: scrollReader(by: page)
        case .pageUp: scrollReader(by: -page)
        case .top: scrollReader(by: -Int.max / 2)
        case .bottom: scrollReader(by: Int.max / 2)
        case .nextSource: showSource(offset: 1)
        case .previousSource: showSource(offset: -1)
        default: break
        }
    }

    private mutating func handleInPanes(_ action: Action) {
        switch action {
        case .focusNext: focus = focus.next
        case .focusPrevious: focus = focus.previous
        case .focusTimeline: focus = .timeline
        case .focusRegions: focus = .regions
        case .focusQuotes: focus = .quotes
        case .moveDown: moveSelection(in: focus, by: 1)
        case .moveUp: moveSelection(in: focus, by: -1)
        case .pageDown: page(focus, forward: true)
        case .pageUp: page(focus, forward: false)
        case .top: moveSelection(in: focus, by: -Int.max / 2)
        case .bottom: moveSelection(in: focus, by: Int.max / 2)
        case .toggleOrder:
            focus = .timeline
            toggleTimelineOrder()
        case .jumpToDate:
            focus = .timeline
            prompt = Prompt(kind: .jumpToDate)
        case .filterDates:
            focus = .timeline
            prompt = Prompt(kind: .filterDates, text: dateFilter?.promptText ?? "")
        case .open: openSelection()
        case .toggleHelp: helpVisible = true; helpScroll = 0
        case .close:
            if dateFilter != nil { applyDateFilter(nil) } else { statusMessage = nil }
        case .quit, .forceQuit: quitRequested = true
        case .nextSource, .previousSource: break
        }
        if layout.mode == .tabbed { ensureSelectionVisible(in: focus) }
    }

    /// Enter: the reader on the selected event's first source (Timeline), or on the selected
    /// document (Quotes).
    mutating func openSelection() {
        let content = contents[focus]
        let selection = self[cursor: focus].selection
        if let entry = content.entry(ofItem: selection), model.timeline.indices.contains(entry) {
            openReader(on: model.timeline[entry])
        } else if let index = content.document(ofItem: selection), documents.indices.contains(index) {
            reader = ReaderState(documentIndex: index, documentID: documents[index].id)
            refreshReader()
        } else if focus == .regions && content.itemCount > 0 {
            statusMessage = "Regions lists sources for now; place filters come with the places model"
        }
    }
}
