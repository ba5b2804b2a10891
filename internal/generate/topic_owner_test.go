package generate

import "testing"

// TestTopicOwnerTitle: a report on a game whose theme repeats
// "statement", where the sentence says the statement is Valve's, is
// titled by Valve's statement, not the game's; a noun the subject owns
// keeps the subject's name.
func TestTopicOwnerTitle(t *testing.T) {
	paras := []string{
		"About 20,000 people have been banned from playing the Half Life 2 game.",
		"Game maker Valve shut down the online accounts of the players. Copies of Half Life 2 had been circulating on file sharing networks.",
		"In a statement detailing the banning of the accounts Valve said this system helped identify who had got hold of pirated copies. The statement said the accounts were used to obtain Half Life 2 illegally.",
		"Half Life 2's release was delayed by a year. Fans waited for the Half Life 2 release in shops.",
	}
	x, err := analyse(paras)
	if err != nil {
		t.Fatal(err)
	}
	x.course = "Ban hits Half Life 2 pirates hard"
	groups := [][]int{{1, 2}, {3}, {4}}
	subject := x.headlineSubject(groups)
	if subject == "" {
		t.Fatal("headlineSubject: got none")
	}
	for _, c := range []struct {
		g     []int
		title string
		want  string
	}{
		{[]int{3}, "Pirated Copies", "Valve's Statement"},
		{[]int{4}, "Shops", subject + "'s Release"},
	} {
		if got := x.subjectTopicTitle(c.g, c.title, subject, map[string]bool{}); got != c.want {
			t.Errorf("%v %q: got %q, want %q", c.g, c.title, got, c.want)
		}
	}
}

// TestTopicOwner: the owner a sentence gives a noun, by a possessive or
// as the speaker of a thing said, and none where the subject owns it.
func TestTopicOwner(t *testing.T) {
	for _, c := range []struct {
		text, noun, subject, want string
	}{
		{"In a statement detailing the banning of the accounts Valve said this system helped identify who had got hold of pirated copies.", "statement", "Half", "Valve"},
		{"Retailers welcomed Sony's decision to cut prices.", "decision", "PSP", "Sony"},
		{"Retailers welcomed the PSP's decision to cut prices.", "decision", "PSP", ""},
		{"In a report on the banning of the accounts Valve gave no figures.", "report", "Half", ""},
	} {
		x, err := analyse([]string{c.text})
		if err != nil {
			t.Fatal(err)
		}
		if got := topicOwner(x.paras[0].sents, stem(c.noun), c.subject); got != c.want {
			t.Errorf("%q %s: got %q, want %q", c.text, c.noun, got, c.want)
		}
	}
}
