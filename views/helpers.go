package views

import "strconv"

func itoa(n int) string { return strconv.Itoa(n) }

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

func joinList(items []string) string {
	out := ""
	for i, s := range items {
		if i > 0 {
			out += "; "
		}
		out += s
	}
	return out
}

func boolAttr(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

func hourLabel(h int) string {
	switch {
	case h == 0:
		return "midnight"
	case h == 12:
		return "noon"
	case h < 12:
		return itoa(h) + " am"
	}
	return itoa(h-12) + " pm"
}

func i64(n int64) string { return strconv.FormatInt(n, 10) }

// signedOutWhere says what deleting a learner's sessions does.
func signedOutWhere(account bool) string {
	if account {
		return "this browser and every other one are signed out"
	}
	return "this browser forgets you"
}

// RightAndPartly says how many questions were wholly right and how many
// partly right, after a score in marks: "1 question wholly right, 1
// partly right", "2 questions partly right" where none was wholly right.
// The results page and the progress page word the same figure alike.
func RightAndPartly(whole, partly int) string {
	switch {
	case partly == 0:
		return plural(whole, "question", "questions") + " right"
	case whole == 0:
		return plural(partly, "question", "questions") + " partly right"
	}
	return plural(whole, "question", "questions") + " wholly right, " + strconv.Itoa(partly) + " partly right"
}
