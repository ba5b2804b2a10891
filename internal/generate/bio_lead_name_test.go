package generate

import "testing"

// A biography whose subject's name the tagger reads as something else
// (a given name that is also a town, a surname with a lowercase
// particle): the lead's shape, a name, a bracket with a year, "was",
// still names the subject, so the biography's rules apply (a child's
// marriage is a relative's life, not the subject's).
func TestBioLeadNameMisreadByTagger(t *testing.T) {
	x := analyseText(t, "Reading fitzAlan (sometimes Redyng fitzAlan; died 1150) was an Anglo-Norman baron and sheriff under King Henry I. Reading held lands in Shropshire and served the king as a royal justice.\n\n"+
		"In 1130 Reading was sheriff of two counties on the Welsh border. Reading built a castle at Clun and founded a priory beside it.\n\n"+
		"After the king's death Reading supported King Stephen. His heirs were his daughters, Maud and Joan. Maud married the son of one of Reading's allies, Hugh Marsh. Reading was buried at Gloucester Abbey.")
	first := x.subjectLead()
	if first == nil {
		t.Fatal("no lead sentence")
	}
	tagged := false
	for _, sp := range first.spans {
		if sp.start == 0 && sp.kind == kPerson && sp.text != "Reading fitzAlan" {
			tagged = true
		}
	}
	if tagged {
		t.Skip("the tagger reads the name as a person's now; the lead rule is not what this text tests")
	}
	full, short := x.biographySubject()
	if full != "reading fitzalan" || short != "Reading" {
		t.Fatalf("biography subject %q, %q; want \"reading fitzalan\", \"Reading\"", full, short)
	}
	s := sentenceWith(t, x, "Maud married")
	if !x.incidentalSentence(s) {
		t.Errorf("a daughter's marriage is not incidental in the biography: %q", s.text)
	}
	for _, lead := range []string{
		"Reading is a town in Berkshire (population 174,000) was once a market.",
		"The Battle of Hastings (1066) was fought in Sussex.",
	} {
		y := analyseText(t, lead+" It grew quickly.\n\nIt grew again later.")
		if f, _ := y.biographySubject(); f != "" {
			t.Errorf("%q: read as a biography of %q", lead, f)
		}
	}
}

// A parent's surname with a lowercase particle ("fitzWalter") still
// ends the parent's name before the description a blank must not ask.
func TestParentApposBlankParticleSurname(t *testing.T) {
	x := analyseText(t, "Walter was a son, probably the second, of Hugh fitzWalter, a landholder listed in Domesday Book. Walter served the king.\n\nWalter died in 1140.")
	s := sentenceWith(t, x, "Domesday Book")
	for _, sp := range s.spans {
		if sp.text == "Domesday Book" {
			if !parentApposBlank(s, sp) {
				t.Errorf("a blank over %q in the description of the parent %q is asked", sp.text, "Hugh fitzWalter")
			}
			return
		}
	}
	t.Fatalf("no span Domesday Book in %q", s.text)
}
