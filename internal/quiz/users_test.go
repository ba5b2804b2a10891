package quiz

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestCleanDisplayName(t *testing.T) {
	for _, c := range []struct {
		typed, want string
		ok          bool
	}{
		{"  Ann   Lee ", "Ann Lee", true},
		{"", "", true},
		{"   ", "", true},
		{"Zoë <b>", "Zoë <b>", true},
		{"a\x00b", "", false},
		{"a\u200bb", "", false},
		{"a\u202eb", "", false},
		{strings.Repeat("é", MaxDisplayName), strings.Repeat("é", MaxDisplayName), true},
		{strings.Repeat("é", MaxDisplayName+1), "", false},
		{"\xff", "", false},
	} {
		got, err := CleanDisplayName(c.typed)
		if (err == nil) != c.ok || got != c.want {
			t.Errorf("CleanDisplayName(%q) = %q, %v; want %q, ok %v", c.typed, got, err, c.want, c.ok)
		}
		if err != nil && KindOf(err) != EInvalid {
			t.Errorf("CleanDisplayName(%q): error of kind %v", c.typed, KindOf(err))
		}
	}
}

// FuzzCleanDisplayName checks that a name accepted is short, valid UTF-8,
// without spaces at its ends, and accepted again unchanged.
func FuzzCleanDisplayName(f *testing.F) {
	for _, s := range []string{"Ann Lee", "  a  b ", "\t\n", "a\u200bb", "=HYPERLINK(1)", "\xffx", strings.Repeat("x", 81)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, typed string) {
		got, err := CleanDisplayName(typed)
		if err != nil {
			return
		}
		if !utf8.ValidString(got) || utf8.RuneCountInString(got) > MaxDisplayName || strings.TrimSpace(got) != got {
			t.Fatalf("CleanDisplayName(%q) = %q", typed, got)
		}
		if again, err := CleanDisplayName(got); err != nil || again != got {
			t.Fatalf("CleanDisplayName(%q) = %q, %v; want it unchanged", got, again, err)
		}
	})
}
