package handlers

// IntervalLabel exposes intervalLabel to the tests.
var IntervalLabel = intervalLabel
