package statusgen

import _ "embed"

// Table is codes.toml, the built-in table, as statusgen -init writes it.
//
//go:embed codes.toml
var Table []byte
