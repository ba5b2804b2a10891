package generate

import "testing"

// A headline-less report that keeps naming the country it is set in is
// named after the issue it keeps coming back to, not the bare country.
func TestSettingCourseTitle(t *testing.T) {
	a := analyseText(t, `Couples who marry in Norway to win a residence permit will face new checks on fake weddings, the justice ministry of Norway said on Tuesday.

Officials in Norway believe hundreds of fake weddings take place every year. Registrars will now report any fake weddings they suspect to the immigration office in Norway.

Lawyers in Norway said the checks on fake weddings could also delay genuine couples. The ministry in Norway said registrars across Norway would be trained.

Norway's opposition parties said the plan for Norway was welcome but late. They said fake weddings had been reported in Norway for a decade before the ministry acted.`)
	if got := a.courseTitle(); got == "Norway" {
		t.Fatalf("course title %q: the setting, not the subject", got)
	}
}
