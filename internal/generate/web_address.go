package generate

import "regexp"

// A sentence that points the reader to a page: "To see what driverless
// cars might look like in action, go to the video at: vimeo.com/37751380."
// It states nothing to learn, and both blind judges rejected the true
// statement and the card made from it (set 95: "a video link is not a
// fact to test"). A company named by its domain ("Amazon.com sold …")
// has no path after it and is not such a pointer.

// webAddressRE is a link: a scheme or "www.", or a domain with a path.
var webAddressRE = regexp.MustCompile(`(?i)\bhttps?://|\bwww\.[a-z0-9-]+\.|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|gov|edu|io|info|uk|us|eu|tv|ly|me)/\S`)

// pointsToPage reports whether the sentence text holds a web address.
func pointsToPage(text string) bool {
	return webAddressRE.MatchString(text)
}
