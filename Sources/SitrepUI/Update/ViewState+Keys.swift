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
        case .jumpToNewest: jumpToNewest()
        case .filterSpeakers:
            focus = .quotes
            prompt = Prompt(kind: .filterSpeakers, text: speakerFilter)
        case .expand: setExpanded(true)
        case .collapse: setExpanded(false)
        case .toggleExpand: setExpanded(nil)
        case .open: openSelection()
        case .toggleHelp: helpVisible = true; helpScroll = 0
        case .close:
            if !speakerFilter.isEmpty {
                setSpeakerFilter("")
                statusMessage = "Speaker filter cleared"
            } else if placeFilter != nil {
                setPlaceFilter(nil)
            } else if dateFilter != nil {
                applyDateFilter(nil)
            } else {
                statusMessage = nil
            }
        case .quit, .forceQuit: quitRequested = true
        case .nextSource, .previousSource: break
        }
        if layout.mode == .tabbed { ensureSelectionVisible(in: focus) }
    }

    /// Enter: the reader on the selected event's first source (Timeline), at the selected
    /// quote (Quotes); in Regions, the place filter (Enter on the filtered place clears it).
    mutating func openSelection() {
        let content = contents[focus]
        let selection = self[cursor: focus].selection
        switch content.target(ofItem: selection) {
        case .timelineEntry(let entry)? where model.timeline.indices.contains(entry):
            openReader(on: model.timeline[entry])
        case .document(let index)? where documents.indices.contains(index):
            reader = ReaderState(documentIndex: index, documentID: documents[index].id)
            refreshReader()
        case let .quote(document, quote)? where documents.indices.contains(document):
            openReader(onQuote: quote, in: document)
        case .place(let id)?:
            if placeFilter?.placeID == id {
                setPlaceFilter(nil)
            } else if let node = RegionsPane.node(id, in: model.places) {
                setPlaceFilter(PlaceFilter(node: node))
            }
        default:
            break
        }
    }

    /// Sets or clears the place filter; the Timeline and Quotes selections start again at the top.
    mutating func setPlaceFilter(_ filter: PlaceFilter?) {
        let kept = selectedEntryIndex
        placeFilter = filter
        reselect(entry: kept)
        quotes = PaneCursor()
        ensureSelectionVisible(in: .quotes)
        ensureSelectionVisible(in: .regions)
        if let filter {
            statusMessage = "\(contents.timeline.itemCount) of " + Formatting.count(model.timeline.count, "event")
                + " mention \(filter.name)"
        } else {
            statusMessage = "Place filter cleared"
        }
    }

    /// Opens (true), closes (false) or toggles (nil) the selected place of the Regions pane.
    /// Closing a place that is already closed selects its parent.
    mutating func setExpanded(_ open: Bool?) {
        guard focus == .regions,
              case .place(let id)? = contents.regions.target(ofItem: regions.selection) else { return }
        let isOpen = expandedPlaces.contains(id)
        let want = open ?? !isOpen
        if want {
            expandedPlaces.insert(id)
        } else if isOpen {
            expandedPlaces.remove(id)
        } else if let parent = parentItem(of: regions.selection) {
            regions.selection = parent
        }
        ensureSelectionVisible(in: .regions)
    }

    /// The item of the Regions pane just above `item` and less indented: its parent place.
    private func parentItem(of item: Int) -> Int? {
        let content = contents.regions
        guard let indent = content.firstRow(ofItem: item)?.indent else { return nil }
        return (0..<item).reversed().first { (content.firstRow(ofItem: $0)?.indent ?? 0) < indent }
    }
}
