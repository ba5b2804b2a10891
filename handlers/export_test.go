package handlers

// IntervalLabel exposes intervalLabel to the tests.
var IntervalLabel = intervalLabel

// VisitorAddresses is how many client addresses the limit on new visitors
// remembers.
func (h *Handler) VisitorAddresses() int { return h.visitors.size() }
