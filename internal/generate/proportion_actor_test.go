package generate

import "testing"

func TestShareEdit(t *testing.T) {
	x := analyseText(t, "The study questioned 900 farmers in the valley during the dry spring of 2004.\n\n"+
		"The study found that farmers were mostly hopeful about the new seed. "+
		"More than 60% sold part of their crop abroad, while two thirds kept cattle. "+
		"Two thirds of the farmers kept cattle as well as crops.\n\n"+
		"Half stayed on their land after the drought ended in the autumn.")
	s := sentenceWith(t, x, "More than 60%")
	e, has, ok := x.shareEdit(s)
	if !has || !ok || e != (edit{"sold", "of the farmers sold"}) {
		t.Errorf("shareEdit(%q) = %v, %v, %v; want the share said to be of the farmers", s.text, e, has, ok)
	}
	if edits, ok := x.contextEdits(s); !ok || len(edits) == 0 {
		t.Errorf("the share's sentence has no context edit: %v %v", edits, ok)
	}
	// A share that says whom it is of needs nothing.
	if _, has, _ := x.shareEdit(sentenceWith(t, x, "Two thirds of the farmers")); has {
		t.Errorf("a share of the farmers is taken for a bare share")
	}
	// A bare share with nobody named before it in its paragraph cannot
	// be asked alone.
	s = sentenceWith(t, x, "Half stayed")
	if _, has, ok := x.shareEdit(s); !has || ok {
		t.Errorf("shareEdit(%q): has %v ok %v; want a bare share with no one to name", s.text, has, ok)
	}
	if _, ok := x.contextEdits(s); ok {
		t.Errorf("%q reads alone", s.text)
	}
}

func TestTheyEdit(t *testing.T) {
	x := analyseText(t, "Worms and fungi live in every heap of garden waste.\n\n"+
		"The microorganisms eat the organic waste, breaking it down into its simplest parts. "+
		"The humus they produce is rich in fibre and in nitrogen. "+
		"Gardeners turn the heap, and they water it every week. "+
		"In dry weather they need more water than the gardeners expect.\n\n"+
		"The humus they leave behind feeds the soil for a whole year.")
	s := sentenceWith(t, x, "The humus they produce")
	e, has, ok := x.theyEdit(s)
	if !has || !ok || e != (edit{"they produce", "the microorganisms produce"}) {
		t.Errorf("theyEdit(%q) = %v, %v, %v; want they named the microorganisms", s.text, e, has, ok)
	}
	// "they" after the plural it stands for reads alone.
	if _, has, _ := x.theyEdit(sentenceWith(t, x, "Gardeners turn")); has {
		t.Errorf("a they after its plural needs the sentence before")
	}
	// With nothing before it in its paragraph, "they" cannot be named.
	s = sentenceWith(t, x, "they leave behind")
	if _, has, ok := x.theyEdit(s); !has || ok {
		t.Errorf("theyEdit(%q): has %v ok %v; want a they with no one to name", s.text, has, ok)
	}
	if _, ok := x.contextEdits(s); ok {
		t.Errorf("%q reads alone", s.text)
	}
}

// The development how-to's humus sentence names the microorganisms of the
// sentence before, the judge's own edit.
func TestTheyEditRealHowto(t *testing.T) {
	x := devArt(t, "howto.txt")
	s := sentenceWith(t, x, "The humus (finished compost) they produce")
	if e, has, ok := x.theyEdit(s); !has || !ok || e.new != "the microorganisms produce" {
		t.Errorf("theyEdit(%q) = %v, %v, %v; want the microorganisms named", s.text, e, has, ok)
	}
}
