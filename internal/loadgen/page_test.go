package loadgen

import (
	"io"
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
	// Markup parsePage must step over as a tokenizer does: a comment, a
	// script and a text area holding what looks like controls, names in
	// capitals, single quotes, spaces around '=', a reference in a value.
	`<html><head><title>a <form> of</title><script>if (a<b) { x = "<input name='no'>" }</script>
<style>a[href^="<a"] {}</style></head><body><!-- <a id="gone" href="/no"> -->
<FORM ACTION='/a?b=1&amp;c=2' Class="answer-form"><INPUT Type=Hidden NAME=q VALUE='x &lt; y'>
<textarea name="t"><input name="inside"></textarea><input name = "spaced" value = "v" >
<Select name="m"><OPTION value="1">1<option value=2 selected>2</Select><a id="after" href="/z">z</a>
</form><input name="late" value="1"></body></html>`,
}

func TestParsePageAgreesWithATree(t *testing.T) {
	for i, s := range samplePages {
		got := parsePage([]byte(s))
		if want := treePage(t, s); !reflect.DeepEqual(got, want) {
			t.Errorf("page %d:\n got %+v\nwant %+v", i, got, want)
		}
		tokens, err := tokenPage(strings.NewReader(s))
		if err != nil {
			t.Fatalf("page %d: %v", i, err)
		}
		if !reflect.DeepEqual(got, tokens) {
			t.Errorf("page %d, against the tokenizer:\n got %+v\nwant %+v", i, got, tokens)
		}
	}
	p := parsePage([]byte(samplePages[0]))
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
		got := parsePage([]byte(s))
		if got.links == nil {
			t.Fatal("no link map")
		}
	})
}

// BenchmarkParsePage reads the sample pages as parsePage does, as
// tokens and through a whole parse tree (as the load generator once did).
func BenchmarkParsePage(b *testing.B) {
	all := strings.Join(samplePages, "\n")
	b.Run("scan", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			parsePage([]byte(all))
		}
	})
	b.Run("tokens", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := tokenPage(strings.NewReader(all)); err != nil {
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

// tokenPage is the reading of a page through an HTML tokenizer, token by
// token, as the load generator did before parsePage: the reference for
// the benchmark.
func tokenAttrs(z *html.Tokenizer) tagAttrs {
	var a tagAttrs
	for {
		k, v, more := z.TagAttr()
		switch string(k) {
		case "name":
			a.name = string(v)
		case "type":
			a.typ = strings.ToLower(string(v))
		case "value":
			a.value, a.hasValue = string(v), true
		case "id":
			a.id, a.hasID = string(v), true
		case "href":
			a.href = string(v)
		case "action":
			a.action = string(v)
		case "class":
			a.class = string(v)
		case "checked":
			a.checked = true
		case "disabled":
			a.disabled = true
		}
		if !more {
			return a
		}
	}
}

func tokenPage(r io.Reader) (*page, error) {
	z := html.NewTokenizer(r)
	p := &page{links: map[string]string{}}
	var f *form
	var sel *control
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			if err := z.Err(); err != io.EOF {
				return nil, err
			}
			return p, nil
		case html.EndTagToken:
			name, _ := z.TagName()
			switch string(name) {
			case "form":
				f, sel = nil, nil
			case "select":
				sel = nil
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			tag := string(name)
			switch tag {
			case "form", "a", "input", "button", "select", "option":
			default:
				continue
			}
			var a tagAttrs
			if hasAttr {
				a = tokenAttrs(z)
			}
			switch tag {
			case "form":
				f, sel = &form{action: a.action, class: a.class}, nil
				p.forms = append(p.forms, f)
			case "a":
				if a.hasID {
					p.links[a.id] = a.href
				}
			case "input":
				if f != nil && a.name != "" {
					f.inputs = append(f.inputs, control{name: a.name, typ: a.typ, value: a.value, checked: a.checked, disabled: a.disabled})
				}
			case "button":
				if f != nil && a.name != "" {
					f.buttons = append(f.buttons, control{name: a.name, value: a.value, disabled: a.disabled})
				}
			case "select":
				sel = nil
				if f != nil && a.name != "" {
					f.selects = append(f.selects, control{name: a.name, disabled: a.disabled})
					sel = &f.selects[len(f.selects)-1]
				}
			case "option":
				if sel != nil && a.hasValue && a.value != "" {
					sel.opts = append(sel.opts, a.value)
				}
			}
		}
	}
}
