package static

import (
	"math"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// luminance is a colour's relative luminance (WCAG 2.2).
func luminance(t *testing.T, hex string) float64 {
	t.Helper()
	n, err := strconv.ParseUint(strings.TrimPrefix(hex, "#"), 16, 32)
	if err != nil || len(hex) != 7 {
		t.Fatalf("colour %q", hex)
	}
	var l float64
	for i, w := range []float64{0.2126, 0.7152, 0.0722} {
		c := float64(n>>(16-8*i)&0xff) / 255
		if c <= 0.04045 {
			c /= 12.92
		} else {
			c = math.Pow((c+0.055)/1.055, 2.4)
		}
		l += w * c
	}
	return l
}

func contrast(t *testing.T, a, b string) float64 {
	la, lb := luminance(t, a), luminance(t, b)
	return (math.Max(la, lb) + 0.05) / (math.Min(la, lb) + 0.05)
}

// The focus ring stands out 3:1 from what it is drawn on (WCAG 1.4.11),
// in light and dark mode.
func TestFocusRingContrast(t *testing.T) {
	css, err := os.ReadFile("app.css")
	if err != nil {
		t.Fatal(err)
	}
	dark := strings.Index(string(css), "prefers-color-scheme: dark")
	if dark < 0 {
		t.Fatal("no dark mode in app.css")
	}
	vars := regexp.MustCompile(`--([a-z-]+): (#[0-9a-f]{6})`)
	for mode, part := range map[string]string{"light": string(css[:dark]), "dark": string(css[dark:])} {
		v := map[string]string{}
		for _, m := range vars.FindAllStringSubmatch(part, -1) {
			if _, ok := v[m[1]]; !ok {
				v[m[1]] = m[2]
			}
		}
		for _, under := range []string{"bg", "surface", "accent-soft"} {
			if v["focus"] == "" || v[under] == "" {
				t.Fatalf("%s mode: no --focus or --%s", mode, under)
			}
			if c := contrast(t, v["focus"], v[under]); c < 3 {
				t.Errorf("%s mode: the focus ring %s is %.2f:1 against --%s %s, under 3:1", mode, v["focus"], c, under, v[under])
			}
		}
	}
}

// The shading of paragraphs on the statistics page keeps their text, its
// muted figures and its links readable (4.5:1, WCAG 1.4.3) in light and
// dark mode.
func TestParagraphShadesContrast(t *testing.T) {
	css, err := os.ReadFile("app.css")
	if err != nil {
		t.Fatal(err)
	}
	vars := regexp.MustCompile(`--([a-z0-9-]+): (#[0-9a-f]{6})`)
	modes := map[string]map[string]string{"light": {}, "dark": {}}
	// Each block of variables is light unless it sits in a dark-mode rule.
	for _, block := range strings.Split(string(css), "@media") {
		mode := "light"
		if strings.HasPrefix(strings.TrimSpace(block), "(prefers-color-scheme: dark)") {
			mode = "dark"
		}
		for _, m := range vars.FindAllStringSubmatch(block, -1) {
			if _, ok := modes[mode][m[1]]; !ok {
				modes[mode][m[1]] = m[2]
			}
		}
	}
	for mode, v := range modes {
		for i := range 5 {
			shade := v["shade-"+strconv.Itoa(i)]
			if shade == "" {
				t.Fatalf("%s mode: no --shade-%d", mode, i)
			}
			for _, fg := range []string{"text", "muted", "accent"} {
				if c := contrast(t, v[fg], shade); c < 4.5 {
					t.Errorf("%s mode: --%s %s on --shade-%d %s is %.2f:1, under 4.5:1", mode, fg, v[fg], i, shade, c)
				}
			}
		}
	}
}
