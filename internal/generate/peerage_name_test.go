package generate

import "testing"

// TestPeerageName: a biography whose first sentence gives the subject a
// title of rank ("Mara Lind, Lady Hallam") reads "She" in the next
// sentence as the subject, and the award it won gives its card; a second
// person named in the first sentence without such a title still keeps
// the pronoun unresolved.
func TestPeerageName(t *testing.T) {
	titled := []string{
		"Mara Lind, Lady Hallam (3 March 1921 – 9 May 1990) was an English actress. She won the Best Actress Award of the Guild for her portrayal of Nora in A Doll's House (1951), a role she also played on tour.",
		"Lind was born in Leeds. Lind made her first stage appearance at the age of six.",
		"Lind married the director Paul Hallam in 1950. Lind retired from the stage in 1975.",
	}
	x, err := analyse(titled)
	if err != nil {
		t.Fatal(err)
	}
	if _, short := x.biographySubject(); short != "Lind" {
		t.Fatalf("subject = %q, want Lind", short)
	}
	var title *span
	for _, sp := range x.sents[0].spans {
		if sp.kind == kPerson && sp.text == "Hallam" {
			title = sp
		}
	}
	if title == nil || !x.peerageName(x.sents[0], title) {
		t.Fatalf("Lady Hallam not read as the subject's title (span %v)", title)
	}
	it := x.awardCard(sentenceWith(t, x, "She won the Best Actress"))
	if it == nil || it.c.Front != "Which award did Lind win for her portrayal of Nora in A Doll's House (1951)?" || it.c.Back != "The Best Actress Award of the Guild" {
		t.Errorf("award card = %v", it)
	}

	other := append([]string{"Mara Lind (3 March 1921 – 9 May 1990), with Paul Hallam, was an English actress. She won the Best Actress Award of the Guild for her portrayal of Nora in A Doll's House (1951)."}, titled[1:]...)
	y, err := analyse(other)
	if err != nil {
		t.Fatal(err)
	}
	for _, sp := range y.sents[0].spans {
		if sp.kind == kPerson && sp.text != "Mara Lind" && y.peerageName(y.sents[0], sp) {
			t.Errorf("%q read as the subject's title", sp.text)
		}
	}
	if it := y.awardCard(sentenceWith(t, y, "She won the Best Actress")); it != nil {
		t.Errorf("pronoun after a second person resolved: %q", it.c.Front)
	}
}
