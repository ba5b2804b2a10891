package handlers

import (
	"strings"
	"testing"
)

// A long front is shortened, on one line, where the message quotes it.
func TestShortFront(t *testing.T) {
	for in, want := range map[string]string{
		"Which river flows through Vienna?":                "Which river flows through Vienna?",
		"Which  river\nflows":                              "Which river flows",
		"One two three four five six seven eight nine ten": "One two three four five six seven eight …",
		strings.Repeat("a", 100):                           strings.Repeat("a", 80) + " …",
	} {
		if got := shortFront(in); got != want {
			t.Errorf("shortFront(%q) = %q, want %q", in, got, want)
		}
	}
}
