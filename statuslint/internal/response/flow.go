package response

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"maps"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/statusgen/statusgen/statuslint/internal/codes"
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

// Sends, statussends, finds, in each package, the functions and methods that send
// the status on an http.ResponseWriter parameter on every path that returns
// (writeJSON(w, code, v), respondError(w, err)), and the parameter that is
// the status such a function sets, and exports them as facts, so that a
// call of one counts as a send in every package that calls it. Its result
// is the flow of every function of the package, for the response checks.
// It reports nothing.
var Sends = &analysis.Analyzer{
	Name:       "statussends",
	Doc:        "find the functions that send the HTTP status on a ResponseWriter parameter on every path (facts for the response checks)",
	URL:        "https://github.com/statusgen/statusgen/blob/main/docs/statuslint.md#statussends",
	Requires:   []*analysis.Analyzer{inspect.Analyzer, ctrlflow.Analyzer},
	Run:        runSends,
	ResultType: reflect.TypeFor[*flows](),
	FactTypes:  []analysis.Fact{new(sendsFact)},
}

// sendsFact is what a function does on its writer parameters. Sends are
// the indices (the receiver not counted) of those it sends the status on
// on every path that returns; Sets, of those, the ones on which it sets
// the status explicitly first on every path (WriteHeader, http.Error, ...)
// rather than by writing the body; MayFail, of those, the ones on which
// the send may have written nothing when the function returns an error
// (its send is json.NewEncoder(w).Encode(v), say, whose error it returns).
// Code holds the index of the parameter that is the status it sets, if
// any, and Body says a body follows that status. Trailers says it
// declares trailers on a writer.
type sendsFact struct {
	Sends, Sets, MayFail []int
	Code                 []int
	Body                 bool
	Trailers             bool
}

func (*sendsFact) AFact() {}

func (f *sendsFact) String() string {
	list := func(ps []int) string {
		s := make([]string, len(ps))
		for i, p := range ps {
			s[i] = strconv.Itoa(p)
		}
		return strings.Join(s, ",")
	}
	s := "sends(" + list(f.Sends) + ") sets(" + list(f.Sets) + ")"
	if len(f.MayFail) > 0 {
		s += " mayfail(" + list(f.MayFail) + ")"
	}
	if len(f.Code) > 0 {
		s += " code(" + list(f.Code) + ")"
		if f.Body {
			s += " body"
		}
	}
	if f.Trailers {
		s += " trailers"
	}
	return s
}

// flows is Sends's result: the flow of each function and function literal
// of the package that holds a writer.
type flows struct {
	funcs []*funcFlow
	pass  *analysis.Pass
	http  *httpView
	// codeArgs are the status arguments of calls of helpers that pass a
	// parameter as the status, for the renaming analyzer.
	codeArgs map[*ast.CallExpr]ast.Expr
}

// what an event does, as bits: a call may send the status, set it
// explicitly, write the body, or change a header; an assignment replaces
// the writer, sets a flag, or overwrites the error of an earlier call.
type effect uint16

const (
	sends    effect = 1 << iota // the status is sent once it returns
	sets                        // it sets the status: WriteHeader, http.Error, http.Redirect, http.NotFound, a helper
	body                        // it writes the body
	header                      // it changes a header: w.Header().Set, Add, Del
	reassign                    // the writer variable holds another writer from here on
	setFlag                     // a flag is assigned
	killErr                     // a variable that may hold a call's error is assigned
)

// event is one thing a function does to a writer variable.
type event struct {
	effect effect
	w      *types.Var
	node   ast.Node // the call, or the assignment
	stmt   ast.Stmt // the statement that is the call alone, for fixes; may be nil
	what   string   // "w.WriteHeader", "http.Error", "writeJSON": for messages
	code   int      // the status it sets, when codeOK
	codeOK bool
	// codeArg is the argument that is the status it sets, if any, and
	// codeParam the parameter of the function that argument names.
	codeArg   ast.Expr
	codeParam *types.Var
	// bodyAfter says a helper call writes a body after the status it sets.
	bodyAfter bool
	key       string // the header key, when a constant
	// mayFail says the send may have written nothing when the call
	// returns an error: its error went to errVar, or the call itself,
	// errCall, is compared with nil.
	mayFail bool
	errVar  *types.Var
	errCall ast.Expr
	// flag and fval, for setFlag: the flag's index and its new value (0:
	// not known).
	flag, fval int
	// fw is the framework whose context w is, if any; onErr says the call
	// sends only when it returns an error (gin's Bind); complete, that it
	// writes a whole body; logs, that the framework logs its status when
	// the response was sent already.
	fw       *framework
	onErr    bool
	complete bool
	logs     bool
	// aborts says the call stops the framework's chain too, which the
	// context then reports (gin's c.IsAborted()); helper, that the call is
	// of a helper, which may.
	aborts, helper bool
	// next says the event is a middleware's call of the next handler
	// (echo's next(c)), and errReturn a handler's return of an error that
	// cannot be nil, for the framework's error handler to answer.
	next, errReturn bool
}

// funcFlow is a function body's graph with the events of each block.
type funcFlow struct {
	node     ast.Node // *ast.FuncDecl or *ast.FuncLit
	file     *ast.File
	info     *types.Info
	graph    *cfg.CFG
	events   [][]event // by block index, in order
	results  bool      // the function has results
	trailers bool      // it declares trailers
	flags    []*flagVar
	// taggedCases are the case expressions of switches with a tag: not
	// conditions of their own.
	taggedCases map[ast.Expr]bool
}

// httpView is what the analysis needs of net/http as the package sees it.
// Under go vet a package that reaches net/http only through another sees
// it in export data, which holds only what that package's API mentions:
// any of these may be missing, and then nothing in the package has it.
type httpView struct {
	rw      *types.Interface // http.ResponseWriter's interface
	rwNamed types.Type       // http.ResponseWriter itself
	header  types.Type       // http.Header
}

// lookupType returns the type pkg declares as name, or nil when pkg is
// nil or its scope, as this pass sees it, lacks it.
func lookupType(pkg *types.Package, name string) types.Type {
	if pkg == nil {
		return nil
	}
	if tn, ok := pkg.Scope().Lookup(name).(*types.TypeName); ok {
		return tn.Type()
	}
	return nil
}

// newHTTPView returns net/http as pkg sees it, or nil when pkg cannot hold
// a ResponseWriter.
func newHTTPView(pkg *types.Package) *httpView {
	httpPkg := codes.FindPackage("net/http", pkg)
	named := lookupType(httpPkg, "ResponseWriter")
	if named == nil {
		return nil
	}
	rw, ok := named.Underlying().(*types.Interface)
	if !ok {
		return nil
	}
	return &httpView{rw: rw, rwNamed: named, header: lookupType(httpPkg, "Header")}
}

// isWriterType reports whether values of t are held to net/http's rules
// for a ResponseWriter: http.ResponseWriter itself and interfaces written
// out in place that embed it; and concrete types whose WriteHeader, Write
// and Header are net/http's or httptest's own (httptest.ResponseRecorder,
// or a struct that embeds a ResponseWriter and overrides none of them). A
// type of the program's own with its own WriteHeader has its own rules,
// and so does another package's named interface (a framework's writer).
func (h *httpView) isWriterType(t types.Type) bool {
	if h == nil || t == nil {
		return false
	}
	t = types.Unalias(t)
	if _, ok := t.(*types.TypeParam); ok {
		return false
	}
	if types.IsInterface(t) {
		if types.Identical(t, h.rwNamed) {
			return true
		}
		_, named := t.(*types.Named)
		return !named && types.Implements(t, h.rw)
	}
	if !types.Implements(t, h.rw) && !types.Implements(types.NewPointer(t), h.rw) {
		return false
	}
	ptr := t
	if _, ok := t.(*types.Pointer); !ok {
		ptr = types.NewPointer(t)
	}
	for _, m := range []string{"WriteHeader", "Write", "Header"} {
		obj, _, _ := types.LookupFieldOrMethod(ptr, true, nil, m)
		if obj == nil || obj.Pkg() == nil || (obj.Pkg().Path() != "net/http" && obj.Pkg().Path() != "net/http/httptest") {
			return false
		}
	}
	return true
}

// flowBuilder builds flows and decides which functions always send.
type flowBuilder struct {
	pass   *analysis.Pass
	cfgs   *ctrlflow.CFGs
	http   *httpView
	decls  map[*types.Func]*ast.FuncDecl
	files  map[*ast.FuncDecl]*ast.File
	state  map[*types.Func]int // 0 not started, 1 in progress, 2 done
	always map[*types.Func]helper
	// interim is the built-in table's interim predicate, for the facts:
	// they must not depend on a configuration (see helper).
	interim func(int) bool
}

// helper is what a function does on its writer parameters: see sendsFact.
type helper struct {
	sends, sets, mayFail []int
	code                 int // the index of the status parameter; -1 for none
	body                 bool
	trailers             bool
}

func runSends(pass *analysis.Pass) (any, error) {
	result := &flows{pass: pass, codeArgs: map[*ast.CallExpr]ast.Expr{}}
	h := newHTTPView(pass.Pkg)
	if h == nil {
		return result, nil // nothing here can hold a ResponseWriter
	}
	result.http = h
	b := &flowBuilder{
		pass: pass, cfgs: pass.ResultOf[ctrlflow.Analyzer].(*ctrlflow.CFGs), http: h,
		decls: map[*types.Func]*ast.FuncDecl{}, files: map[*ast.FuncDecl]*ast.File{},
		state: map[*types.Func]int{}, always: map[*types.Func]helper{},
		interim: codes.Builtin().Interim,
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
	for _, fn := range slices.SortedFunc(maps.Keys(b.decls), func(a, b *types.Func) int { return int(a.Pos() - b.Pos()) }) {
		if h := b.sendsOn(fn); len(h.sends) > 0 || h.code >= 0 || h.trailers {
			f := &sendsFact{Sends: h.sends, Sets: h.sets, MayFail: h.mayFail, Body: h.body, Trailers: h.trailers}
			if h.code >= 0 {
				f.Code = []int{h.code}
			}
			pass.ExportObjectFact(fn, f)
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
		for _, evs := range f.events {
			for _, e := range evs {
				if call, ok := e.node.(*ast.CallExpr); ok && e.codeArg != nil && e.what != "" && !isNetHTTPCall(e) {
					result.codeArgs[call] = e.codeArg
				}
			}
		}
		if f.any() {
			result.funcs = append(result.funcs, f)
		}
	})
	return result, nil
}

// isNetHTTPCall reports whether e is a call of net/http's own (whose
// status arguments the renaming analyzer reads by itself).
func isNetHTTPCall(e event) bool {
	return strings.HasPrefix(e.what, "http.") || strings.HasSuffix(e.what, ".WriteHeader")
}

// any reports whether the flow has any event on a writer.
func (f *funcFlow) any() bool {
	for _, evs := range f.events {
		for _, e := range evs {
			if e.w != nil {
				return true
			}
		}
	}
	return false
}

// writer returns the writer variable e names: a plain identifier of a
// writer type or a framework's context, or a context's writer (gin's
// c.Writer, echo's c.Response()), which counts as its context.
func (b *flowBuilder) writer(e ast.Expr) *types.Var {
	if v := varOf(b.pass.TypesInfo, e); v != nil && b.isWriterParam(v.Type()) {
		return v
	}
	v, _ := contextWriter(b.pass.TypesInfo, e)
	return v
}

// isWriterParam reports whether a variable of type t is followed: a
// writer, or a framework's context.
func (b *flowBuilder) isWriterParam(t types.Type) bool {
	return b.http.isWriterType(t) || frameworkOf(t) != nil
}

// scope is what the events of one function need to know of the whole of
// it, found before its events are read.
type scope struct {
	flow *funcFlow
	// flushers are the variables that hold a writer as an http.Flusher or
	// in an http.ResponseController: their Flush sends on that writer.
	flushers map[*types.Var]*types.Var
	// consts are the variables assigned once, where they are declared,
	// with a constant, and never again: interim := http.StatusEarlyHints.
	consts map[*types.Var]constant.Value
}

// flow builds the flow of a function body.
func (b *flowBuilder) flow(n ast.Node, file *ast.File, g *cfg.CFG, typ *ast.FuncType) *funcFlow {
	f := &funcFlow{node: n, file: file, info: b.pass.TypesInfo, graph: g, events: make([][]event, len(g.Blocks)), results: typ.Results != nil && len(typ.Results.List) > 0, taggedCases: map[ast.Expr]bool{}}
	var bodyStmt *ast.BlockStmt
	switch n := n.(type) {
	case *ast.FuncDecl:
		bodyStmt = n.Body
	case *ast.FuncLit:
		bodyStmt = n.Body
	}
	sc := b.prescan(f, bodyStmt)
	for _, blk := range g.Blocks {
		if !blk.Live {
			continue
		}
		if blk.Kind == cfg.KindRangeBody {
			// Each iteration assigns the range's variables anew: a writer
			// ranged over is another writer in each.
			if rs, ok := blk.Stmt.(*ast.RangeStmt); ok {
				for _, x := range []ast.Expr{rs.Key, rs.Value} {
					if x == nil {
						continue
					}
					if v := b.writer(x); v != nil {
						f.events[blk.Index] = append(f.events[blk.Index], event{effect: reassign, w: v, node: rs})
					}
					if k, ok := f.flagIndex(x); ok {
						f.events[blk.Index] = append(f.events[blk.Index], event{effect: setFlag, flag: k, node: rs})
					}
				}
			}
		}
		for _, node := range blk.Nodes {
			f.events[blk.Index] = append(f.events[blk.Index], b.events(sc, node)...)
		}
	}
	for _, evs := range f.events {
		for _, e := range evs {
			if e.effect&header != 0 && canonicalKey(e.key) == "Trailer" {
				f.trailers = true
			}
		}
	}
	return f
}

// flagIndex returns the index of the flag e names, if it is one.
func (f *funcFlow) flagIndex(e ast.Expr) (int, bool) { return f.flagOf(e, len(f.flags)) }

// prescan finds what the events of the function need to know of all of
// it: its flags, flushers, constant variables and tagged switch cases, and
// whether it declares trailers.
func (b *flowBuilder) prescan(f *funcFlow, body *ast.BlockStmt) *scope {
	sc := &scope{flow: f, flushers: map[*types.Var]*types.Var{}, consts: map[*types.Var]constant.Value{}}
	if body == nil {
		return sc
	}
	info := b.pass.TypesInfo
	var conds []ast.Expr
	assigned := map[*types.Var]int{}   // assignments of each variable, its declaration's included
	unsafeVar := map[*types.Var]bool{} // address taken, or assigned in a function literal
	defs := map[*types.Var]ast.Expr{}  // the value a variable is declared with
	var assigns []struct {
		lhs ast.Expr
		rhs ast.Expr // nil when not one value
	}
	varOf := func(e ast.Expr) *types.Var {
		if id, ok := ast.Unparen(e).(*ast.Ident); ok {
			if v, ok := info.Uses[id].(*types.Var); ok {
				return v
			}
			if v, ok := info.Defs[id].(*types.Var); ok {
				return v
			}
		}
		return nil
	}
	baseVar := func(e ast.Expr) *types.Var {
		for {
			switch x := ast.Unparen(e).(type) {
			case *ast.SelectorExpr:
				e = x.X
			case *ast.IndexExpr:
				e = x.X
			case *ast.StarExpr:
				e = x.X
			default:
				return varOf(e)
			}
		}
	}
	var walk func(n ast.Node, inLit bool)
	walk = func(n ast.Node, inLit bool) {
		ast.Inspect(n, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				walk(n.Body, true)
				return false
			case *ast.IfStmt:
				if !inLit {
					conds = append(conds, n.Cond)
				}
			case *ast.ForStmt:
				if !inLit && n.Cond != nil {
					conds = append(conds, n.Cond)
				}
			case *ast.SwitchStmt:
				for _, c := range n.Body.List {
					for _, e := range c.(*ast.CaseClause).List {
						if n.Tag != nil {
							f.taggedCases[e] = true
						} else if !inLit {
							conds = append(conds, e)
						}
					}
				}
			case *ast.CallExpr:
				// h.Set("Trailer", …) on any http.Header declares trailers.
				if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok && (sel.Sel.Name == "Set" || sel.Sel.Name == "Add") && len(n.Args) > 0 && b.isHeader(sel.X) {
					if k, ok := b.stringConst(n.Args[0]); ok && canonicalKey(k) == "Trailer" {
						f.trailers = true
					}
				}
			case *ast.IndexExpr:
				// h["Trailer"] = …
				if b.isHeader(n.X) {
					if k, ok := b.stringConst(n.Index); ok && k == "Trailer" {
						f.trailers = true
					}
				}
			case *ast.UnaryExpr:
				if n.Op == token.AND {
					if v := baseVar(n.X); v != nil {
						unsafeVar[v] = true
					}
				}
			case *ast.AssignStmt:
				for i, l := range n.Lhs {
					v := baseVar(l)
					if v == nil {
						continue
					}
					if inLit {
						unsafeVar[v] = true
					}
					assigned[v]++
					var rhs ast.Expr
					if len(n.Lhs) == len(n.Rhs) {
						rhs = n.Rhs[i]
						if n.Tok == token.DEFINE && varOf(l) == v && info.Defs[ast.Unparen(l).(*ast.Ident)] != nil {
							defs[v] = rhs
						}
					}
					if !inLit {
						assigns = append(assigns, struct{ lhs, rhs ast.Expr }{l, rhs})
					}
				}
				// f, ok := w.(http.Flusher); rc := http.NewResponseController(w)
				if len(n.Rhs) == 1 && len(n.Lhs) >= 1 {
					if v := varOf(n.Lhs[0]); v != nil {
						if w := b.flusherOf(n.Rhs[0]); w != nil {
							sc.flushers[v] = w
						}
					}
				}
			case *ast.IncDecStmt:
				if v := baseVar(n.X); v != nil {
					assigned[v] += 2
					if inLit {
						unsafeVar[v] = true
					}
				}
			case *ast.RangeStmt:
				for _, x := range []ast.Expr{n.Key, n.Value} {
					if v := baseVar(x); x != nil && v != nil {
						assigned[v] += 2
						if inLit {
							unsafeVar[v] = true
						}
					}
				}
			case *ast.ValueSpec:
				for i, id := range n.Names {
					v, _ := info.Defs[id].(*types.Var)
					if v == nil {
						continue
					}
					assigned[v]++
					var rhs ast.Expr
					if len(n.Values) == len(n.Names) {
						rhs = n.Values[i]
						defs[v] = rhs
						if w := b.flusherOf(rhs); w != nil {
							sc.flushers[v] = w
						}
					}
					if !inLit {
						assigns = append(assigns, struct{ lhs, rhs ast.Expr }{id, rhs})
					}
				}
			}
			return true
		})
	}
	walk(body, false)
	for v, rhs := range defs {
		if assigned[v] == 1 && !unsafeVar[v] {
			if tv, ok := info.Types[rhs]; ok && tv.Value != nil {
				sc.consts[v] = tv.Value
			}
		}
	}
	// The flags: what the conditions test, of variables that no function
	// literal assigns and whose address is not taken.
	var keys []flagKey
	values := map[flagKey][]constant.Value{}
	addValue := func(k flagKey, v constant.Value) {
		if v == nil || slices.ContainsFunc(values[k], func(w constant.Value) bool { return sameConstant(v, w) }) {
			return
		}
		values[k] = append(values[k], v)
	}
	var visitCond func(e ast.Expr)
	visitCond = func(e ast.Expr) {
		switch c := ast.Unparen(e).(type) {
		case *ast.UnaryExpr:
			if c.Op == token.NOT {
				visitCond(c.X)
			}
			return
		case *ast.BinaryExpr:
			switch c.Op {
			case token.LAND, token.LOR:
				visitCond(c.X)
				visitCond(c.Y)
			case token.EQL, token.NEQ:
				for _, p := range [][2]ast.Expr{{c.X, c.Y}, {c.Y, c.X}} {
					if k, ok := flagKeyOf(info, p[0]); ok && !unsafeVar[k.base] {
						if tv, ok := info.Types[p[1]]; ok && tv.Value != nil {
							if !slices.Contains(keys, k) {
								keys = append(keys, k)
							}
							addValue(k, tv.Value)
						}
					}
				}
			}
			return
		}
		if k, ok := flagKeyOf(info, e); ok && !unsafeVar[k.base] && isBool(info.TypeOf(e)) {
			if !slices.Contains(keys, k) {
				keys = append(keys, k)
			}
			addValue(k, constant.MakeBool(true))
			addValue(k, constant.MakeBool(false))
		}
	}
	for _, c := range conds {
		visitCond(c)
	}
	for _, a := range assigns {
		k, ok := flagKeyOf(info, a.lhs)
		if !ok || !slices.Contains(keys, k) || a.rhs == nil {
			continue
		}
		if tv, ok := info.Types[a.rhs]; ok && tv.Value != nil {
			addValue(k, tv.Value)
		}
	}
	for _, k := range keys {
		if len(f.flags) == maxFlags {
			break
		}
		vs := values[k]
		if len(vs) > maxValues {
			vs = vs[:maxValues]
		}
		f.flags = append(f.flags, &flagVar{key: k, values: vs})
	}
	return sc
}

// isHeader reports whether e is an http.Header.
func (b *flowBuilder) isHeader(e ast.Expr) bool {
	t := b.pass.TypesInfo.TypeOf(e)
	return t != nil && b.http.header != nil && types.Identical(t, b.http.header)
}

// isBool reports whether t is a boolean type.
func isBool(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsBoolean != 0
}

// flusherOf returns the writer that e makes a flusher of:
// w.(http.Flusher), or any assertion to an interface with Flush, and
// http.NewResponseController(w).
func (b *flowBuilder) flusherOf(e ast.Expr) *types.Var {
	switch x := ast.Unparen(e).(type) {
	case *ast.TypeAssertExpr:
		if x.Type == nil {
			return nil
		}
		if w := b.writer(x.X); w != nil {
			if obj, _, _ := types.LookupFieldOrMethod(b.pass.TypesInfo.TypeOf(x.Type), true, nil, "Flush"); obj != nil {
				return w
			}
		}
	case *ast.CallExpr:
		if fn, ok := typeutil.Callee(b.pass.TypesInfo, x).(*types.Func); ok && fn.Pkg() != nil && fn.Pkg().Path() == "net/http" && fn.Name() == "NewResponseController" && len(x.Args) == 1 {
			return b.writer(x.Args[0])
		}
	}
	return nil
}

// canonicalKey returns key in net/http's canonical form for the few keys
// the checks compare: letters after a hyphen or at the start in upper
// case, the rest in lower case.
func canonicalKey(key string) string {
	b := []byte(strings.ToLower(key))
	for i := range b {
		if (i == 0 || b[i-1] == '-') && 'a' <= b[i] && b[i] <= 'z' {
			b[i] -= 'a' - 'A'
		}
	}
	return string(b)
}

// events returns what node does to writers and flags, in evaluation
// order. It does not look into function literals, which have flows of
// their own, nor into deferred calls and go statements, which run at
// another time.
func (b *flowBuilder) events(sc *scope, node ast.Node) []event {
	var evs []event
	info := b.pass.TypesInfo
	stmt, _ := node.(*ast.ExprStmt)
	// assign records the events of assigning rhs (nil: not a single
	// value, or the zero value when zero) to lhs.
	assign := func(n ast.Node, lhs, rhs ast.Expr, zero bool) {
		if v := b.writer(lhs); v != nil {
			evs = append(evs, event{effect: reassign, w: v, node: n})
		}
		if k, ok := sc.flow.flagIndex(lhs); ok {
			val := 0
			if rhs != nil {
				if tv, ok := info.Types[rhs]; ok && tv.Value != nil {
					val = sc.flow.flags[k].valueIndex(tv.Value)
				}
			} else if zero {
				if t := info.TypeOf(lhs); t != nil {
					val = sc.flow.flags[k].valueIndex(zeroValue(t))
				}
			}
			evs = append(evs, event{effect: setFlag, flag: k, fval: val, node: n})
		}
		// Assigning a variable changes the flags that are its fields.
		if id, ok := ast.Unparen(lhs).(*ast.Ident); ok {
			v, _ := info.Uses[id].(*types.Var)
			for i, fl := range sc.flow.flags {
				if v != nil && fl.key.base == v && fl.key.path != "" {
					evs = append(evs, event{effect: setFlag, flag: i, node: n})
				}
			}
			if v != nil && isErrorType(v.Type()) {
				evs = append(evs, event{effect: killErr, errVar: v, node: n})
			}
		}
	}
	ast.Inspect(node, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit, *ast.DeferStmt, *ast.GoStmt:
			return false
		case *ast.AssignStmt:
			var callEvs []event
			for _, r := range n.Rhs {
				callEvs = append(callEvs, b.events(sc, r)...)
			}
			// The error result of a call that may fail goes to the last
			// variable on the left.
			if len(n.Rhs) == 1 {
				if call, ok := ast.Unparen(n.Rhs[0]).(*ast.CallExpr); ok {
					for i := range callEvs {
						if callEvs[i].node == call && (callEvs[i].mayFail || callEvs[i].onErr) {
							if id, ok := ast.Unparen(n.Lhs[len(n.Lhs)-1]).(*ast.Ident); ok {
								v, _ := info.Uses[id].(*types.Var)
								if v == nil {
									v, _ = info.Defs[id].(*types.Var)
								}
								callEvs[i].errVar = v
							}
						}
					}
				}
			}
			for i, l := range n.Lhs {
				var rhs ast.Expr
				if len(n.Lhs) == len(n.Rhs) && n.Tok != token.ADD_ASSIGN && n.Tok != token.SUB_ASSIGN {
					rhs = n.Rhs[i]
				}
				if n.Tok != token.ASSIGN && n.Tok != token.DEFINE {
					rhs = nil // x += 1: not a constant any more
				}
				assign(n, l, rhs, false)
			}
			evs = append(evs, callEvs...)
			return false
		case *ast.ValueSpec:
			var callEvs []event
			for _, r := range n.Values {
				callEvs = append(callEvs, b.events(sc, r)...)
			}
			for i, id := range n.Names {
				var rhs ast.Expr
				if len(n.Values) == len(n.Names) {
					rhs = n.Values[i]
				}
				assign(n, id, rhs, len(n.Values) == 0)
			}
			evs = append(evs, callEvs...)
			return false
		case *ast.IncDecStmt:
			assign(n, n.X, nil, false)
			return false
		case *ast.ReturnStmt:
			for _, r := range n.Results {
				evs = append(evs, b.events(sc, r)...)
			}
			if e, ok := b.errReturn(sc, n); ok {
				evs = append(evs, e)
			}
			return false
		case *ast.BinaryExpr:
			// json.NewEncoder(w).Encode(v) != nil: the call's error is
			// the comparison's operand.
			if n.Op == token.EQL || n.Op == token.NEQ {
				for _, side := range []ast.Expr{n.X, n.Y} {
					for _, e := range b.events(sc, side) {
						if (e.mayFail || e.onErr) && e.node == ast.Unparen(side) {
							e.errCall = e.node.(*ast.CallExpr)
						}
						evs = append(evs, e)
					}
				}
				return false
			}
		case *ast.CallExpr:
			for _, a := range n.Args {
				evs = append(evs, b.events(sc, a)...)
			}
			if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok {
				evs = append(evs, b.events(sc, sel.X)...)
			}
			if e, ok := b.call(sc, n); ok {
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

// zeroValue returns the zero value of a basic type, as a constant.
func zeroValue(t types.Type) constant.Value {
	b, ok := t.Underlying().(*types.Basic)
	if !ok {
		return nil
	}
	switch {
	case b.Info()&types.IsBoolean != 0:
		return constant.MakeBool(false)
	case b.Info()&types.IsString != 0:
		return constant.MakeString("")
	case b.Info()&types.IsInteger != 0:
		return constant.MakeInt64(0)
	}
	return nil
}

// isErrorType reports whether t is the error interface.
func isErrorType(t types.Type) bool {
	return types.Identical(t, types.Universe.Lookup("error").Type())
}

// bodyWriters are the functions, by package and name, that write the body
// through a writer argument, with its index: fmt.Fprintf(w, ...). Those
// that mayFail may write nothing when they return an error (io.Copy from
// a source that fails on its first read); fmt's and io.WriteString write
// to the writer whatever happens, and net/http sends the status before the
// first byte.
var bodyWriters = map[string]map[string]struct {
	arg     int
	mayFail bool
}{
	"fmt":      {"Fprint": {0, false}, "Fprintf": {0, false}, "Fprintln": {0, false}},
	"io":       {"WriteString": {0, false}, "Copy": {0, true}, "CopyN": {0, true}, "CopyBuffer": {0, true}},
	"net/http": {"ServeContent": {0, false}, "ServeFile": {0, false}, "ServeFileFS": {0, false}},
}

// codeOf returns the value of a status argument when it is known: a
// constant, or a variable assigned a constant once.
func (b *flowBuilder) codeOf(sc *scope, e ast.Expr) (int, bool) {
	if n, ok := codes.CodeOf(b.pass.TypesInfo, e); ok {
		return n, true
	}
	if id, ok := ast.Unparen(e).(*ast.Ident); ok {
		if v, ok := b.pass.TypesInfo.Uses[id].(*types.Var); ok && sc != nil {
			if c, ok := sc.consts[v]; ok && c.Kind() == constant.Int {
				n, exact := constant.Int64Val(c)
				return int(n), exact && n >= -1<<31 && n < 1<<31
			}
		}
	}
	return 0, false
}

// paramOf returns the parameter of the function being built that e names.
func (b *flowBuilder) paramOf(sc *scope, e ast.Expr) *types.Var {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := b.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok {
		return nil
	}
	var params *types.Tuple
	switch n := sc.flow.node.(type) {
	case *ast.FuncDecl:
		if fn, ok := b.pass.TypesInfo.Defs[n.Name].(*types.Func); ok {
			params = fn.Type().(*types.Signature).Params()
		}
	}
	if params == nil {
		return nil
	}
	for i := range params.Len() {
		if params.At(i) == v {
			return v
		}
	}
	return nil
}

// withCode fills in the status an event sets from its argument.
func (b *flowBuilder) withCode(sc *scope, e event, arg ast.Expr) event {
	e.codeArg = arg
	e.code, e.codeOK = b.codeOf(sc, arg)
	e.codeParam = b.paramOf(sc, arg)
	return e
}

// call returns the event of one call, if it does something to a writer.
func (b *flowBuilder) call(sc *scope, call *ast.CallExpr) (event, bool) {
	e, ok := b.callEvent(sc, call)
	// A status set through a framework's context by net/http
	// (http.Error(c.Writer, …)) or by a helper goes through the
	// framework's writer: its rules apply. net/http's calls reach its
	// WriteHeader, which logs where the framework's does.
	if ok && e.fw == nil && e.w != nil && e.effect&sets != 0 {
		if fw := frameworkOf(e.w.Type()); fw != nil {
			e.fw, e.logs = fw, !e.helper
		}
	}
	return e, ok
}

// callEvent returns the event of a call, as call does, before a
// framework's rules are applied.
func (b *flowBuilder) callEvent(sc *scope, call *ast.CallExpr) (event, bool) {
	info := b.pass.TypesInfo
	if e, ok := b.nextCall(call); ok {
		return e, true
	}
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil {
		return event{}, false
	}
	sig := fn.Type().(*types.Signature)
	sel, _ := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	pkg, name := fn.Pkg().Path(), fn.Name()
	argWriter := func(i int) *types.Var {
		if 0 <= i && i < len(call.Args) {
			return b.writer(call.Args[i])
		}
		return nil
	}
	if sig.Recv() != nil && sel != nil {
		// A method of a framework's context, or of its writer.
		if c := varOf(b.pass.TypesInfo, sel.X); c != nil {
			if fw := frameworkOf(c.Type()); fw != nil {
				if e, ok := b.contextCall(sc, fw, c, call, sig, name); ok {
					return e, true
				}
				return b.derivedContextCall(sc, fw, c, fn, call)
			}
		}
		if c, fw := contextWriter(b.pass.TypesInfo, sel.X); c != nil {
			return b.contextWriterCall(sc, fw, c, call, name)
		}
		// A method of the writer itself: w.WriteHeader(c), w.Write(p),
		// w.Flush().
		if w := b.writer(sel.X); w != nil {
			switch name {
			case "WriteHeader":
				e := event{effect: sends | sets, w: w, node: call, what: w.Name() + ".WriteHeader"}
				if len(call.Args) == 1 {
					e = b.withCode(sc, e, call.Args[0])
				}
				return e, true
			case "Write", "WriteString":
				return event{effect: sends | body, w: w, node: call, what: w.Name() + "." + name}, true
			case "Flush":
				return event{effect: sends, w: w, node: call, what: w.Name() + ".Flush"}, true
			}
			return event{}, false
		}
		// f.Flush() for f := w.(http.Flusher) or http.NewResponseController(w);
		// w.(http.Flusher).Flush(); http.NewResponseController(w).Flush().
		if name == "Flush" {
			var w *types.Var
			if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok {
				if v, ok := info.Uses[id].(*types.Var); ok {
					w = sc.flushers[v]
				}
			} else {
				w = b.flusherOf(sel.X)
			}
			if w != nil {
				// A Flush that returns an error (ResponseController's) may
				// have flushed nothing when it fails: ErrNotSupported.
				return event{effect: sends, w: w, node: call, what: "Flush", mayFail: returnsError(sig)}, true
			}
		}
		// w.Header().Set(k, v), Add, Del.
		if inner, ok := ast.Unparen(sel.X).(*ast.CallExpr); ok && (name == "Set" || name == "Add" || name == "Del") && pkg == "net/http" {
			if isel, ok := ast.Unparen(inner.Fun).(*ast.SelectorExpr); ok && isel.Sel.Name == "Header" {
				if w := b.writer(isel.X); w != nil && len(call.Args) > 0 {
					key, _ := b.stringConst(call.Args[0])
					if strings.HasPrefix(key, "Trailer:") {
						return event{}, false // a trailer, sent after the body
					}
					what := w.Name()
					if frameworkOf(w.Type()) != nil {
						what = types.ExprString(isel.X) // c.Writer, c.Response()
					}
					return event{effect: header, w: w, node: call, what: what + ".Header()." + name, key: key}, true
				}
			}
		}
		// json.NewEncoder(w).Encode(v): nothing is written when v does not
		// marshal.
		if inner, ok := ast.Unparen(sel.X).(*ast.CallExpr); ok && pkg == "encoding/json" && name == "Encode" {
			if f, ok := typeutil.Callee(info, inner).(*types.Func); ok && f.Pkg() != nil && f.Pkg().Path() == "encoding/json" && f.Name() == "NewEncoder" && len(inner.Args) == 1 {
				if w := b.writer(inner.Args[0]); w != nil {
					return event{effect: sends | body, w: w, node: call, what: "json.NewEncoder(w).Encode", mayFail: true}, true
				}
			}
		}
		// tmpl.Execute(w, data), tmpl.ExecuteTemplate(w, name, data): an
		// escaping or lookup error comes before any write.
		if (pkg == "text/template" || pkg == "html/template") && (name == "Execute" || name == "ExecuteTemplate") {
			if w := argWriter(0); w != nil {
				return event{effect: sends | body, w: w, node: call, what: "template " + name, mayFail: true}, true
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
						e = b.withCode(sc, e, call.Args[2])
					}
					return e, true
				}
			case "Redirect":
				if w := argWriter(0); w != nil {
					e := event{effect: sends | sets, w: w, node: call, what: "http.Redirect"}
					if len(call.Args) == 4 {
						e = b.withCode(sc, e, call.Args[3])
					}
					return e, true
				}
			case "NotFound":
				if w := argWriter(0); w != nil {
					return event{effect: sends | sets | body, w: w, node: call, what: "http.NotFound", code: 404, codeOK: true}, true
				}
			}
		}
		if bw, ok := bodyWriters[pkg][name]; ok {
			if w := argWriter(bw.arg); w != nil {
				return event{effect: sends | body, w: w, node: call, what: lastElem(pkg) + "." + name, mayFail: bw.mayFail}, true
			}
		}
	}
	// A helper: one that always sends on a parameter, or passes one as the
	// status.
	h := b.helperParams(fn)
	for _, i := range h.sends {
		if w := argWriter(i); w != nil {
			e := event{effect: sends, w: w, node: call, what: fn.Name(), mayFail: slices.Contains(h.mayFail, i) && returnsError(sig), helper: true}
			if slices.Contains(h.sets, i) {
				e.effect |= sets
			}
			if h.code >= 0 && h.code < len(call.Args) {
				e = b.withCode(sc, e, call.Args[h.code])
				e.bodyAfter = h.body
			}
			if h.trailers {
				sc.flow.trailers = true
			}
			return e, true
		}
	}
	if h.trailers {
		sc.flow.trailers = true
	}
	if h.code >= 0 && h.code < len(call.Args) {
		// It sets the status on some paths only: no event, but the status
		// argument is still one, for the names and for the facts.
		e := b.withCode(sc, event{node: call, what: fn.Name()}, call.Args[h.code])
		return e, true
	}
	return event{}, false
}

// returnsError reports whether a signature's last result is an error.
func returnsError(sig *types.Signature) bool {
	r := sig.Results()
	return r.Len() > 0 && isErrorType(r.At(r.Len()-1).Type())
}

// lastElem returns the last element of an import path: "fmt", "io", "http".
func lastElem(importPath string) string {
	return importPath[strings.LastIndexByte(importPath, '/')+1:]
}

// stringConst returns the value of a constant string expression.
func (b *flowBuilder) stringConst(e ast.Expr) (string, bool) {
	tv, ok := b.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}

// helperParams returns what fn does on its writer parameters: from this
// package's analysis, or from a fact of another's.
func (b *flowBuilder) helperParams(fn *types.Func) helper {
	fn = fn.Origin()
	if _, local := b.decls[fn]; local {
		return b.sendsOn(fn)
	}
	var f sendsFact
	if fn.Pkg() != b.pass.Pkg && b.pass.ImportObjectFact(fn, &f) {
		h := helper{sends: f.Sends, sets: f.Sets, mayFail: f.MayFail, code: -1, body: f.Body, trailers: f.Trailers}
		if len(f.Code) == 1 {
			h.code = f.Code[0]
		}
		return h
	}
	return helper{code: -1}
}

// sendsOn returns what a function of this package does on its writer
// parameters. A function that calls itself, directly or not, is taken to
// do nothing while it is being decided.
func (b *flowBuilder) sendsOn(fn *types.Func) helper {
	switch b.state[fn] {
	case 1:
		return helper{code: -1}
	case 2:
		return b.always[fn]
	}
	b.state[fn] = 1
	defer func() { b.state[fn] = 2 }()
	d := b.decls[fn]
	g := b.cfgs.FuncDecl(d)
	if g == nil {
		return helper{code: -1}
	}
	sig := fn.Type().(*types.Signature)
	f := b.flow(d, b.files[d], g, d.Type)
	h := helper{code: -1, trailers: f.trailers}
	// The writers it sends on: its parameters, by index, and the
	// receiver, as recvIndex, when it is a framework's context (a method of
	// gin's *Context that always answers).
	writers := map[int]*types.Var{}
	for i := range sig.Params().Len() {
		if p := sig.Params().At(i); b.isWriterParam(p.Type()) {
			writers[i] = p
		}
	}
	if r := sig.Recv(); r != nil && frameworkOf(r.Type()) != nil {
		writers[recvIndex] = r
	}
	for _, i := range slices.Sorted(maps.Keys(writers)) {
		first, mayFail := f.firstSends(writers[i], b)
		if first != 0 && first&notYet == 0 {
			h.sends = append(h.sends, i)
			if first == bySetting {
				h.sets = append(h.sets, i)
			}
			if mayFail && returnsError(sig) {
				h.mayFail = append(h.mayFail, i)
			}
		}
	}
	// The status parameter: one passed as the status of a call that sets
	// it, on any path; a body follows it when a body write is reached from
	// that call.
	bodyAfter := f.sendsBefore(func(e *event) bool { return e.codeParam != nil && e.effect&sets != 0 }, func(e *event) bool { return e.effect&body != 0 })
	for _, evs := range f.events {
		for i := range evs {
			e := &evs[i]
			if e.codeParam == nil || h.code >= 0 {
				continue
			}
			for j := range sig.Params().Len() {
				if sig.Params().At(j) == e.codeParam {
					h.code = j
				}
			}
			if e.bodyAfter {
				h.body = true
			}
		}
	}
	for _, from := range bodyAfter {
		for _, g := range from {
			if g.codeParam != nil && h.code >= 0 && sig.Params().At(h.code) == g.codeParam {
				h.body = true
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
// count. mayFail says some first send may have written nothing on an
// error.
func (f *funcFlow) firstSends(w *types.Var, b *flowBuilder) (firstSend, bool) {
	n := len(f.graph.Blocks)
	in, out := make([]firstSend, n), make([]firstSend, n)
	in[0] = notYet
	mayFail := false
	step := func(s firstSend, e *event) firstSend {
		switch {
		case e.w != w:
			return s
		case e.effect&reassign != 0:
			return notYet
		case e.effect&sends != 0 && !e.onErr && s&notYet != 0:
			if e.effect&sets != 0 && e.codeOK && b.interim(e.code) {
				return s // an interim status: the final one follows
			}
			if e.mayFail {
				mayFail = true
			}
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
	return exits, mayFail
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
