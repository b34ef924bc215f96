package gen

import (
	"fmt"
	"os"
	"testing"

	"github.com/statusgen/statusgen/internal/load"
	"github.com/statusgen/statusgen/internal/testtables"
)

// generate is the whole in-process path statusgen takes: load and validate
// the table, render and format the Go source.
func generate(b *testing.B, src []byte) {
	tab, err := load.Table("codes.toml", src, load.Options{})
	if err != nil {
		b.Fatal(err)
	}
	if _, err := Go(tab, Options{Package: "status", Type: "Code", Source: "codes.toml"}); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkGenerate measures the generator on codes.toml and on tables of
// growing size: the cost per code should stay flat (linear total cost).
func BenchmarkGenerate(b *testing.B) {
	src, err := os.ReadFile("../../codes.toml")
	if err != nil {
		b.Fatal(err)
	}
	b.Run("codes.toml", func(b *testing.B) {
		b.SetBytes(int64(len(src)))
		for b.Loop() {
			generate(b, src)
		}
	})
	for _, n := range []int{100, 200, 400, 800} {
		src := testtables.Large(n, 0)
		b.Run(fmt.Sprintf("codes=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				generate(b, src)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/code")
		})
	}
}

// BenchmarkStages splits the path on codes.toml into its stages.
func BenchmarkStages(b *testing.B) {
	src, err := os.ReadFile("../../codes.toml")
	if err != nil {
		b.Fatal(err)
	}
	opts := load.Options{}
	b.Run("load", func(b *testing.B) {
		for b.Loop() {
			if _, err := load.Table("codes.toml", src, opts); err != nil {
				b.Fatal(err)
			}
		}
	})
	tab, _ := load.Table("codes.toml", src, opts)
	b.Run("render+format", func(b *testing.B) {
		for b.Loop() {
			if _, err := Go(tab, Options{Package: "status", Type: "Code", Source: "codes.toml"}); err != nil {
				b.Fatal(err)
			}
		}
	})
}
