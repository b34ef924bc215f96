package names

// Style is how constant identifiers are derived from reason phrases.
type Style int

const (
	// StyleGo derives CamelCase identifiers: "Not Found" → NotFound.
	StyleGo Style = iota
	// StyleDRF derives the names of Django REST framework's status module:
	// 404 "Not Found" → HTTP_404_NOT_FOUND.
	StyleDRF
)

// ParseStyle returns the Style named s ("go" or "drf").
func ParseStyle(s string) (Style, bool) {
	switch s {
	case "go":
		return StyleGo, true
	case "drf":
		return StyleDRF, true
	}
	return 0, false
}

// String returns the style's name as ParseStyle accepts it.
func (s Style) String() string {
	if s == StyleDRF {
		return "drf"
	}
	return "go"
}
