package handlers

// IntervalLabel exposes intervalLabel to the tests.
var IntervalLabel = intervalLabel

// WaitForMemories waits until the memory figures being worked out in the
// background are done.
func (h *Handler) WaitForMemories() { h.memories.wg.Wait() }

// ThemesTitle exposes themesTitle to the tests.
var ThemesTitle = themesTitle
