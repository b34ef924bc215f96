package response

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"maps"
	"slices"

	"golang.org/x/tools/go/cfg"
)

// This file is the path search of the response checks: which sends may
// have happened, on the same writer, at each event of a function, along
// the paths of its control-flow graph that its own branch conditions leave
// possible. A path is pruned where a condition contradicts what the path
// set before: a flag (a local variable, or a field of one, of basic type)
// assigned a constant and then tested (served = true … if !served), and
// the error of a call that may have written nothing (the error branch of
// json.NewEncoder(w).Encode(v), on which the status may be unsent).

// maxFlags is the most flags a function's search follows, and maxValues
// the most values of one: each takes four bits of a valuation.
const (
	maxFlags  = 8
	maxValues = 15
	// maxTuples bounds the facts one block may hold before the search
	// gives up following flags in that function (its paths are then those
	// of the graph alone, which can only add reports).
	maxTuples = 1 << 12
)

// flagKey names a flag: a variable, or a path of fields from one (x.f.g).
type flagKey struct {
	base *types.Var
	path string // "" for the variable itself; ".f.g" for its fields
}

// flag is a flag of a function with the constant values it is assigned or
// compared with; a valuation holds one of them, by index from 1, or 0 when
// its value is not known.
type flagVar struct {
	key    flagKey
	values []constant.Value
}

// valueIndex returns the index of v among the flag's values, from 1; 0 when
// it is not one of them.
func (f *flagVar) valueIndex(v constant.Value) int {
	for i, w := range f.values {
		if sameConstant(v, w) {
			return i + 1
		}
	}
	return 0
}

// sameConstant reports whether v and w are known and equal: false for
// nil, unknown values and values of kinds that do not compare (a bool
// and a number), where constant.Compare would panic.
func sameConstant(v, w constant.Value) bool {
	if v == nil || w == nil {
		return false
	}
	numeric := func(k constant.Kind) bool { return k == constant.Int || k == constant.Float || k == constant.Complex }
	if v.Kind() != w.Kind() && !(numeric(v.Kind()) && numeric(w.Kind())) || v.Kind() == constant.Unknown {
		return false
	}
	return constant.Compare(v, token.EQL, w)
}

// constraint is what the branch of a condition says about a path: that
// flag has value val (eq) or has not (!eq), or that the call that stored
// its error in errVar, or the call errCall itself, failed (or, with ok,
// succeeded).
type constraint struct {
	flag    int
	val     int
	eq      bool
	errVar  *types.Var
	errCall ast.Expr
	ok      bool
	// noSend is a context on which no send was made (!c.Writer.Written());
	// abortsOnly, none that aborts (!c.IsAborted()).
	noSend     *types.Var
	abortsOnly bool
}

// tuple is one fact of the search: along some path, gen happened (-1: no
// send, the path itself), the error it may have failed with is still
// where its call put it (live), and the flags have the valuation val.
type tuple struct {
	gen  int32
	live bool
	val  uint32
}

type tupleSet map[tuple]struct{}

func getVal(val uint32, flag int) int { return int(val>>(4*flag)) & 0xf }

func setVal(val uint32, flag, v int) uint32 {
	return val&^(0xf<<(4*flag)) | uint32(v)<<(4*flag)
}

// sendsBefore returns, for each event that check accepts, the events that
// gen accepts which reach it on some possible path on the same writer with
// no reassignment of the writer in between, in the order of the source.
func (f *funcFlow) sendsBefore(gen, check func(*event) bool) map[*event][]*event {
	if out, ok := f.search(gen, check, len(f.flags)); ok {
		return out
	}
	out, _ := f.search(gen, check, 0) // too many valuations: without flags
	return out
}

// search is sendsBefore following the first nflags flags; ok is false
// when a block would hold more than maxTuples facts.
func (f *funcFlow) search(gen, check func(*event) bool, nflags int) (map[*event][]*event, bool) {
	var gens []*event
	num := map[*event]int32{}
	for b := range f.events {
		for i := range f.events[b] {
			e := &f.events[b][i]
			if e.w != nil && gen(e) {
				num[e] = int32(len(gens))
				gens = append(gens, e)
			}
		}
	}
	out := map[*event][]*event{}
	if len(gens) == 0 {
		return out, true
	}
	blocks := f.graph.Blocks
	in := make([]tupleSet, len(blocks))
	in[0] = tupleSet{{gen: -1}: {}}
	transfer := func(blk *cfg.Block, s tupleSet, visit func(e *event, s tupleSet)) tupleSet {
		for i := range f.events[blk.Index] {
			e := &f.events[blk.Index][i]
			if visit != nil {
				visit(e, s)
			}
			s = f.step(e, s, gens, num, nflags)
		}
		return s
	}
	work := []*cfg.Block{blocks[0]}
	queued := make([]bool, len(blocks))
	queued[0] = true
	for len(work) > 0 {
		blk := work[0]
		work = work[1:]
		queued[blk.Index] = false
		if !blk.Live || in[blk.Index] == nil {
			continue
		}
		s := transfer(blk, maps.Clone(in[blk.Index]), nil)
		for i, succ := range blk.Succs {
			t := s
			if cs := f.edge(blk, i, nflags); cs != nil {
				t = applyConstraints(s, cs, gens)
			}
			if len(t) == 0 {
				continue // no path takes this edge
			}
			if in[succ.Index] == nil {
				in[succ.Index] = tupleSet{}
			}
			changed := false
			for k := range t {
				if _, ok := in[succ.Index][k]; !ok {
					in[succ.Index][k] = struct{}{}
					changed = true
				}
			}
			if len(in[succ.Index]) > maxTuples {
				return nil, false
			}
			if changed && !queued[succ.Index] {
				queued[succ.Index] = true
				work = append(work, succ)
			}
		}
	}
	for _, blk := range blocks {
		if !blk.Live || in[blk.Index] == nil {
			continue
		}
		transfer(blk, maps.Clone(in[blk.Index]), func(e *event, s tupleSet) {
			if e.w == nil || !check(e) {
				return
			}
			seen := map[int32]bool{}
			for t := range s {
				if t.gen >= 0 && !seen[t.gen] && gens[t.gen].w == e.w && gens[t.gen] != e {
					seen[t.gen] = true
				}
			}
			if len(seen) == 0 {
				return
			}
			from := make([]*event, 0, len(seen))
			for g := range seen {
				from = append(from, gens[g])
			}
			slices.SortFunc(from, func(a, b *event) int { return int(a.node.Pos() - b.node.Pos()) })
			out[e] = from
		})
	}
	return out, true
}

// step applies event e to the facts s.
func (f *funcFlow) step(e *event, s tupleSet, gens []*event, num map[*event]int32, nflags int) tupleSet {
	switch {
	case e.effect&reassign != 0:
		for t := range s {
			if t.gen >= 0 && gens[t.gen].w == e.w {
				delete(s, t)
				t.gen, t.live = -1, false
				s[t] = struct{}{}
			}
		}
	case e.effect&setFlag != 0:
		if e.flag >= nflags {
			return s
		}
		n := make(tupleSet, len(s))
		for t := range s {
			t.val = setVal(t.val, e.flag, e.fval)
			n[t] = struct{}{}
		}
		return n
	case e.effect&killErr != 0:
		for t := range s {
			if t.live && gens[t.gen].errVar == e.errVar {
				delete(s, t)
				t.live = false
				s[t] = struct{}{}
			}
		}
		return s
	}
	if g, ok := num[e]; ok {
		live := (e.mayFail || e.onErr) && (e.errVar != nil || e.errCall != nil)
		vals := map[uint32]bool{}
		for t := range s {
			vals[t.val] = true
		}
		for v := range vals {
			s[tuple{gen: g, live: live, val: v}] = struct{}{}
		}
	}
	return s
}

// applyConstraints returns the facts of s that the constraints allow,
// with what they say of the flags.
func applyConstraints(s tupleSet, cs []constraint, gens []*event) tupleSet {
	n := make(tupleSet, len(s))
next:
	for t := range s {
		for _, c := range cs {
			switch {
			case c.noSend != nil:
				if t.gen >= 0 {
					g := gens[t.gen]
					if g.w == c.noSend && g.effect&sends != 0 && (!c.abortsOnly || g.aborts || g.helper) {
						continue next
					}
				}
			case c.errVar != nil || c.errCall != nil:
				// The call failed: a send that may have written nothing
				// did not happen on this path. It succeeded: a send on
				// its failure (gin's Bind) did not.
				if t.live && (c.errVar != nil && gens[t.gen].errVar == c.errVar || c.errCall != nil && gens[t.gen].errCall == c.errCall) && gens[t.gen].onErr == c.ok {
					continue next
				}
			case c.eq:
				if v := getVal(t.val, c.flag); v != 0 && v != c.val {
					continue next
				}
				t.val = setVal(t.val, c.flag, c.val)
			default:
				if getVal(t.val, c.flag) == c.val {
					continue next
				}
			}
		}
		n[t] = struct{}{}
	}
	return n
}

// edge returns what taking the i'th successor of blk says about the path,
// when blk ends in a condition: its first successor is taken when the
// condition holds, its second when it does not.
func (f *funcFlow) edge(blk *cfg.Block, i, nflags int) []constraint {
	if len(blk.Succs) != 2 || len(blk.Nodes) == 0 {
		return nil
	}
	cond, ok := blk.Nodes[len(blk.Nodes)-1].(ast.Expr)
	if !ok || f.taggedCases[cond] {
		return nil
	}
	var cs []constraint
	f.implies(cond, i == 0, nflags, &cs)
	return cs
}

// implies appends to cs what cond having the value holds says, as far as
// the search can tell: for && that holds and || that does not, both sides.
func (f *funcFlow) implies(cond ast.Expr, holds bool, nflags int, cs *[]constraint) {
	switch c := ast.Unparen(cond).(type) {
	case *ast.UnaryExpr:
		if c.Op == token.NOT {
			f.implies(c.X, !holds, nflags, cs)
		}
		return
	case *ast.BinaryExpr:
		switch c.Op {
		case token.LAND:
			if holds {
				f.implies(c.X, true, nflags, cs)
				f.implies(c.Y, true, nflags, cs)
			}
			return
		case token.LOR:
			if !holds {
				f.implies(c.X, false, nflags, cs)
				f.implies(c.Y, false, nflags, cs)
			}
			return
		case token.EQL, token.NEQ:
			eq := (c.Op == token.EQL) == holds
			x, y := c.X, c.Y
			if isNil(f.info, x) {
				x, y = y, x
			}
			if isNil(f.info, y) {
				// x != nil holds (the call that returned the error x
				// failed), or x == nil (it succeeded).
				x = ast.Unparen(x)
				if id, ok := x.(*ast.Ident); ok {
					if v, ok := f.info.Uses[id].(*types.Var); ok {
						*cs = append(*cs, constraint{errVar: v, ok: eq})
					}
				} else if call, ok := x.(*ast.CallExpr); ok {
					*cs = append(*cs, constraint{errCall: call, ok: eq})
				}
				return
			}
			k, ok := f.flagOf(x, nflags)
			val := y
			if !ok {
				k, ok = f.flagOf(y, nflags)
				val = x
			}
			if !ok {
				return
			}
			tv, ok := f.info.Types[val]
			if !ok || tv.Value == nil {
				return
			}
			// Every constant the flag is compared with is among its values
			// (but past maxValues, when nothing is said).
			if v := f.flags[k].valueIndex(tv.Value); v != 0 {
				*cs = append(*cs, constraint{flag: k, val: v, eq: eq})
			}
			return
		}
		return
	}
	if c, abortsOnly, ok := f.sentCheck(cond); ok {
		if !holds {
			*cs = append(*cs, constraint{noSend: c, abortsOnly: abortsOnly})
		}
		return
	}
	if k, ok := f.flagOf(cond, nflags); ok {
		if v := f.flags[k].valueIndex(constant.MakeBool(true)); v != 0 {
			*cs = append(*cs, constraint{flag: k, val: v, eq: holds})
		}
	}
}

// flagOf returns the index of the flag e names, among the first nflags.
func (f *funcFlow) flagOf(e ast.Expr, nflags int) (int, bool) {
	k, ok := flagKeyOf(f.info, e)
	if !ok {
		return 0, false
	}
	for i, fl := range f.flags[:min(nflags, len(f.flags))] {
		if fl.key == k {
			return i, true
		}
	}
	return 0, false
}

// flagKeyOf returns the key of e when it names a variable of the function,
// or a path of fields from one, of basic type.
func flagKeyOf(info *types.Info, e ast.Expr) (flagKey, bool) {
	t := info.TypeOf(e)
	if t == nil {
		return flagKey{}, false
	}
	if _, ok := t.Underlying().(*types.Basic); !ok {
		return flagKey{}, false
	}
	path := ""
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			v, ok := info.Uses[x].(*types.Var)
			if !ok {
				v, ok = info.Defs[x].(*types.Var)
			}
			if !ok || v.IsField() || v.Pkg() == nil || v.Parent() == v.Pkg().Scope() {
				return flagKey{}, false
			}
			return flagKey{v, path}, true
		case *ast.SelectorExpr:
			sel := info.Selections[x]
			if sel == nil || sel.Kind() != types.FieldVal {
				return flagKey{}, false
			}
			path = "." + x.Sel.Name + path
			e = x.X
		default:
			return flagKey{}, false
		}
	}
}

// isNil reports whether e is the predeclared nil.
func isNil(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	return ok && tv.IsNil()
}

// reachedUnset reports whether some path of the graph reaches g with no
// status set on its writer before it: g's status is then the default.
// Conditions are not followed (a path they rule out counts).
func (f *funcFlow) reachedUnset(g *event) bool {
	seen := make([]bool, len(f.graph.Blocks))
	work := []*cfg.Block{f.graph.Blocks[0]}
	seen[0] = true
	for len(work) > 0 {
		blk := work[len(work)-1]
		work = work[:len(work)-1]
		blocked := false
		for i := range f.events[blk.Index] {
			e := &f.events[blk.Index][i]
			if e == g {
				return true
			}
			if e.w == g.w && (e.effect&sets != 0 || e.effect&reassign != 0) {
				blocked = true
				break
			}
		}
		if blocked {
			continue
		}
		for _, succ := range blk.Succs {
			if !seen[succ.Index] {
				seen[succ.Index] = true
				work = append(work, succ)
			}
		}
	}
	return false
}
