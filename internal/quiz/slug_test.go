package quiz

import (
	"strings"
	"testing"
)

func TestSlugify(t *testing.T) {
	for _, tc := range []struct {
		in   string
		max  int
		want string
	}{
		{"Unit 1: Energy", 0, "unit-1-energy"},
		{"Default for Unité 2", 0, "default-for-unite-2"},
		{"Grant's tomb", 0, "grants-tomb"},
		{"Grant’s tomb", 0, "grants-tomb"},
		{"  --  ", 0, ""},
		{"日本", 0, ""},
		{"Ærø and Œuvre", 0, "aero-and-oeuvre"},
		{"Straße in Łódź", 0, "strasse-in-lodz"},
		{"ÉCOLE Française", 0, "ecole-francaise"},
		{"Crème brûlée, naïve café", 0, "creme-brulee-naive-cafe"},
		{"ﬁnal ①", 0, "final-1"}, // compatibility forms fold too
		{strings.Repeat("ab ", 40), 0, strings.TrimSuffix(strings.Repeat("ab-", 21), "-")},
		{"China and Russia: a strategic partnership", 40, "china-and-russia-a-strategic-partnership"}, // 40 exactly
		{"China and Russia: the strategic partnership", 40, "china-and-russia-the-strategic"},         // cut at a hyphen
		{"Abcdefghijklmnopqrstuvwxyz abcdefghijklmnopqrstuvwxyz", 40, "abcdefghijklmnopqrstuvwxyz"},
		{"Ab abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz", 40, "ab-abcdefghijklmnopqrstuvwxyzabcdefghijk"}, // no hyphen in the second half
		{strings.Repeat("x", 100), 200, strings.Repeat("x", MaxSlug)},
	} {
		got := Slugify(tc.in, tc.max)
		if got != tc.want {
			t.Errorf("Slugify(%q, %d) = %q, want %q", tc.in, tc.max, got, tc.want)
		}
		if got != "" && !ValidSlug(got) {
			t.Errorf("Slugify(%q, %d) = %q, which is not a valid slug", tc.in, tc.max, got)
		}
	}
}

func TestFoldAccents(t *testing.T) {
	for in, want := range map[string]string{
		"Ngô Đình Diệm":     "Ngo Dinh Diem",
		"Lübeck, Straße":    "Lubeck, Strasse",
		"Łódź and Ærø":      "Lodz and Aero",
		"plain text, 1856.": "plain text, 1856.",
		"Ελλάδα":            "Ελλαδα",
	} {
		if got := FoldAccents(in); got != want {
			t.Errorf("FoldAccents(%q) = %q, want %q", in, got, want)
		}
	}
}
