package generate

import "testing"

// "The two men" of a report on two rivals, each named in four sentences
// and together in one, are named; where the sentence names them itself
// it is left as it was.
func TestLeadingPairNamed(t *testing.T) {
	x := analyseText(t, "Harbour feud\n\n"+
		"Ruth Vane and Tom Rigg have run the Elmford harbour board together since 2001.\n\n"+
		"Ruth Vane wants the ferry route to Norway kept open all year. "+
		"Tom Rigg says the route loses money every winter. "+
		"Vane accused Rigg of hiding the board's accounts in March. "+
		"Rigg denied the claim and said Vane had seen every page.\n\n"+
		"Vane is expected to stand for the chair in May. "+
		"Rigg has said he will not stand against her. "+
		"After a month of angry letters, local councillors made a direct appeal to the two men to settle the dispute. "+
		"Vane and Rigg met in April, and the two women agreed nothing.")
	s := sentenceWith(t, x, "After a month of angry letters")
	e, has, ok := x.groupBackEdit(s)
	if !has || !ok || e.old != "the two men" || e.new != "Ruth Vane and Tom Rigg" && e.new != "Vane and Rigg" {
		t.Errorf("%q: edit %+v (has %v, ok %v), want the two named", s.text, e, has, ok)
	}
	if i, _, _ := x.groupAt(sentenceWith(t, x, "Vane and Rigg met in April")); i >= 0 {
		t.Errorf("a sentence that names the two itself read as leaning on them")
	}
}
