package fixed

import (
	"testing"

	"github.com/statusgen/statusgen/internal/gen/parserule"
)

// TestFold checks that the generated _fold is parserule.Fold, by which the
// renderer folds the keys of Parse's table: the generated code must carry
// its own copy, and the two must not drift apart.
func TestFold(t *testing.T) {
	for r := rune(0); r <= 0x10ffff; r++ {
		if got, want := _fold(r), parserule.Fold(r); got != want {
			t.Fatalf("_fold(%U) = %U, parserule.Fold gives %U", r, got, want)
		}
	}
}
