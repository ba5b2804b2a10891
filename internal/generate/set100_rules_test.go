package generate

import "testing"

// A phrase written in that opens on its owner's name takes no "the"
// ("towards the Western Australia's coast": set 100, both judges,
// GRAMMAR).
func TestReplaceWholeDropsArticleBeforeOwner(t *testing.T) {
	for _, c := range []struct{ text, old, new, want string }{
		{"The cull could bring more predators towards the coast.", "the coast", "the Western Australia’s coast", "The cull could bring more predators towards Western Australia’s coast."},
		{"The cull could bring more predators towards the coast.", "coast", "Western Australia's coast", "The cull could bring more predators towards Western Australia's coast."},
		{"The service has grown fast.", "The service", "The Apple’s music service", "Apple’s music service has grown fast."},
		{"The museum reopened in May.", "The museum", "The Varden Museum", "The Varden Museum reopened in May."},
		{"The report said the board agreed.", "The report", "The Harbour Trust's report", "The Harbour Trust's report said the board agreed."},
	} {
		got, ok := replaceWhole(c.text, c.old, c.new)
		if !ok || got != c.want {
			t.Errorf("replaceWhole(%q, %q, %q) = %q, want %q", c.text, c.old, c.new, got, c.want)
		}
	}
}
