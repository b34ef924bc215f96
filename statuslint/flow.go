package statuslint

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/ctrlflow"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/cfg"
	"golang.org/x/tools/go/types/typeutil"
)

// This file is the engine of the response checks: what a function does to
// each http.ResponseWriter it holds, in the order of its control-flow
// graph (from ctrlflow, which also ends paths at calls that never return),
// and which functions send the status on a parameter on every path.

// SendsAnalyzer finds, in each package, the functions and methods that send
// the status on an http.ResponseWriter parameter on every path that returns
// (writeJSON(w, code, v), respondError(w, err)), and exports them as facts,
// so that a call of one counts as a send in every package that calls it. Its
// result is the flow of every function of the package, for the response
// checks. It reports nothing.
var SendsAnalyzer = &analysis.Analyzer{
	Name:       "statussends",
	Doc:        "find the functions that send the HTTP status on a ResponseWriter parameter on every path (facts for the response checks)",
	URL:        "https://pkg.go.dev/github.com/statusgen/statusgen/statuslint",
	Requires:   []*analysis.Analyzer{inspect.Analyzer, ctrlflow.Analyzer},
	Run:        runSends,
	ResultType: reflect.TypeFor[*Flows](),
	FactTypes:  []analysis.Fact{new(sendsFact)},
}

// sendsFact marks a function that sends the status on its writer
// parameters Sends (indices, the receiver not counted) on every path that
// returns; and of those, Sets are the ones on which it sets the status
// explicitly first on every path (WriteHeader, http.Error, ...), rather
// than by writing the body. A call of it is then a send, and for Sets a
// call that sets the status, which has no effect after a send.
type sendsFact struct{ Sends, Sets []int }

func (*sendsFact) AFact() {}

func (f *sendsFact) String() string {
	list := func(ps []int) string {
		s := make([]string, len(ps))
		for i, p := range ps {
			s[i] = strconv.Itoa(p)
		}
		return strings.Join(s, ",")
	}
	return "sends(" + list(f.Sends) + ") sets(" + list(f.Sets) + ")"
}

// helper is what a function does on its writer parameters on every path.
type helper struct{ sends, sets []int }

// Flows is SendsAnalyzer's result: the flow of each function and function
// literal of the package.
type Flows struct {
	Funcs []*funcFlow
}

// what an event does, as bits: a call may send the status, set it
// explicitly, write the body, or change a header; an assignment replaces
// the writer.
type effect uint8

const (
	sends    effect = 1 << iota // the status is sent once it returns
	sets                        // it sets the status: WriteHeader, http.Error, http.Redirect, http.NotFound, a helper
	body                        // it writes the body
	header                      // it changes a header: w.Header().Set, Add, Del
	reassign                    // the writer variable is assigned another value
)

// event is one thing a function does to a writer variable.
type event struct {
	effect effect
	w      *types.Var
	node   ast.Node // the call, or the assignment
	stmt   ast.Stmt // the statement that is the call alone, for fixes; may be nil
	what   string   // "w.WriteHeader", "http.Error", "writeJSON": for messages
	code   int      // WriteHeader's code, when codeOK
	codeOK bool
	key    string // the header key, when a constant
}

// funcFlow is a function body's graph with the events of each block.
type funcFlow struct {
	node     ast.Node // *ast.FuncDecl or *ast.FuncLit
	file     *ast.File
	graph    *cfg.CFG
	events   [][]event // by block index, in order
	results  bool      // the function has results
	trailers bool      // it declares trailers (a "Trailer" header)
}

// flowBuilder builds flows and decides which functions always send.
type flowBuilder struct {
	pass   *analysis.Pass
	cfgs   *ctrlflow.CFGs
	rw     *types.Interface // net/http.ResponseWriter
	decls  map[*types.Func]*ast.FuncDecl
	files  map[*ast.FuncDecl]*ast.File
	state  map[*types.Func]int // 0 not started, 1 in progress, 2 done
	always map[*types.Func]helper
}

func runSends(pass *analysis.Pass) (any, error) {
	result := &Flows{}
	httpPkg := findPackage(pass.Pkg, "net/http")
	if httpPkg == nil {
		return result, nil // nothing here can hold a ResponseWriter
	}
	rw, _ := httpPkg.Scope().Lookup("ResponseWriter").Type().Underlying().(*types.Interface)
	if rw == nil {
		return result, nil
	}
	b := &flowBuilder{
		pass: pass, cfgs: pass.ResultOf[ctrlflow.Analyzer].(*ctrlflow.CFGs), rw: rw,
		decls: map[*types.Func]*ast.FuncDecl{}, files: map[*ast.FuncDecl]*ast.File{},
		state: map[*types.Func]int{}, always: map[*types.Func]helper{},
	}
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	fileOf := map[*token.File]*ast.File{}
	for _, f := range pass.Files {
		fileOf[pass.Fset.File(f.Pos())] = f
	}
	ins.Preorder([]ast.Node{(*ast.FuncDecl)(nil)}, func(n ast.Node) {
		d := n.(*ast.FuncDecl)
		if fn, ok := pass.TypesInfo.Defs[d.Name].(*types.Func); ok && d.Body != nil {
			b.decls[fn] = d
			b.files[d] = fileOf[pass.Fset.File(d.Pos())]
		}
	})
	for fn := range b.decls {
		if h := b.sendsOn(fn); len(h.sends) > 0 {
			pass.ExportObjectFact(fn, &sendsFact{Sends: h.sends, Sets: h.sets})
		}
	}
	ins.Preorder([]ast.Node{(*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)}, func(n ast.Node) {
		var g *cfg.CFG
		var typ *ast.FuncType
		switch n := n.(type) {
		case *ast.FuncDecl:
			if n.Body == nil {
				return
			}
			g, typ = b.cfgs.FuncDecl(n), n.Type
		case *ast.FuncLit:
			g, typ = b.cfgs.FuncLit(n), n.Type
		}
		if g == nil {
			return
		}
		f := b.flow(n, fileOf[pass.Fset.File(n.Pos())], g, typ)
		if f.any() {
			result.Funcs = append(result.Funcs, f)
		}
	})
	return result, nil
}

// any reports whether the flow has any event.
func (f *funcFlow) any() bool {
	for _, evs := range f.events {
		if len(evs) > 0 {
			return true
		}
	}
	return false
}

// isWriter reports whether v is a variable that holds an
// http.ResponseWriter.
func (b *flowBuilder) isWriter(v *types.Var) bool {
	t := v.Type()
	return types.Implements(t, b.rw) || types.Implements(types.NewPointer(t), b.rw) && !types.IsInterface(t)
}

// writer returns the writer variable e names: a plain identifier.
func (b *flowBuilder) writer(e ast.Expr) *types.Var {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := b.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || v.IsField() || !b.isWriter(v) {
		return nil
	}
	return v
}

// flow builds the flow of a function body.
func (b *flowBuilder) flow(n ast.Node, file *ast.File, g *cfg.CFG, typ *ast.FuncType) *funcFlow {
	f := &funcFlow{node: n, file: file, graph: g, events: make([][]event, len(g.Blocks)), results: typ.Results != nil && len(typ.Results.List) > 0}
	for _, blk := range g.Blocks {
		if !blk.Live {
			continue
		}
		for _, node := range blk.Nodes {
			f.events[blk.Index] = append(f.events[blk.Index], b.events(node)...)
		}
	}
	for _, evs := range f.events {
		for _, e := range evs {
			if e.effect&header != 0 && http2Canonical(e.key) == "Trailer" {
				f.trailers = true
			}
		}
	}
	return f
}

// http2Canonical returns key in net/http's canonical form for the few
// keys the checks compare: letters after a hyphen or at the start in upper
// case, the rest in lower case.
func http2Canonical(key string) string {
	b := []byte(strings.ToLower(key))
	for i := range b {
		if (i == 0 || b[i-1] == '-') && 'a' <= b[i] && b[i] <= 'z' {
			b[i] -= 'a' - 'A'
		}
	}
	return string(b)
}

// events returns what node does to writers, in evaluation order. It does
// not look into function literals, which have flows of their own, nor into
// deferred calls and go statements, which run at another time.
func (b *flowBuilder) events(node ast.Node) []event {
	var evs []event
	stmt, _ := node.(*ast.ExprStmt)
	ast.Inspect(node, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit, *ast.DeferStmt, *ast.GoStmt:
			return false
		case *ast.AssignStmt:
			for _, r := range n.Rhs {
				evs = append(evs, b.events(r)...)
			}
			for _, l := range n.Lhs {
				if v := b.writer(l); v != nil {
					evs = append(evs, event{effect: reassign, w: v, node: n})
				}
			}
			return false
		case *ast.CallExpr:
			for _, a := range n.Args {
				evs = append(evs, b.events(a)...)
			}
			if e, ok := b.call(n); ok {
				if stmt != nil && ast.Unparen(stmt.X) == n {
					e.stmt = stmt
				}
				evs = append(evs, e)
			}
			return false
		}
		return true
	})
	return evs
}

// bodyWriters are the functions, by package and name, that write the body
// through a writer argument, with its index: fmt.Fprintf(w, ...).
var bodyWriters = map[string]map[string]int{
	"fmt":      {"Fprint": 0, "Fprintf": 0, "Fprintln": 0},
	"io":       {"WriteString": 0, "Copy": 0, "CopyN": 0, "CopyBuffer": 0},
	"net/http": {"ServeContent": 0, "ServeFile": 0, "ServeFileFS": 0},
}

// call returns the event of one call, if it does something to a writer.
func (b *flowBuilder) call(call *ast.CallExpr) (event, bool) {
	info := b.pass.TypesInfo
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil {
		return event{}, false
	}
	sig := fn.Type().(*types.Signature)
	sel, _ := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	pkg, name := fn.Pkg().Path(), fn.Name()
	argWriter := func(i int) *types.Var {
		if i < len(call.Args) {
			return b.writer(call.Args[i])
		}
		return nil
	}
	if sig.Recv() != nil && sel != nil {
		// A method of the writer itself: w.WriteHeader(c), w.Write(p).
		if w := b.writer(sel.X); w != nil {
			switch name {
			case "WriteHeader":
				e := event{effect: sends | sets, w: w, node: call, what: w.Name() + ".WriteHeader"}
				if len(call.Args) == 1 {
					e.code, e.codeOK = intConst(b.pass.TypesInfo, call.Args[0])
				}
				if e.codeOK && 100 <= e.code && e.code <= 199 {
					e.effect = 0 // an informational status: the final one follows
				}
				return e, true
			case "Write":
				return event{effect: sends | body, w: w, node: call, what: w.Name() + ".Write"}, true
			}
			return event{}, false
		}
		// w.Header().Set(k, v), Add, Del.
		if inner, ok := ast.Unparen(sel.X).(*ast.CallExpr); ok && (name == "Set" || name == "Add" || name == "Del") && pkg == "net/http" {
			if isel, ok := ast.Unparen(inner.Fun).(*ast.SelectorExpr); ok && isel.Sel.Name == "Header" {
				if w := b.writer(isel.X); w != nil && len(call.Args) > 0 {
					key, _ := b.stringConst(call.Args[0])
					if strings.HasPrefix(key, "Trailer:") {
						return event{}, false // a trailer, sent after the body
					}
					return event{effect: header, w: w, node: call, what: w.Name() + ".Header()." + name, key: key}, true
				}
			}
		}
		// json.NewEncoder(w).Encode(v).
		if inner, ok := ast.Unparen(sel.X).(*ast.CallExpr); ok && pkg == "encoding/json" && name == "Encode" {
			if f, ok := typeutil.Callee(info, inner).(*types.Func); ok && f.Pkg() != nil && f.Pkg().Path() == "encoding/json" && f.Name() == "NewEncoder" && len(inner.Args) == 1 {
				if w := b.writer(inner.Args[0]); w != nil {
					return event{effect: sends | body, w: w, node: call, what: "json.NewEncoder(w).Encode"}, true
				}
			}
		}
		// tmpl.Execute(w, data), tmpl.ExecuteTemplate(w, name, data).
		if (pkg == "text/template" || pkg == "html/template") && (name == "Execute" || name == "ExecuteTemplate") {
			if w := argWriter(0); w != nil {
				return event{effect: sends | body, w: w, node: call, what: "template " + name}, true
			}
		}
	}
	if sig.Recv() == nil {
		if pkg == "net/http" {
			switch name {
			case "Error":
				if w := argWriter(0); w != nil {
					e := event{effect: sends | sets | body, w: w, node: call, what: "http.Error"}
					if len(call.Args) == 3 {
						e.code, e.codeOK = intConst(b.pass.TypesInfo, call.Args[2])
					}
					return e, true
				}
			case "Redirect", "NotFound":
				if w := argWriter(0); w != nil {
					return event{effect: sends | sets, w: w, node: call, what: "http." + name}, true
				}
			}
		}
		if i, ok := bodyWriters[pkg][name]; ok {
			if w := argWriter(i); w != nil {
				return event{effect: sends | body, w: w, node: call, what: lastElem(pkg) + "." + name}, true
			}
		}
	}
	// A helper that always sends on one of its parameters.
	h := b.helperParams(fn)
	for _, i := range h.sends {
		if w := argWriter(i); w != nil {
			e := event{effect: sends, w: w, node: call, what: fn.Name()}
			if slices.Contains(h.sets, i) {
				e.effect |= sets
			}
			return e, true
		}
	}
	return event{}, false
}

// lastElem returns the last element of an import path: "fmt", "io", "http".
func lastElem(importPath string) string {
	return importPath[strings.LastIndexByte(importPath, '/')+1:]
}

// intConst returns the value of a constant integer expression that fits
// an int32.
func intConst(info *types.Info, e ast.Expr) (int, bool) {
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int {
		return 0, false
	}
	n, exact := constant.Int64Val(tv.Value)
	return int(n), exact && n >= -1<<31 && n < 1<<31
}

// stringConst returns the value of a constant string expression.
func (b *flowBuilder) stringConst(e ast.Expr) (string, bool) {
	tv, ok := b.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}

// helperParams returns what fn does on its writer parameters on every
// path: from this package's analysis, or from a fact of another's.
func (b *flowBuilder) helperParams(fn *types.Func) helper {
	fn = fn.Origin()
	if _, local := b.decls[fn]; local {
		return b.sendsOn(fn)
	}
	var f sendsFact
	if fn.Pkg() != b.pass.Pkg && b.pass.ImportObjectFact(fn, &f) {
		return helper{f.Sends, f.Sets}
	}
	return helper{}
}

// sendsOn returns what a function of this package does on its writer
// parameters on every path that returns. A function that calls itself,
// directly or not, is taken to do nothing while it is being decided.
func (b *flowBuilder) sendsOn(fn *types.Func) helper {
	switch b.state[fn] {
	case 1:
		return helper{}
	case 2:
		return b.always[fn]
	}
	b.state[fn] = 1
	defer func() { b.state[fn] = 2 }()
	d := b.decls[fn]
	g := b.cfgs.FuncDecl(d)
	if g == nil {
		return helper{}
	}
	sig := fn.Type().(*types.Signature)
	f := b.flow(d, b.files[d], g, d.Type)
	var h helper
	for i := range sig.Params().Len() {
		p := sig.Params().At(i)
		if !b.isWriter(p) {
			continue
		}
		if first := f.firstSends(p, b); first != 0 && first&notYet == 0 {
			h.sends = append(h.sends, i)
			if first == bySetting {
				h.sets = append(h.sets, i)
			}
		}
	}
	b.always[fn] = h
	return h
}

// firstSend is a set of what may have happened first on a writer along
// the paths to a point.
type firstSend uint8

const (
	notYet    firstSend = 1 << iota // nothing sent yet
	bySetting                       // the first send set the status explicitly
	byWriting                       // the first send wrote the body
)

// firstSends returns how the status may have been sent on w along the
// paths from the function's entry to its returns; 0 when no path returns.
// Paths that end in a call that never returns (panic, log.Fatal) do not
// count.
func (f *funcFlow) firstSends(w *types.Var, b *flowBuilder) firstSend {
	n := len(f.graph.Blocks)
	in, out := make([]firstSend, n), make([]firstSend, n)
	in[0] = notYet
	step := func(s firstSend, e *event) firstSend {
		switch {
		case e.w != w:
			return s
		case e.effect&reassign != 0:
			return notYet
		case e.effect&sends != 0 && s&notYet != 0:
			s &^= notYet
			if e.effect&sets != 0 {
				return s | bySetting
			}
			return s | byWriting
		}
		return s
	}
	for changed := true; changed; {
		changed = false
		for _, blk := range f.graph.Blocks {
			if !blk.Live {
				continue
			}
			s := in[blk.Index]
			for i := range f.events[blk.Index] {
				s = step(s, &f.events[blk.Index][i])
			}
			if s|out[blk.Index] != out[blk.Index] {
				out[blk.Index] |= s
				changed = true
			}
			for _, succ := range blk.Succs {
				if in[succ.Index]|out[blk.Index] != in[succ.Index] {
					in[succ.Index] |= out[blk.Index]
					changed = true
				}
			}
		}
	}
	var exits firstSend
	for _, blk := range f.graph.Blocks {
		if blk.Live && len(blk.Succs) == 0 && !b.endsInNoReturn(blk) {
			exits |= out[blk.Index]
		}
	}
	return exits
}

// endsInNoReturn reports whether a block with no successors ends in a call
// that never returns, rather than a return or the end of the body.
func (b *flowBuilder) endsInNoReturn(blk *cfg.Block) bool {
	if len(blk.Nodes) == 0 {
		return false
	}
	es, ok := blk.Nodes[len(blk.Nodes)-1].(*ast.ExprStmt)
	if !ok {
		return false
	}
	call, ok := ast.Unparen(es.X).(*ast.CallExpr)
	if !ok {
		return false
	}
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if _, isBuiltin := b.pass.TypesInfo.Uses[id].(*types.Builtin); isBuiltin && id.Name == "panic" {
			return true
		}
	}
	fn := typeutil.StaticCallee(b.pass.TypesInfo, call)
	return fn != nil && b.cfgs.NoReturn(fn)
}

// bitset is a set of event numbers.
type bitset []uint64

func (s bitset) has(i int) bool { return s[i/64]&(1<<(i%64)) != 0 }
func (s bitset) set(i int)      { s[i/64] |= 1 << (i % 64) }
func (s bitset) clear(i int)    { s[i/64] &^= 1 << (i % 64) }

// union adds t to s and reports whether s changed.
func (s bitset) union(t bitset) bool {
	changed := false
	for i := range s {
		if n := s[i] | t[i]; n != s[i] {
			s[i], changed = n, true
		}
	}
	return changed
}

func (s bitset) empty() bool {
	for _, w := range s {
		if w != 0 {
			return false
		}
	}
	return true
}

// reach finds, for each event that check accepts, the events that gen
// accepts which some path reaches it from, on the same writer, with no
// reassignment of the writer in between, and calls report with them (in
// the order of the source). A path ends at a return and at a call that
// never returns, as the graph has it.
func (f *funcFlow) reach(gen, check func(*event) bool, report func(e *event, from []*event)) {
	var gens []*event
	num := map[*event]int{}
	for b := range f.events {
		for i := range f.events[b] {
			e := &f.events[b][i]
			if gen(e) {
				num[e] = len(gens)
				gens = append(gens, e)
			}
		}
	}
	if len(gens) == 0 {
		return
	}
	words := (len(gens) + 63) / 64
	transfer := func(b int, s bitset, visit func(e *event, s bitset)) {
		for i := range f.events[b] {
			e := &f.events[b][i]
			if visit != nil {
				visit(e, s)
			}
			if e.effect&reassign != 0 {
				for j, g := range gens {
					if g.w == e.w {
						s.clear(j)
					}
				}
			}
			if j, ok := num[e]; ok {
				s.set(j)
			}
		}
	}
	in := make([]bitset, len(f.graph.Blocks))
	out := make([]bitset, len(f.graph.Blocks))
	for i := range in {
		in[i], out[i] = make(bitset, words), make(bitset, words)
	}
	for changed := true; changed; {
		changed = false
		for _, blk := range f.graph.Blocks {
			if !blk.Live {
				continue
			}
			s := append(bitset(nil), in[blk.Index]...)
			transfer(int(blk.Index), s, nil)
			if out[blk.Index].union(s) {
				changed = true
			}
			for _, succ := range blk.Succs {
				if in[succ.Index].union(out[blk.Index]) {
					changed = true
				}
			}
		}
	}
	for _, blk := range f.graph.Blocks {
		if !blk.Live {
			continue
		}
		s := append(bitset(nil), in[blk.Index]...)
		transfer(int(blk.Index), s, func(e *event, s bitset) {
			if !check(e) || s.empty() {
				return
			}
			var from []*event
			for j, g := range gens {
				if s.has(j) && g.w == e.w && g != e {
					from = append(from, g)
				}
			}
			if len(from) > 0 {
				report(e, from)
			}
		})
	}
}
