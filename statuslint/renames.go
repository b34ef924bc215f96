package statuslint

import (
	_ "embed"
	"flag"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"github.com/statusgen/statusgen/statuslint/internal/codes"
	"github.com/statusgen/statusgen/statuslint/internal/nolint"
	"github.com/statusgen/statusgen/statuslint/internal/response"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

//go:embed renames.go
var renamesSrc string

// Analyzer, statuslint, suggests the names and helpers of a statusgen table
// for bare status codes, range checks, deprecated names and net/http's
// constants.
//
// Each report carries a fix that changes nothing a program does, as the
// package's documentation says. Its flag -nethttp also moves net/http's
// status constants (http.StatusNotFound) onto the table's; the table and
// the generated package are statuscodes's flags, which it requires.
var Analyzer = &analysis.Analyzer{
	Name:     "statuslint",
	Doc:      docOf(renamesSrc, "Analyzer"),
	URL:      docURL("statuslint"),
	Flags:    renameFlags(),
	Requires: []*analysis.Analyzer{inspect.Analyzer, codes.Analyzer, response.Analyzer},
	Run:      run,
}

func renameFlags() flag.FlagSet {
	var fs flag.FlagSet
	fs.Bool("nethttp", false, "also move net/http's status constants (http.StatusNotFound) onto the table's")
	return fs
}

// finding is one report before the package's name in its file is known.
type finding struct {
	node    ast.Node // what the fix replaces
	message string   // with NUL where the package's name goes
	text    string   // the replacement, with NUL where the package's name goes
	needPkg bool     // whether text names the package
	// constant says text is one of the package's constants, standing where
	// node stood: when they are typed, the fix converts to node's type.
	constant bool
	noFix    string // why the report has no fix; "" when it has one
}

// fileRun is the analysis of one file.
type fileRun struct {
	*pkgRun
	genView
	file  *ast.File
	src   []byte
	found []finding
	skip  []ast.Node // range checks already reported: their literals are not
}

// pkgRun is what the analysis of a package knows for all its files.
type pkgRun struct {
	pass    *analysis.Pass
	names   *codes.Codes
	nethttp bool // -nethttp
	// checks is what the response checks report: a code on a call or a
	// line they report is not renamed, so that a bug is not made to look
	// deliberate, and golangci-lint, which shows one report a line, shows
	// the bug.
	checks *response.Result
	nolint *nolint.Comments
	// lib is the generated package as the package's non-test files reach
	// it, and all as all the pass's files do: a fix in a non-test file is
	// the same whether or not the pass has the tests, so that the package
	// and its test variant agree on it.
	lib, all genView
	// statusVars are the local variables that hold a status value and are
	// never assigned again: code := resp.StatusCode.
	statusVars map[*types.Var]bool
	// testDecls are the names that the package's own _test.go files
	// declare, as the driver found them, when the pass does not include
	// those files.
	testDecls []string
	// cycle says the generated package imports this one: no fix may import
	// it here.
	cycle bool
}

// genView is the generated package as a file sees it.
type genView struct {
	pkgName string // the generated package's name
	// nameKnown says pkgName is the package's own name, seen in the types;
	// otherwise a new import names it explicitly.
	nameKnown bool
	typed     typedness
}

// typedness is whether the generated package's constants have the code
// type (statusgen -typed).
type typedness int

const (
	untyped typedness = iota
	typed
)

func run(pass *analysis.Pass) (any, error) {
	names := pass.ResultOf[codes.Analyzer].(*codes.Codes)
	if pass.Pkg.Path() == names.Path() {
		return nil, nil // the generated package itself
	}
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	pr := &pkgRun{pass: pass, names: names, nethttp: pass.Analyzer.Flags.Lookup("nethttp").Value.String() == "true",
		checks: pass.ResultOf[response.Analyzer].(*response.Result), nolint: nolint.New(pass)}
	if !hasTestFiles(pass) {
		pr.testDecls = names.TestDecls(pass.Pkg.Path())
	}
	var libImports []*types.Package
	for _, f := range pass.Files {
		if isTestFile(pass, f) {
			continue
		}
		for _, spec := range f.Imports {
			if pn := pass.TypesInfo.PkgNameOf(spec); pn != nil {
				libImports = append(libImports, pn.Imported())
			}
		}
	}
	pr.lib = viewOf(names, codes.FindPackage(names.Path(), libImports...))
	pr.all = viewOf(names, codes.FindPackage(names.Path(), pass.Pkg))
	pr.cycle = names.Imports(pass.Pkg.Path())
	pr.statusVars = pr.findStatusVars()
	runs := map[*token.File]*fileRun{}
	var order []*fileRun
	for _, file := range pass.Files {
		tf := pass.Fset.File(file.Pos())
		if tf == nil || ast.IsGenerated(file) {
			continue
		}
		// The fixes are cut from the file's text, which must be the text
		// that was parsed: a driver whose ReadFile does not see an
		// editor's overlay (go/analysis/checker's, as of x/tools v0.52.0)
		// gives the file on disk, or nothing, and the file is skipped.
		src, err := pass.ReadFile(tf.Name())
		if err != nil || len(src) != tf.Size() {
			continue
		}
		r := &fileRun{pkgRun: pr, genView: pr.lib, file: file, src: src}
		if isTestFile(pass, file) {
			r.genView = pr.all
		}
		runs[tf] = r
		order = append(order, r)
	}
	of := func(n ast.Node) *fileRun { return runs[pass.Fset.File(n.Pos())] }
	// Range checks first, so that the literals inside a reported range
	// check are not reported again.
	ins.Preorder([]ast.Node{(*ast.BinaryExpr)(nil)}, func(n ast.Node) {
		if r := of(n); r != nil {
			r.rangeCheck(n.(*ast.BinaryExpr))
		}
	})
	ins.Preorder([]ast.Node{(*ast.CallExpr)(nil), (*ast.CompositeLit)(nil), (*ast.BinaryExpr)(nil), (*ast.SwitchStmt)(nil), (*ast.SelectorExpr)(nil), (*ast.Ident)(nil)}, func(n ast.Node) {
		r := of(n)
		if r == nil || r.skipped(n) {
			return
		}
		switch n := n.(type) {
		case *ast.CallExpr:
			r.call(n)
		case *ast.CompositeLit:
			r.compositeLit(n)
		case *ast.BinaryExpr:
			r.comparison(n)
		case *ast.SwitchStmt:
			r.switchStmt(n)
		case *ast.SelectorExpr:
			r.selector(n)
		case *ast.Ident:
			r.deprecated(n)
		}
	})
	for _, r := range order {
		r.report()
	}
	return nil, nil
}

// viewOf returns the generated package as a file that reaches it as p
// sees it (p nil: one that does not reach it). The package's name is its
// own where the file reaches it; otherwise the name statusgen's -package
// would most likely give, written out in the import. Its constants are
// typed as the configuration says, unless the file reaches them.
func viewOf(names *codes.Codes, p *types.Package) genView {
	v := genView{pkgName: names.PackageName(), nameKnown: names.Path() == DefaultPkg} // its package clause is ours
	if names.Typed() {
		v.typed = typed
	}
	if p != nil {
		v.pkgName, v.nameKnown, v.typed = p.Name(), true, untyped
		if c, ok := p.Scope().Lookup(names.AnyConst()).(*types.Const); ok {
			if named, isNamed := types.Unalias(c.Type()).(*types.Named); isNamed && named.Obj().Name() == names.TypeName() {
				v.typed = typed
			}
		}
	}
	return v
}

// isTestFile reports whether f is a _test.go file.
func isTestFile(pass *analysis.Pass, f *ast.File) bool {
	return strings.HasSuffix(pass.Fset.File(f.Pos()).Name(), "_test.go")
}

func (r *fileRun) skipped(n ast.Node) bool {
	if r.checks.OnLine(r.pass.Fset.Position(n.Pos())) {
		return true
	}
	for _, s := range r.skip {
		if s.Pos() <= n.Pos() && n.End() <= s.End() {
			return true
		}
	}
	return false
}

// literal reports e if it is a status literal: three decimal digits of a
// registered code that is not deprecated.
func (r *fileRun) literal(e ast.Expr) {
	e = ast.Unparen(e)
	lit, ok := e.(*ast.BasicLit)
	if !ok || lit.Kind != token.INT || len(lit.Value) != 3 || strings.Trim(lit.Value, "0123456789") != "" || r.skipped(lit) {
		return
	}
	code, _ := strconv.Atoi(lit.Value)
	name, ok := r.names.Const(code)
	if !ok {
		return
	}
	r.found = append(r.found, finding{
		node:     lit,
		message:  fmt.Sprintf("status code %d is \x00.%s", code, name),
		text:     "\x00." + name,
		needPkg:  true,
		constant: true,
	})
	r.skip = append(r.skip, lit)
}

// call reports the status arguments of net/http's functions and of
// WriteHeader on any http.ResponseWriter.
func (r *fileRun) call(call *ast.CallExpr) {
	fn, ok := typeutil.Callee(r.pass.TypesInfo, call).(*types.Func)
	if !ok || fn.Pkg() == nil {
		return
	}
	sig := fn.Type().(*types.Signature)
	if r.checks.About(call) {
		return // a response check reports this call: its code stays as it is
	}
	if sig.Recv() == nil && fn.Pkg().Path() == "net/http" {
		arg := map[string]int{"Error": 2, "Redirect": 3, "RedirectHandler": 1, "StatusText": 0}
		if i, ok := arg[fn.Name()]; ok && i < len(call.Args) {
			r.literal(call.Args[i])
		}
		return
	}
	if arg, ok := r.checks.CodeArg(call); ok {
		// A helper that takes the status: writeErr(w, 460, msg).
		r.literal(arg)
		return
	}
	if a, b, ok := assertion(fn, call); ok {
		// assert.Equal(t, 200, rec.Code), either way round.
		switch {
		case r.isStatus(b):
			r.literal(a)
		case r.isStatus(a):
			r.literal(b)
		}
		return
	}
	if fn.Name() != "WriteHeader" || sig.Recv() == nil || len(call.Args) != 1 {
		return
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return
	}
	recv := r.pass.TypesInfo.TypeOf(sel.X)
	if r.checks.ImplementsWriter(recv) {
		r.literal(call.Args[0])
	}
}

// compositeLit reports http.Response{StatusCode: 404} and
// httptest.ResponseRecorder{Code: 200}.
func (r *fileRun) compositeLit(cl *ast.CompositeLit) {
	named, ok := types.Unalias(deref(r.pass.TypesInfo.TypeOf(cl))).(*types.Named)
	if !ok || named.Obj().Pkg() == nil {
		return
	}
	var field string
	switch path, name := named.Obj().Pkg().Path(), named.Obj().Name(); {
	case path == "net/http" && name == "Response":
		field = "StatusCode"
	case path == "net/http/httptest" && name == "ResponseRecorder":
		field = "Code"
	default:
		return
	}
	for _, elt := range cl.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok && id.Name == field {
				r.literal(kv.Value)
			}
		}
	}
}

// isStatus reports whether e is one of the values whose comparisons the
// analyzer reads: (*http.Response).StatusCode,
// (*httptest.ResponseRecorder).Code, a value of the generated code type, or
// a local variable that holds one of them and is never assigned again.
func (r *pkgRun) isStatus(e ast.Expr) bool {
	e = ast.Unparen(e)
	if id, ok := e.(*ast.Ident); ok {
		if v, ok := r.pass.TypesInfo.Uses[id].(*types.Var); ok && r.statusVars[v] {
			return true
		}
	}
	if sel, ok := e.(*ast.SelectorExpr); ok {
		if s := r.pass.TypesInfo.Selections[sel]; s != nil && s.Kind() == types.FieldVal {
			f := s.Obj().(*types.Var)
			if f.Pkg() != nil && (f.Pkg().Path() == "net/http" && f.Name() == "StatusCode" || f.Pkg().Path() == "net/http/httptest" && f.Name() == "Code") {
				return true
			}
		}
	}
	return r.isCodeType(e)
}

// isCodeType reports whether e has the generated package's code type.
func (r *pkgRun) isCodeType(e ast.Expr) bool {
	named, ok := types.Unalias(r.pass.TypesInfo.TypeOf(e)).(*types.Named)
	return ok && named.Obj().Pkg() != nil && named.Obj().Pkg().Path() == r.names.Path() && named.Obj().Name() == r.names.TypeName()
}

// comparison reports a literal compared with a status value by == or !=.
// An ordering (resp.StatusCode >= 400) is a bound, not a code: 400 there
// means "from here on", not Bad Request, and is left as it is.
func (r *fileRun) comparison(b *ast.BinaryExpr) {
	if b.Op != token.EQL && b.Op != token.NEQ {
		return
	}
	switch {
	case r.isStatus(b.X):
		r.literal(b.Y)
	case r.isStatus(b.Y):
		r.literal(b.X)
	}
}

// switchStmt reports the literal cases of a switch on a status value.
func (r *fileRun) switchStmt(s *ast.SwitchStmt) {
	if s.Tag == nil || !r.isStatus(s.Tag) {
		return
	}
	for _, stmt := range s.Body.List {
		for _, e := range stmt.(*ast.CaseClause).List {
			r.literal(e)
		}
	}
}

// bound is one comparison of a range check, as a bound on x: x >= n when
// lower, x <= n otherwise.
type bound struct {
	x     ast.Expr
	n     int
	lower bool
}

// asBound reads x OP n or n OP x, x a status value, as a bound on x:
// inside says which side of the bound the comparison holds on (for &&),
// or, when false, the side it rules out (for ||).
func (r *fileRun) asBound(e ast.Expr, inside bool) (bound, bool) {
	b, ok := ast.Unparen(e).(*ast.BinaryExpr)
	if !ok {
		return bound{}, false
	}
	x, y, op := b.X, b.Y, b.Op
	if !r.isStatus(x) {
		x, y = y, x
		switch op { // n < x is x > n
		case token.LSS:
			op = token.GTR
		case token.LEQ:
			op = token.GEQ
		case token.GTR:
			op = token.LSS
		case token.GEQ:
			op = token.LEQ
		}
	}
	if !r.isStatus(x) || !pure(x) {
		return bound{}, false
	}
	n, ok := codes.CodeOf(r.pass.TypesInfo, y)
	if !ok {
		return bound{}, false
	}
	// x >= n holds inside a range from n; x < n rules out below n.
	switch {
	case op == token.GEQ && inside, op == token.LSS && !inside:
		return bound{x, n, true}, true
	case op == token.GTR && inside, op == token.LEQ && !inside:
		return bound{x, n + 1, true}, true
	case op == token.LEQ && inside, op == token.GTR && !inside:
		return bound{x, n, false}, true
	case op == token.LSS && inside, op == token.GEQ && !inside:
		return bound{x, n - 1, false}, true
	}
	return bound{}, false
}

// pure reports whether e is an identifier or a chain of field selections,
// which reads the same each time it is evaluated.
func pure(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return true
	case *ast.SelectorExpr:
		return pure(e.X)
	}
	return false
}

// rangeCheck reports x >= first && x <= last, its negation x < first ||
// x > last, and x/100 == d and x/100 != d, for a status value x and a
// class of the table.
func (r *fileRun) rangeCheck(b *ast.BinaryExpr) {
	var x ast.Expr
	var first, last int
	negate := false
	switch b.Op {
	case token.LAND, token.LOR:
		inside := b.Op == token.LAND
		p, ok1 := r.asBound(b.X, inside)
		q, ok2 := r.asBound(b.Y, inside)
		if !ok1 || !ok2 || p.lower == q.lower || r.source(p.x) != r.source(q.x) {
			return
		}
		if !p.lower {
			p, q = q, p
		}
		x, first, last, negate = p.x, p.n, q.n, !inside
	case token.EQL, token.NEQ:
		div, lit := b.X, b.Y
		if _, ok := ast.Unparen(div).(*ast.BinaryExpr); !ok {
			div, lit = lit, div
		}
		q, ok := ast.Unparen(div).(*ast.BinaryExpr)
		if !ok || q.Op != token.QUO || !r.isStatus(q.X) || !pure(q.X) {
			return
		}
		hundred, ok1 := codes.CodeOf(r.pass.TypesInfo, q.Y)
		d, ok2 := codes.CodeOf(r.pass.TypesInfo, lit)
		if !ok1 || !ok2 || hundred != 100 || d < 1 || d > 9 {
			return
		}
		x, first, last, negate = q.X, 100*d, 100*d+99, b.Op == token.NEQ
	default:
		return
	}
	helper, ok := r.names.ClassHelper(first, last)
	if !ok {
		return
	}
	xs := r.source(x)
	text, needPkg := "\x00."+helper+"("+xs+")", true
	if r.isCodeType(x) {
		text, needPkg = parenthesize(xs, x)+"."+helper+"()", false
	}
	if negate {
		text = "!" + text
	}
	what := "in"
	if negate {
		what = "outside"
	}
	r.found = append(r.found, finding{
		node:    b,
		message: fmt.Sprintf("this checks that %s is %s class %d–%d: use %s", xs, what, first, last, text),
		text:    text,
		needPkg: needPkg,
	})
	r.skip = append(r.skip, b)
}

// parenthesize returns the source xs of x, in parentheses unless a method
// call can follow it as it is.
func parenthesize(xs string, x ast.Expr) string {
	if pure(x) {
		return xs
	}
	return "(" + xs + ")"
}

// source returns the text of n in the file.
func (r *fileRun) source(n ast.Node) string {
	tf := r.pass.Fset.File(n.Pos())
	start, end := tf.Offset(n.Pos()), tf.Offset(n.End())
	if start < 0 || end > len(r.src) || start > end {
		return types.ExprString(n.(ast.Expr))
	}
	return string(r.src[start:end])
}

// selector reports, with -nethttp, net/http's status constants.
func (r *fileRun) selector(sel *ast.SelectorExpr) {
	if !r.nethttp {
		return
	}
	c, ok := r.pass.TypesInfo.Uses[sel.Sel].(*types.Const)
	if !ok || c.Pkg() == nil || c.Pkg().Path() != "net/http" || !strings.HasPrefix(c.Name(), "Status") {
		return
	}
	if id, ok := sel.X.(*ast.Ident); !ok || r.pass.TypesInfo.Uses[id] == nil {
		return
	} else if _, isPkg := r.pass.TypesInfo.Uses[id].(*types.PkgName); !isPkg {
		return
	}
	code, ok := codes.CodeOf(r.pass.TypesInfo, sel)
	if !ok {
		return
	}
	name, ok := r.names.Const(code)
	if !ok {
		return
	}
	r.found = append(r.found, finding{
		node:     sel,
		message:  fmt.Sprintf("%s is \x00.%s", r.source(sel), name),
		text:     "\x00." + name,
		needPkg:  true,
		constant: true,
	})
	r.skip = append(r.skip, sel)
}

// deprecated reports a use of a deprecated constant of the generated
// package, and replaces the name alone, so that the qualifier stays. It
// never writes a deprecated name: the earlier name of a code that is itself
// deprecated is reported without a fix.
func (r *fileRun) deprecated(id *ast.Ident) {
	c, ok := r.pass.TypesInfo.Uses[id].(*types.Const)
	if !ok || c.Pkg() == nil || c.Pkg().Path() != r.names.Path() {
		return
	}
	if code, ok := r.names.DeprecatedCode(id.Name); ok {
		r.found = append(r.found, finding{
			node:    id,
			message: fmt.Sprintf("%s is deprecated, and so is its code, %d, which has no current name", id.Name, code),
			noFix:   "no name to write",
		})
		return
	}
	current, ok := r.names.Current(id.Name)
	if !ok {
		return
	}
	f := finding{
		node:    id,
		message: fmt.Sprintf("%s is deprecated: its code is now %s", id.Name, current),
		text:    current,
	}
	if !r.qualified(id) {
		// A dot import: the new name must reach the package's constant at
		// this site, not a local of the same name.
		if _, obj := r.pass.Pkg.Scope().Innermost(id.Pos()).LookupParent(current, id.Pos()); obj == nil || obj.Pkg() != c.Pkg() || obj.Name() != current {
			f.noFix = current + " is something else here"
		}
	}
	r.found = append(r.found, f)
}

// qualified reports whether id is the selector of a qualified identifier,
// pkg.Name.
func (r *fileRun) qualified(id *ast.Ident) bool {
	qualified := false
	ast.Inspect(r.file, func(n ast.Node) bool {
		if qualified || n == nil || n.Pos() > id.Pos() || n.End() < id.End() {
			return false
		}
		if sel, ok := n.(*ast.SelectorExpr); ok && sel.Sel == id {
			qualified = true
		}
		return true
	})
	return qualified
}

// report decides the name the file uses for the generated package, then
// reports every finding with its fix. A fix adds the import where needed,
// and removes any import it leaves unused: where the fixes together would
// leave one unused (net/http, in a file that used it for its constants
// alone), each of those fixes makes all of them and removes it, so that a
// fix applied alone and all of them applied at once (identical edits
// merge) both compile without an import tool behind them, as under
// golangci-lint --fix.
func (r *fileRun) report() {
	if len(r.found) == 0 {
		return
	}
	slices.SortStableFunc(r.found, func(a, b finding) int { return int(a.node.Pos() - b.node.Pos()) })
	name := r.packageName()
	type fixed struct {
		d    analysis.Diagnostic
		node ast.Node
		edit analysis.TextEdit // the replacement; NewText nil when no fix
		text string
		need bool // whether it needs the import of the generated package
		// bundled says it uses an import that the fixes leave unused: its
		// fix makes all of those and removes the import.
		bundled bool
	}
	var out []fixed
	for _, f := range r.found {
		if r.nolint.Covers(f.node.Pos(), "statuslint") {
			continue
		}
		needImport := f.needPkg && !r.imports(name)
		if needImport && r.cycle {
			continue // the package cannot be imported here: nothing to suggest
		}
		// NUL marks the package's name: it cannot occur in Go source, so no
		// text of the file is read as a placeholder.
		text := strings.ReplaceAll(f.text, "\x00", name)
		msg := strings.ReplaceAll(f.message, "\x00", name)
		x := fixed{d: analysis.Diagnostic{Pos: f.node.Pos(), End: f.node.End(), Message: msg}, node: f.node, need: needImport}
		if f.constant && f.noFix == "" {
			text, f.noFix = r.convert(text, f.node)
		}
		if f.noFix == "" {
			x.edit, x.text = analysis.TextEdit{Pos: f.node.Pos(), End: f.node.End(), NewText: []byte(text)}, text
		}
		out = append(out, x)
	}
	// The imports that the fixes, all of them, leave with no use.
	var replaced []ast.Node
	for _, x := range out {
		if x.edit.NewText != nil {
			replaced = append(replaced, x.node)
		}
	}
	unused := r.unusedAfter(replaced)
	var importEdits []analysis.TextEdit
	for _, spec := range unused {
		importEdits = append(importEdits, r.deleteImport(spec, unused)...)
	}
	var add *analysis.TextEdit
	for _, x := range out {
		if x.need && x.edit.NewText != nil {
			add = r.importEdit(name, unused)
			break
		}
	}
	// The fixes that touch a removed import's last uses, made as one.
	gone := map[*types.PkgName]bool{}
	for _, spec := range unused {
		gone[r.importedPkg(spec)] = true
	}
	var bundle []analysis.TextEdit
	bundled := 0
	needs := false
	for i := range out {
		x := &out[i]
		if x.edit.NewText != nil && r.uses(x.node, gone) {
			x.bundled = true
			bundle = append(bundle, x.edit)
			bundled++
			needs = needs || x.need
		}
	}
	bundle = append(bundle, importEdits...)
	if needs && add != nil {
		bundle = append(bundle, *add)
	}
	for _, x := range out {
		if x.edit.NewText != nil {
			fix := analysis.SuggestedFix{Message: "Replace with " + x.text}
			if x.bundled {
				fix.TextEdits = bundle
				if bundled > 1 {
					fix.Message += fmt.Sprintf(", and the file's %d other such uses of %s, whose import is then removed", bundled-1, importNames(unused))
				} else {
					fix.Message += ", and remove the import of " + importNames(unused) + ", then unused"
				}
			} else {
				fix.TextEdits = []analysis.TextEdit{x.edit}
				if x.need && add != nil {
					fix.TextEdits = append(fix.TextEdits, *add)
				}
			}
			x.d.SuggestedFixes = []analysis.SuggestedFix{fix}
		}
		r.pass.Report(x.d)
	}
}

// imports reports whether the file imports the generated package under
// name already.
func (r *fileRun) imports(name string) bool {
	for _, spec := range r.file.Imports {
		if p, err := strconv.Unquote(spec.Path.Value); err == nil && p == r.names.Path() {
			n := r.pkgName
			if spec.Name != nil {
				n = spec.Name.Name
			}
			if n == name {
				return true
			}
		}
	}
	return false
}

// importedPkg returns the package name an import spec declares, or nil
// for a blank or dot import.
func (r *fileRun) importedPkg(spec *ast.ImportSpec) *types.PkgName {
	var obj types.Object
	if spec.Name != nil {
		obj = r.pass.TypesInfo.Defs[spec.Name]
	} else {
		obj = r.pass.TypesInfo.Implicits[spec]
	}
	pn, _ := obj.(*types.PkgName)
	if pn == nil || pn.Name() == "_" || pn.Name() == "." {
		return nil
	}
	return pn
}

// uses reports whether n refers to one of the packages pkgs.
func (r *fileRun) uses(n ast.Node, pkgs map[*types.PkgName]bool) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if pn, ok := r.pass.TypesInfo.Uses[id].(*types.PkgName); ok && pkgs[pn] {
				found = true
			}
		}
		return !found
	})
	return found
}

// unusedAfter returns the file's imports whose every use is inside the
// replaced nodes, and which some replaced node uses.
func (r *fileRun) unusedAfter(replaced []ast.Node) []*ast.ImportSpec {
	inside, outside := map[*types.PkgName]int{}, map[*types.PkgName]int{}
	ast.Inspect(r.file, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok {
			return true
		}
		pn, ok := r.pass.TypesInfo.Uses[id].(*types.PkgName)
		if !ok {
			return true
		}
		if slices.ContainsFunc(replaced, func(m ast.Node) bool { return m.Pos() <= id.Pos() && id.End() <= m.End() }) {
			inside[pn]++
		} else {
			outside[pn]++
		}
		return true
	})
	var unused []*ast.ImportSpec
	for _, spec := range r.file.Imports {
		if pn := r.importedPkg(spec); pn != nil && inside[pn] > 0 && outside[pn] == 0 {
			unused = append(unused, spec)
		}
	}
	return unused
}

// importNames lists the import paths of specs for a message.
func importNames(specs []*ast.ImportSpec) string {
	var paths []string
	for _, s := range specs {
		paths = append(paths, s.Path.Value)
	}
	return strings.Join(paths, " and ")
}

// deleteImport returns the edits that delete spec from the file: its line,
// comment included, when it has the line to itself, or its whole
// declaration when nothing else of it stays (gone lists the specs all
// the fixes delete).
func (r *fileRun) deleteImport(spec *ast.ImportSpec, gone []*ast.ImportSpec) []analysis.TextEdit {
	for _, d := range r.file.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.IMPORT || !slices.Contains(g.Specs, ast.Spec(spec)) {
			continue
		}
		if !slices.ContainsFunc(g.Specs, func(s ast.Spec) bool { return !slices.Contains(gone, s.(*ast.ImportSpec)) }) {
			// The declaration goes: the first spec's edit deletes it all.
			if g.Specs[0] != spec {
				return nil
			}
			start := g.Pos()
			if g.Doc != nil {
				start = g.Doc.Pos()
			}
			return []analysis.TextEdit{r.deleteLines(start, g.End())}
		}
		end := spec.End()
		if spec.Comment != nil {
			end = spec.Comment.End()
		}
		return []analysis.TextEdit{r.deleteLines(spec.Pos(), end)}
	}
	return nil
}

// deleteLines returns the edit that deletes pos to end: whole lines, with
// the line break after them, when nothing else is on them, and one blank
// line around them when there is one on each side; else just that text.
func (r *fileRun) deleteLines(pos, end token.Pos) analysis.TextEdit {
	tf := r.pass.Fset.File(pos)
	start, stop := tf.Offset(pos), tf.Offset(end)
	ls := start
	for ls > 0 && (r.src[ls-1] == ' ' || r.src[ls-1] == '\t') {
		ls--
	}
	le := stop
	for le < len(r.src) && (r.src[le] == ' ' || r.src[le] == '\t' || r.src[le] == ';') {
		le++
	}
	if (ls > 0 && r.src[ls-1] != '\n') || (le < len(r.src) && r.src[le] != '\n') {
		return analysis.TextEdit{Pos: pos, End: end}
	}
	if le < len(r.src) {
		le++ // the line break
	}
	// A blank line before: it goes too when one follows, or the closing
	// parenthesis of the declaration.
	if ls >= 2 && r.src[ls-1] == '\n' && r.src[ls-2] == '\n' {
		next := le
		for next < len(r.src) && (r.src[next] == ' ' || r.src[next] == '\t') {
			next++
		}
		switch {
		case le < len(r.src) && r.src[le] == '\n':
			le++
		case next < len(r.src) && r.src[next] == ')':
			ls--
		}
	}
	return analysis.TextEdit{Pos: tf.Pos(ls), End: tf.Pos(le)}
}

// convert returns the text of a constant of the generated package, as it
// must stand where node stands: as it is when the constants are untyped
// (they convert where the literal did) or the site wants the code type;
// converted to the site's type when that is another integer type, such as
// int(status.NotFound) where net/http wants an int. It returns why there
// is no fix when no text is certain to keep the program's meaning: a site
// whose type is not known, or typedness that is not known.
func (r *fileRun) convert(text string, node ast.Node) (string, string) {
	if r.typed == untyped {
		return text, ""
	}
	site := r.pass.TypesInfo.TypeOf(node.(ast.Expr))
	if site == nil {
		return "", "the type here is not known"
	}
	if named, ok := types.Unalias(site).(*types.Named); ok && named.Obj().Pkg() != nil && named.Obj().Pkg().Path() == r.names.Path() && named.Obj().Name() == r.names.TypeName() {
		return text, ""
	}
	basic, ok := types.Unalias(site).Underlying().(*types.Basic)
	if !ok || basic.Info()&types.IsInteger == 0 || basic.Info()&types.IsUntyped != 0 {
		return "", "no conversion keeps the meaning here"
	}
	// The site's type by a name that reaches it here: a predeclared one, or
	// a type of this package.
	var typeName string
	switch t := types.Unalias(site).(type) {
	case *types.Basic:
		typeName = t.Name()
	case *types.Named:
		if t.Obj().Pkg() != r.pass.Pkg {
			return "", "the type here is another package's"
		}
		typeName = t.Obj().Name()
	}
	pos := node.Pos()
	if _, obj := r.pass.Pkg.Scope().Innermost(pos).LookupParent(typeName, pos); obj == nil || !types.Identical(obj.Type(), site) {
		return "", typeName + " is something else here"
	}
	return typeName + "(" + text + ")", ""
}

// packageName returns the name the file's fixes use for the generated
// package. The name is the file's own for the package
// if it has one that every site sees; otherwise the package's name, or,
// where that is taken at a site (a parameter named status, say), another.
func (r *fileRun) packageName() string {
	var sites []token.Pos
	for _, f := range r.found {
		if f.needPkg {
			sites = append(sites, f.node.Pos())
		}
	}
	var existing []string
	for _, spec := range r.file.Imports {
		if p, err := strconv.Unquote(spec.Path.Value); err == nil && p == r.names.Path() {
			name := r.pkgName
			if spec.Name != nil {
				name = spec.Name.Name
			}
			if name != "_" && name != "." {
				existing = append(existing, name)
			}
		}
	}
	pkgObj := func(obj types.Object) bool {
		pn, ok := obj.(*types.PkgName)
		return ok && pn.Imported().Path() == r.names.Path()
	}
	sees := func(name string, mustImport bool) bool {
		for _, pos := range sites {
			_, obj := r.pass.Pkg.Scope().Innermost(pos).LookupParent(name, pos)
			if obj == nil && !mustImport {
				return false
			}
			if obj != nil && !pkgObj(obj) {
				return false
			}
		}
		// A new import is in the file's scope: nothing there may have the
		// name, nor in the package's block, its test files' included.
		if mustImport {
			if obj := r.fileScope().Lookup(name); obj != nil {
				return false
			}
			if obj := r.pass.Pkg.Scope().Lookup(name); obj != nil {
				return false
			}
			if slices.Contains(r.testDecls, name) {
				return false
			}
		}
		return true
	}
	for _, name := range existing {
		if sees(name, false) {
			return name
		}
	}
	candidates := []string{r.pkgName, "http" + r.pkgName, r.pkgName + "codes", r.pkgName + "pkg"}
	for i := 2; i < 100; i++ {
		candidates = append(candidates, r.pkgName+strconv.Itoa(i))
	}
	for _, name := range candidates {
		if sees(name, true) {
			return name
		}
	}
	return r.pkgName
}

// fileScope returns the scope of the file's imports.
func (r *fileRun) fileScope() *types.Scope {
	if s := r.pass.TypesInfo.Scopes[r.file]; s != nil {
		return s
	}
	return types.NewScope(nil, 0, 0, "")
}

// importEdit returns the edit that imports the generated package as name,
// where goimports would put it: in the file's first parenthesized import
// declaration, among its imports from outside the standard library, or in
// a group of its own after the standard library's; else in a new
// declaration after the file's imports, or after the package clause. The
// import names the package explicitly unless its name is known for
// certain, so that a package whose name is not its path's last element is
// still found. The imports in gone, which the fixes delete, are not there.
func (r *fileRun) importEdit(name string, gone []*ast.ImportSpec) *analysis.TextEdit {
	spec := strconv.Quote(r.names.Path())
	if name != r.pkgName || !r.nameKnown {
		spec = name + " " + spec
	}
	var last *ast.GenDecl
	for _, d := range r.file.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.IMPORT {
			continue
		}
		var specs []*ast.ImportSpec // those that stay
		for _, sp := range g.Specs {
			if !slices.Contains(gone, sp.(*ast.ImportSpec)) {
				specs = append(specs, sp.(*ast.ImportSpec))
			}
		}
		if len(specs) == 0 && len(g.Specs) > 0 {
			continue // the fixes delete it
		}
		if g.Lparen.IsValid() && len(specs) > 0 {
			// After the last import from outside the standard library, in its
			// group; or after the last of all, in a group of its own.
			after, sep := specs[len(specs)-1], "\n\n\t"
			for _, sp := range specs {
				if !isStd(sp) {
					after, sep = sp, "\n\t"
				}
			}
			end := after.End()
			if after.Comment != nil {
				end = after.Comment.End()
			}
			return &analysis.TextEdit{Pos: end, End: end, NewText: []byte(sep + spec)}
		}
		if g.Lparen.IsValid() {
			return &analysis.TextEdit{Pos: g.Rparen, End: g.Rparen, NewText: []byte("\n\t" + spec + "\n")}
		}
		last = g
	}
	if last != nil && len(last.Specs) == 1 && last.Doc == nil {
		// import "fmt" becomes import ("fmt"; spec), one spec a line.
		old := last.Specs[0]
		sep := "\n\n\t"
		if !isStd(old.(*ast.ImportSpec)) {
			sep = "\n\t"
		}
		return &analysis.TextEdit{Pos: old.Pos(), End: old.End(), NewText: []byte("(\n\t" + r.source(old) + sep + spec + "\n)")}
	}
	if last != nil {
		return &analysis.TextEdit{Pos: last.End(), End: last.End(), NewText: []byte("\n\nimport " + spec)}
	}
	return &analysis.TextEdit{Pos: r.file.Name.End(), End: r.file.Name.End(), NewText: []byte("\n\nimport " + spec)}
}

// isStd reports whether an import is of the standard library, as goimports
// tells: the first element of its path has no dot.
func isStd(spec *ast.ImportSpec) bool {
	p, err := strconv.Unquote(spec.Path.Value)
	if err != nil {
		return false
	}
	first, _, _ := strings.Cut(p, "/")
	return !strings.Contains(first, ".")
}

func deref(t types.Type) types.Type {
	if p, ok := t.(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}
