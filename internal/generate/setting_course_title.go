package generate

// An article pasted without its headline is named after what it keeps
// coming back to (mainSubjectKey). In a news report that count often
// lands on the place where things happen: "UK" for a report on the tests
// migrants to the UK will take, "Athens" for a review of an athletics
// year that peaked at the Athens Olympics. A place the article gives no
// event or issue of its own (withTopic left it bare) is the report's
// setting, not its subject; the course is named by the article's
// strongest key phrase instead, as it would be with no recurring
// subject at all.

// settingCourseTitle is the title for a headline-less article whose main
// subject, with key k, came out as the bare title t: the strongest key
// phrase of the whole article when t is a country, city, region or state
// standing alone and that phrase recurs and is neither a place, a person,
// a role ("Home Secretary") nor t; otherwise t.
func (a *article) settingCourseTitle(t, k string) string {
	sps := a.byKey[k]
	if len(sps) == 0 || t != titleCase(withoutThe(surface(sps))) {
		return t
	}
	if sub := placeSub(k); sub != subCountry && sub != subCity && sub != subRegion && sub != subState {
		return t
	}
	alt := a.title(allParas(len(a.paras)), nil, "")
	if alt == "" || alt == t {
		return t
	}
	ak := key(alt)
	if asps := a.byKey[ak]; len(asps) < 2 || placeSub(ak) != "" || asps[0].kind == kPerson || roleNouns[lastWord(ak)] {
		return t
	}
	return alt
}
