package generate

import (
	"strings"
	"testing"
)

// contextReading is sentence text of x rewritten to read alone, and
// false when it is held back.
func contextReading(t *testing.T, x *article, text string) (string, bool) {
	t.Helper()
	for _, s := range x.sents {
		if s.text != text {
			continue
		}
		edits, ok := x.contextEdits(s)
		if !ok {
			return "", false
		}
		r, _ := applyEdits(s.text, edits)
		return r, true
	}
	t.Fatalf("sentence not found: %q", text)
	return "", false
}

func TestThingNamedBefore(t *testing.T) {
	x, err := analyse([]string{
		"One of the key issues for keen gadget users is how to store all their digital images, audio and video files. " +
			"The 2.5GB and 5GB circular pocket hard drive from Seagate might help. " +
			"The external USB drive won a CES best innovations design and engineering award and is small enough to slip into a pocket.",
		"Hotseat is targeting keen gamers with money to spend with its Solo Chassis gaming chair. " +
			"The specially designed chair lets gamers play in surround sound while stretching out in their own \"space\". " +
			"It is compatible with all the major games consoles, DVD players and PCs. " +
			"The chair also lets people experience surround sound while watching videos, with wireless control for six surround sound speakers.",
	})
	if err != nil {
		t.Fatal(err)
	}
	for text, want := range map[string]string{
		"The external USB drive won a CES best innovations design and engineering award and is small enough to slip into a pocket.": "Seagate's 2.5GB and 5GB circular pocket hard drive won a CES best innovations design and engineering award and is small enough to slip into a pocket.",
		"The specially designed chair lets gamers play in surround sound while stretching out in their own \"space\".":              "Hotseat's Solo Chassis gaming chair lets gamers play in surround sound while stretching out in their own \"space\".",
	} {
		got, ok := contextReading(t, x, text)
		if !ok || got != want {
			t.Errorf("%q:\n got %q (%v)\nwant %q", text, got, ok, want)
		}
	}
	// A sentence between that names no chair: the chair is still the one
	// named before.
	got, ok := contextReading(t, x, "The chair also lets people experience surround sound while watching videos, with wireless control for six surround sound speakers.")
	if !ok || !strings.HasPrefix(got, "Hotseat's Solo Chassis gaming chair ") {
		t.Errorf("the chair: got %q (%v)", got, ok)
	}
}

func TestThingHeldBack(t *testing.T) {
	x, err := analyse([]string{
		"But in September, IBM said that another Blue Gene/L machine clocked up 36.01 teraflops, marginally surpassing the Earth Simulator's performance. " +
			"Another giant to enter the fray is Silicon Graphics' Columbia supercomputer based at Nasa's Ames Research Center in California. " +
			"It would be used to model flight missions, climate research, and aerospace engineering. " +
			"The Linux based machine was reported to have reached a top speed of 42.7 teraflops in October.",
		"Eton Corporation's Porsche designed P7131 digital radio set will be launched both as a DAB radio in the UK as well as a satellite radio set in the US. " +
			"DAB sets have been slow to take off in the UK, but this one concentrates on sleek looks as much as technology.",
		"MPIO's tiny digital USB music players come in an array of fashionable colours. " +
			"Although the pendant design was launched three months ago, the device emphasises large storage as well as good looks for fashion conscious gadget fiends.",
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		// A nearer named supercomputer: which machine is not plain.
		"The Linux based machine was reported to have reached a top speed of 42.7 teraflops in October.",
		// "this one": one of the sets named before.
		"DAB sets have been slow to take off in the UK, but this one concentrates on sleek looks as much as technology.",
		// No device named before.
		"Although the pendant design was launched three months ago, the device emphasises large storage as well as good looks for fashion conscious gadget fiends.",
	} {
		if got, ok := contextReading(t, x, text); ok {
			t.Errorf("%q: not held back, reads %q", text, got)
		}
	}
}

func TestThingHoweverDropped(t *testing.T) {
	x, err := analyse([]string{
		"Due next week, the Top 500 list officially charts the fastest computers in the world. " +
			"Until the official list is published, however, Blue Gene/L's position will not be confirmed.",
	})
	if err != nil {
		t.Fatal(err)
	}
	want := "Until the Top 500 list is published, Blue Gene/L's position will not be confirmed."
	if got, ok := contextReading(t, x, "Until the official list is published, however, Blue Gene/L's position will not be confirmed."); !ok || got != want {
		t.Errorf("got %q (%v), want %q", got, ok, want)
	}
}

func TestThingApposedName(t *testing.T) {
	x, err := analyse([]string{
		"Compared with the current fastest supercomputers, Blue Gene is designed to consume one 15th the power and be 10 times more compact. " +
			"Since the first supercomputer, the Cray 1, was installed at Los Alamos National Laboratory in 1976, computational speed has leaped 500,000 times.",
	})
	if err != nil {
		t.Fatal(err)
	}
	text := "Since the first supercomputer, the Cray 1, was installed at Los Alamos National Laboratory in 1976, computational speed has leaped 500,000 times."
	if got, ok := contextReading(t, x, text); !ok || got != text {
		t.Errorf("got %q (%v), want it as it is", got, ok)
	}
}
