package generate

import "testing"

// TestPossessiveTitle: a theme following part of its subject's life, or
// an event someone made, is titled with the possessive the text uses.
func TestPossessiveTitle(t *testing.T) {
	life := []string{
		"Maria Holm was born in a fishing village on the west coast in 1921. Holm's early life was spent on her father's boat.",
		"Holm trained as a nurse in the capital. She worked in field hospitals during the war, where Holm met her husband.",
		"After the war Holm founded a school for nurses. The school trained two thousand nurses before 1970.",
		"Holm's death in 1988 was mourned across the country. Her school still carries her name.",
	}
	war := []string{
		"Ruritania's invasion of Borduria began in March. Ruritania sent two armies across the river.",
		"The invasion stalled within a month. Ruritania lost half its tanks in the marshes.",
		"Borduria asked its neighbours for help. Ruritania answered with threats.",
	}
	cases := []struct {
		name   string
		paras  []string
		course string
		group  []int
		used   map[string]bool
		want   string
	}{
		{"an early stage in the first theme", life, "Maria Holm", []int{1, 2}, nil, "Holm's Early Life"},
		{"an early stage in a later theme", life, "Maria Holm", []int{2, 3}, nil, ""},
		{"a death that ends the life", life, "Maria Holm", []int{3, 4}, nil, "Holm's Death"},
		{"a death before the end", append([]string{life[3], "The news of her death reached the school at noon."}, life[1:3]...), "Maria Holm", []int{1, 2}, nil, ""},
		{"not the course's subject, not in the theme", life, "Nursing in the North", []int{1, 2, 3}, nil, ""},
		{"an event that runs through the theme", war, "", []int{1, 2, 3}, nil, "Ruritania's Invasion of Borduria"},
		{"an event one paragraph mentions", war, "", []int{1, 3}, nil, ""},
		{"an event another theme is titled by", war, "", []int{1, 2, 3}, map[string]bool{"the invasion": true}, ""},
	}
	for _, c := range cases {
		a, err := analyse(c.paras)
		if err != nil {
			t.Fatal(err)
		}
		a.course = c.course
		if got := a.possessiveTitle(c.group, c.used); got != c.want {
			t.Errorf("%s: possessiveTitle = %q, want %q", c.name, got, c.want)
		}
	}
}

// A possessive of half a name joined of two ("Lind and Berg's career")
// does not title the theme by the half ("Berg's Career"); the same
// possessive of one name does.
func TestPossessiveTitleHalfName(t *testing.T) {
	half := analyseText(t, "Lind and Berg's career began in 1930, when the studio hired them. Berg drew the films.\n\n"+
		"Berg left the studio in 1950, and his career as a cartoonist ended there.")
	if got := half.possessiveTitle([]int{1, 2}, map[string]bool{}); got == "Berg's Career" {
		t.Errorf("possessive of half a name titles the theme: %q", got)
	}
	whole := analyseText(t, "Berg's career began in 1930, when the studio hired him. Berg drew the films.\n\n"+
		"Berg left the studio in 1950, and his career as a cartoonist ended there.")
	if got := whole.possessiveTitle([]int{1, 2}, map[string]bool{}); got != "Berg's Career" {
		t.Errorf("possessive of a whole name: got %q, want %q", got, "Berg's Career")
	}
}
