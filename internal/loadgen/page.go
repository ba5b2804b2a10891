package loadgen

import (
	"io"
	"strings"

	"golang.org/x/net/html"
)

// form is an HTML form as a browser would submit it: its action and the
// controls that carry a value.
type form struct {
	action  string
	class   string
	inputs  []control // input elements
	selects []control // select elements, with their option values in opts
	buttons []control // submit buttons with a name
}

type control struct {
	name, typ, value string
	checked          bool
	disabled         bool
	opts             []string
}

// page is what a learner reads from a response: its forms and links by id.
type page struct {
	forms []*form
	links map[string]string // element id → href
}

func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// parsePage reads the forms and the links with an id from an HTML page.
func parsePage(r io.Reader) (*page, error) {
	doc, err := html.Parse(r)
	if err != nil {
		return nil, err
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
	return p, nil
}

// formWith returns the first form whose class contains class, or nil.
func (p *page) formWith(class string) *form {
	for _, f := range p.forms {
		for _, c := range strings.Fields(f.class) {
			if c == class {
				return f
			}
		}
	}
	return nil
}
