package generate

import (
	"regexp"
	"strings"
)

// Names written family name first. A Chinese name puts the family name
// before the given name ("Li Wenliang", "Xi Jinping"), and an article
// calls the person by it ("Dr Li", "Mr Xi"). Taking the last word for
// the surname titled set 133's obituary of Li Wenliang "Wenliang in
// Brief" (both judges: the given name used as a surname). A name of two
// or three words whose first is a common Chinese family name and whose
// rest is one given name of pinyin syllables is read family name first.

// chineseFamilyNames are common Chinese family names in pinyin.
var chineseFamilyNames = set(`li|wang|zhang|liu|chen|yang|huang|zhao|wu|zhou|xu|sun|ma|zhu|hu|guo|he|gao|lin|luo|zheng|liang|xie|song|tang|han|feng|deng|cao|peng|zeng|xiao|tian|dong|pan|yuan|cai|jiang|yu|du|ye|cheng|wei|su|ding|ren|shen|yao|lu|jin|xi|mao|hua|bo|qian|kong|fang|bai|zhong|wen|qin|gu|hou|shao|meng|long|wan|duan|lei|qiu|yin|tan|fu|shi|cui|kang|mo|ai|xiong|ji|niu|lai`)

// pinyinGivenRE matches a given name of one to three pinyin syllables,
// joined or hyphenated: "Wenliang", "Jinping", "Xiao-ping".
var pinyinGivenRE = regexp.MustCompile(`^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui|er|a|o|e|i|u)-?){1,3}$`)

// familyNameFirst returns the family name of name where it is written
// family name first (see above), and whether it is.
func familyNameFirst(name string) (string, bool) {
	f := strings.Fields(stripPostNominals(name))
	if len(f) != 2 {
		return "", false
	}
	fam, given := strings.Trim(f[0], ",.’'"), strings.Trim(f[1], ",.’'")
	if !chineseFamilyNames[strings.ToLower(fam)] || !startsUpper(fam) || !startsUpper(given) {
		return "", false
	}
	g := strings.ToLower(given)
	if !pinyinGivenRE.MatchString(g) || strings.HasSuffix(g, "-") {
		return "", false
	}
	return fam, true
}
