package formats

// Exported for the tests in formats_test.
var (
	ClozeOrdinals = clozeOrdinals
	RevealCloze   = revealCloze
)
