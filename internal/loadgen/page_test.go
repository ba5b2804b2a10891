package loadgen

import (
	"reflect"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// treePage is the reading of a page through a whole parse tree, as the load
// generator once did: the reference parsePage must agree with.
func treePage(t testing.TB, s string) *page {
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		t.Fatal(err)
	}
	attr := func(n *html.Node, key string) (string, bool) {
		for _, a := range n.Attr {
			if a.Key == key {
				return a.Val, true
			}
		}
		return "", false
	}
	p := &page{links: map[string]string{}}
	var walk func(n *html.Node, f *form, sel *control)
	walk = func(n *html.Node, f *form, sel *control) {
		if n.Type == html.ElementNode {
			name, _ := attr(n, "name")
			_, disabled := attr(n, "disabled")
			switch n.Data {
			case "form":
				action, _ := attr(n, "action")
				class, _ := attr(n, "class")
				f = &form{action: action, class: class}
				p.forms = append(p.forms, f)
			case "a":
				if id, ok := attr(n, "id"); ok {
					href, _ := attr(n, "href")
					p.links[id] = href
				}
			case "input":
				if f != nil && name != "" {
					typ, _ := attr(n, "type")
					val, _ := attr(n, "value")
					_, checked := attr(n, "checked")
					f.inputs = append(f.inputs, control{name: name, typ: strings.ToLower(typ), value: val, checked: checked, disabled: disabled})
				}
			case "button":
				if f != nil && name != "" {
					val, _ := attr(n, "value")
					f.buttons = append(f.buttons, control{name: name, value: val, disabled: disabled})
				}
			case "select":
				if f != nil && name != "" {
					f.selects = append(f.selects, control{name: name, disabled: disabled})
					sel = &f.selects[len(f.selects)-1]
				}
			case "option":
				if sel != nil {
					if v, ok := attr(n, "value"); ok && v != "" {
						sel.opts = append(sel.opts, v)
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, f, sel)
		}
	}
	walk(doc, nil, nil)
	return p
}

// Pages shaped as Lectern's: a question with each kind of control, the
// feedback with its link onward, the review page and a card's answer.
var samplePages = []string{
	`<!doctype html><html><head><title>Q</title></head><body><nav><a href="/" id="home">Home</a></nav>
<main><form method="post" action="/attempts/abc/q/1" class="answer-form stack">
<input type="hidden" name="q" value="danube-1">
<fieldset><legend>Which?</legend>
<label class="choice"><input type="radio" name="choice" value="2"> <span class="text">Vienna &amp; Linz</span></label>
<label class="choice"><input type="RADIO" name="choice" value="0" checked> <span class="text">Budapest</span></label>
<label class="choice"><input type="checkbox" name="choice" value="1" disabled> <span class="text">Belgrade</span></label>
</fieldset>
<input name="text" value="">
<select name="match-0"><option value="">Choose</option><option value="b">B</option><option value="a">A</option></select>
<select name="match-1" disabled><option value="x">X</option></select>
<button type="submit" name="go" value="1">Check</button><button>Skip</button>
</form></main></body></html>`,
	`<html><body><p class="result">Right</p><a class="button" id="next" href="/attempts/abc/q/2">Next question</a>
<form action="/courses/rivers/quiz" class="start"><button name="theme" value="danube">Danube</button><button name="theme" value="rhine" disabled>Rhine</button></form></body></html>`,
	`<html><body><a id="show" href="/courses/rivers/review/7?x=1&amp;y=2">Show the answer</a></body></html>`,
	`<html><body><form method="post" action="/courses/rivers/review/7" class="rate-form"><input type="hidden" name="reps" value="3"/>
<button name="rating" value="1">Again</button><button name="rating" value="3">Good</button></form>
<form action="/undo" class="undo"><input type="submit" name="undo" value="Undo"></form></body></html>`,
	``,
	`<a id=bare href=/x>x</a><input name="outside" value="1">`,
}

func TestParsePageAgreesWithATree(t *testing.T) {
	for i, s := range samplePages {
		got, err := parsePage(strings.NewReader(s))
		if err != nil {
			t.Fatalf("page %d: %v", i, err)
		}
		if want := treePage(t, s); !reflect.DeepEqual(got, want) {
			t.Errorf("page %d:\n got %+v\nwant %+v", i, got, want)
		}
	}
	p, _ := parsePage(strings.NewReader(samplePages[0]))
	f := p.formWith("answer-form")
	if f == nil || f.action != "/attempts/abc/q/1" || len(f.inputs) != 5 || len(f.selects) != 2 || len(f.selects[0].opts) != 2 {
		t.Errorf("the question's form: %+v", f)
	}
}

// Whatever a page holds, parsePage returns without panicking or failing.
// (Agreement with a parse tree is checked on Lectern's kinds of page
// above: on broken HTML a tree moves elements about, which a load
// generator reading Lectern's own pages need not copy.)
func FuzzParsePage(f *testing.F) {
	for _, s := range samplePages {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := parsePage(strings.NewReader(s))
		if err != nil {
			t.Fatal(err)
		}
		if got.links == nil {
			t.Fatal("no link map")
		}
	})
}

// BenchmarkParsePage reads the sample pages as tokens (parsePage) and
// through a whole parse tree (as the load generator once did).
func BenchmarkParsePage(b *testing.B) {
	all := strings.Join(samplePages, "\n")
	b.Run("tokens", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := parsePage(strings.NewReader(all)); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("tree", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			treePage(b, all)
		}
	})
}
