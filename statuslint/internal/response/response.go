package response

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/statusgen/statusgen/statuslint/internal/codes"
	"github.com/statusgen/statusgen/statuslint/internal/nolint"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/astutil"
	"golang.org/x/tools/go/types/typeutil"
)

// This file decides what the response checks report, for every check of a
// run at once: each check reports its own findings, and the renaming
// analyzer leaves alone the calls and lines they are on.

// Analyzer computes the findings of every response check in each package,
// for the table of codes.Analyzer, on the flows that Sends finds: its
// result is a *Result, from which each check reports its own. It reports
// nothing itself.
var Analyzer = &analysis.Analyzer{
	Name:       "statusfindings",
	Doc:        "find what the response checks report, for each to report its own (no reports of its own)",
	URL:        "https://github.com/statusgen/statusgen/blob/main/docs/statuslint.md#statusfindings",
	Requires:   []*analysis.Analyzer{Sends, codes.Analyzer},
	Run:        runFindings,
	ResultType: reflect.TypeFor[*Result](),
}

// Checks are the names of the response checks, in the order a line's
// report lists them.
var Checks = []string{"statustwice", "statusheader", "statusbody", "statusclass"}

// Result is what the response checks find in a package.
type Result struct {
	findings []respFinding // by position
	flows    *flows
	nolint   *nolint.Comments
	calls    map[ast.Node]bool
	lines    map[lineKey]bool
}

type lineKey struct {
	file string
	line int
}

// respFinding is one report of a response check.
type respFinding struct {
	analyzer string // statustwice, statusheader, statusbody, statusclass
	pos, end token.Pos
	call     ast.Node // the call it is about
	message  string
	fixes    []analysis.SuggestedFix
}

func runFindings(pass *analysis.Pass) (any, error) {
	fl := pass.ResultOf[Sends].(*flows)
	names := pass.ResultOf[codes.Analyzer].(*codes.Codes)
	r := &Result{flows: fl, nolint: nolint.New(pass), calls: map[ast.Node]bool{}, lines: map[lineKey]bool{}}
	if fl.http != nil {
		for _, f := range fl.funcs {
			if isTestFile(pass, f.node) {
				continue
			}
			r.findings = append(r.findings, fl.flowFindings(f, names)...)
		}
		r.findings = append(r.findings, fl.classFindings(names)...)
		r.findings = append(r.findings, fl.rendererFindings()...)
	}
	slices.SortStableFunc(r.findings, func(a, b respFinding) int { return int(a.pos - b.pos) })
	for _, f := range r.findings {
		r.calls[f.call] = true
		p := pass.Fset.Position(f.pos)
		r.lines[lineKey{p.Filename, p.Line}] = true
	}
	return r, nil
}

// Diagnostics returns the reports of the response check named, by
// position, but those that a //nolint comment covers.
func (r *Result) Diagnostics(check string) []analysis.Diagnostic {
	var out []analysis.Diagnostic
	for _, f := range r.findings {
		if f.analyzer == check && !r.nolint.Covers(f.pos, check) {
			out = append(out, analysis.Diagnostic{Pos: f.pos, End: f.end, Message: f.message, SuggestedFixes: f.fixes})
		}
	}
	return out
}

// About reports whether a response check reports on the call.
func (r *Result) About(call ast.Node) bool { return r.calls[call] }

// OnLine reports whether a response check reports on the line of pos.
func (r *Result) OnLine(pos token.Position) bool { return r.lines[lineKey{pos.Filename, pos.Line}] }

// CodeArg returns the argument of a call that is the status the callee
// sets, when the callee is a helper that passes that parameter to
// WriteHeader, http.Error or another such helper.
func (r *Result) CodeArg(call *ast.CallExpr) (ast.Expr, bool) {
	e, ok := r.flows.codeArgs[call]
	return e, ok
}

// ImplementsWriter reports whether t or *t implements http.ResponseWriter,
// as the package sees net/http.
func (r *Result) ImplementsWriter(t types.Type) bool {
	h := r.flows.http
	return h != nil && t != nil && (types.Implements(t, h.rw) || types.Implements(types.NewPointer(t), h.rw))
}

// isTestFile reports whether n is in a _test.go file: tests write twice on
// purpose, to exercise a wrapper, and are not checked.
func isTestFile(pass *analysis.Pass, n ast.Node) bool {
	return strings.HasSuffix(pass.Fset.File(n.Pos()).Name(), "_test.go")
}

// line returns the line of n.
func line(pass *analysis.Pass, n ast.Node) int { return pass.Fset.Position(n.Pos()).Line }

// flowFindings returns the findings of statustwice, statusheader and
// statusbody in one function.
func (fl *flows) flowFindings(f *funcFlow, names *codes.Codes) []respFinding {
	pass := fl.pass
	final := func(e *event) bool {
		return e.effect&sends != 0 && !(e.effect&sets != 0 && e.codeOK && names.Interim(e.code))
	}
	before := f.sendsBefore(final, func(e *event) bool { return e.effect&(sets|header|body) != 0 })
	sentCode := fl.sentCodes(f)
	var out []respFinding
	type twice struct {
		at    int // index in out
		cause *event
	}
	var fixable []twice
	skippable := map[*event][]ast.Stmt{} // by cause: the statements its reports are on
	for _, evs := range f.events {
		for i := range evs {
			e := &evs[i]
			from := before[e]
			if e.bodyAfter && e.codeOK && !names.AllowsBody(e.code) && e.effect&sets != 0 && e.codeArg != nil {
				msg := fmt.Sprintf("%s writes a body after status %d, which allows none (net/http returns http.ErrBodyNotAllowed)", e.what, e.code)
				if e.fw == gin {
					msg = fmt.Sprintf("%s(%d, …) writes no body: gin drops it, as status %d allows none", e.what, e.code, e.code)
				}
				out = append(out, respFinding{analyzer: "statusbody", pos: e.codeArg.Pos(), end: e.codeArg.End(), call: e.node, message: msg})
			}
			if len(from) == 0 {
				continue
			}
			last := nearestSend(from, e)
			switch {
			case e.fw != nil && e.effect&sets != 0:
				msg, cause, ok := fl.contextTwice(e, from, sentCode)
				if !ok {
					break
				}
				out = append(out, respFinding{analyzer: "statustwice", pos: e.node.Pos(), end: e.node.End(), call: e.node, message: msg})
				// A return after a send that happens only on failure
				// (Bind) would skip the rest on success too: no fix.
				if len(from) == 1 && !f.results && !cause.onErr {
					fixable = append(fixable, twice{len(out) - 1, cause})
				}
				if e.stmt != nil && len(from) == 1 {
					skippable[cause] = append(skippable[cause], e.stmt)
				}
			case e.effect&sets != 0:
				out = append(out, respFinding{analyzer: "statustwice", pos: e.node.Pos(), end: e.node.End(), call: e.node,
					message: fmt.Sprintf("%s has no effect: the status was sent already by %s at line %d; net/http logs \"superfluous response.WriteHeader call\"", describe(e), last.what, line(pass, last.node))})
				if len(from) == 1 && !f.results {
					fixable = append(fixable, twice{len(out) - 1, last})
				}
				if e.stmt != nil && len(from) == 1 {
					skippable[last] = append(skippable[last], e.stmt)
				}
			case e.effect&header != 0 && !f.trailers:
				out = append(out, respFinding{analyzer: "statusheader", pos: e.node.Pos(), end: e.node.End(), call: e.node,
					message: fmt.Sprintf("%s has no effect: the headers were sent with the status by %s at line %d", e.what, last.what, line(pass, last.node))})
				if e.stmt != nil && len(from) == 1 {
					skippable[last] = append(skippable[last], e.stmt)
				}
			}
			if e.effect&body != 0 && (e.fw == nil || e.effect&sets == 0) {
				for _, g := range slices.Backward(from) {
					if g.effect&sets != 0 && g.codeOK && !names.AllowsBody(g.code) {
						out = append(out, respFinding{analyzer: "statusbody", pos: e.node.Pos(), end: e.node.End(), call: e.node,
							message: fmt.Sprintf("%s is dropped: status %d, set at line %d, allows no body (net/http returns http.ErrBodyNotAllowed)", e.what, g.code, line(pass, g.node))})
						break
					}
					// A framework's send of the status recorded before it
					// (gin's c.Status, then WriteHeaderNow).
					if g.effect&sets == 0 && g.fw != nil && g.fw.pendingStatus {
						if c, known := sentCode(g); known && len(c) == 1 && !names.AllowsBody(c[0]) {
							out = append(out, respFinding{analyzer: "statusbody", pos: e.node.Pos(), end: e.node.End(), call: e.node,
								message: fmt.Sprintf("%s is dropped: status %d, sent by %s at line %d, allows no body (net/http returns http.ErrBodyNotAllowed)", e.what, c[0], g.what, line(pass, g.node))})
							break
						}
					}
				}
			}
		}
	}
	for _, t := range fixable {
		if fix, ok := returnFix(pass, f, t.cause, skippable[t.cause]); ok {
			out[t.at].fixes = []analysis.SuggestedFix{fix}
		}
	}
	return out
}

// nearestSend returns the send of from to name in e's report: one that
// always writes, rather than one that may have written nothing (whose
// report comes from another path, a loop's earlier iteration), and of
// those the nearest above e in the source, else the last.
func nearestSend(from []*event, e *event) *event {
	best := func(cands []*event) *event {
		var near *event
		for _, g := range cands {
			if g.node.Pos() < e.node.Pos() && (near == nil || g.node.Pos() > near.node.Pos()) {
				near = g
			}
		}
		if near == nil && len(cands) > 0 {
			near = cands[len(cands)-1]
		}
		return near
	}
	certain := slices.DeleteFunc(slices.Clone(from), func(g *event) bool { return g.mayFail })
	if g := best(certain); g != nil {
		return g
	}
	return best(from)
}

// sentCodes returns, for a flow on a framework's context, the statuses
// that each send may have gone out with, when they are known: the one it
// sets; or for a send that sets none (a write of the body), those set
// before it on some path, and the default 200 when a path that sets none
// reaches it.
func (fl *flows) sentCodes(f *funcFlow) func(*event) ([]int, bool) {
	var setBefore map[*event][]*event
	return func(g *event) ([]int, bool) {
		if g.effect&sets != 0 {
			return []int{g.code}, g.codeOK
		}
		if setBefore == nil {
			setBefore = f.sendsBefore(func(e *event) bool { return e.effect&sets != 0 }, func(e *event) bool { return e.effect&sends != 0 && e.effect&sets == 0 })
		}
		var out []int
		for _, s := range setBefore[g] {
			if !s.codeOK {
				return nil, false
			}
			if !slices.Contains(out, s.code) {
				out = append(out, s.code)
			}
		}
		if len(out) == 0 || f.reachedUnset(g) {
			out = append(out, 200)
		}
		return out, true
	}
}

// codesText writes codes for a message: 503, or 503 or 200.
func codesText(codes []int) string {
	s := make([]string, len(codes))
	for i, c := range codes {
		s[i] = strconv.Itoa(c)
	}
	return strings.Join(s, " or ")
}

// contextTwice returns statustwice's message for e, a status set on a
// framework's context after the sends from, and the send it names; ok is
// false when the framework takes it without harm (gin: the status sent,
// set again).
func (fl *flows) contextTwice(e *event, from []*event, sentCode func(*event) ([]int, bool)) (msg string, cause *event, ok bool) {
	fw := e.fw
	switch {
	case e.errReturn:
		g := earliestSend(from)
		return fmt.Sprintf("the error returned here reaches %s's error handler after %s at line %d committed the response: nothing sends its status", fw.name, g.what, line(fl.pass, g.node)), g, true
	case e.next:
		g := earliestSend(from)
		return fmt.Sprintf("%s runs the next handler after %s at line %d committed the response: a status it sets has no effect, and %s logs %q", e.what, g.what, line(fl.pass, g.node), fw.name, fw.warning), g, true
	}
	var differs, second *event
	for _, g := range from {
		if c, known := sentCode(g); known && e.codeOK && !slices.Contains(c, e.code) && differs == nil {
			differs = g
		}
		if e.complete && g.complete && second == nil {
			second = g
		}
	}
	by := func(g *event) string {
		s := fmt.Sprintf("%s at line %d already sent", g.what, line(fl.pass, g.node))
		if c, known := sentCode(g); known {
			s += " " + codesText(c)
		} else {
			s += " the status"
		}
		if g.onErr {
			s += " when binding failed"
		}
		return s
	}
	switch {
	case fw.sameStatusHarmless && differs != nil:
		c, _ := sentCode(differs)
		msg = fmt.Sprintf("%s has no effect on the status: %s; %s logs %q and keeps %s", describeCode(e), by(differs), fw.name, fmt.Sprintf(fw.warning, c[0], e.code), codesText(c))
		cause = differs
	case e.logs && !fw.sameStatusHarmless:
		// echo: any status after the send, whatever its code.
		cause = nearestSend(from, e)
		if differs != nil {
			cause = differs
		}
		msg = fmt.Sprintf("%s has no effect on the status: %s; %s logs %q", describeCode(e), by(cause), fw.name, fw.warning)
	case differs != nil:
		msg = fmt.Sprintf("%s has no effect on the status: %s, and %s drops the new one without a word", describeCode(e), by(differs), fw.name)
		cause = differs
	case second != nil:
		return fmt.Sprintf("%s writes a second body after the one %s wrote at line %d: the client gets both in one response", e.what, second.what, line(fl.pass, second.node)), second, true
	default:
		return "", nil, false
	}
	if second != nil {
		msg += fmt.Sprintf(", and its body follows the one %s wrote at line %d in the same response", second.what, line(fl.pass, second.node))
	}
	return msg, cause, true
}

// earliestSend returns the first of the sends from, in the order of the
// source, that always writes, else the first.
func earliestSend(from []*event) *event {
	for _, g := range from {
		if !g.mayFail {
			return g
		}
	}
	return from[0]
}

// describeCode names the call of an event with its status, when a
// constant: c.JSON(500).
func describeCode(e *event) string {
	if e.codeOK && !e.onErr {
		return fmt.Sprintf("%s(%d)", e.what, e.code)
	}
	return e.what
}

// describe names the call of an event for a message, with its status when
// it is a constant: w.WriteHeader(200).
func describe(e *event) string {
	if e.codeOK && strings.HasSuffix(e.what, "WriteHeader") {
		return fmt.Sprintf("%s(%d)", e.what, e.code)
	}
	return e.what
}

// classFindings returns statusclass's findings: a known status of the
// wrong class for its call.
func (fl *flows) classFindings(names *codes.Codes) []respFinding {
	pass := fl.pass
	var out []respFinding
	for _, file := range pass.Files {
		if isTestFile(pass, file) {
			continue
		}
		ast.Inspect(file, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			fn, _ := typeutil.Callee(pass.TypesInfo, call).(*types.Func)
			if fn == nil || fn.Pkg() == nil {
				return true
			}
			// arg returns the constant status of argument i. A class is not
			// questioned when the program names the code itself (but a code
			// net/http panics on is reported however it is named).
			arg := func(i int, ofClass bool) (int, ast.Expr, bool) {
				if i >= len(call.Args) || ofClass && ownConstant(pass.TypesInfo, call.Args[i], names.Path()) {
					return 0, nil, false
				}
				code, ok := codes.CodeOf(pass.TypesInfo, call.Args[i])
				return code, call.Args[i], ok
			}
			add := func(e ast.Expr, format string, args ...any) {
				out = append(out, respFinding{analyzer: "statusclass", pos: e.Pos(), end: e.End(), call: call, message: fmt.Sprintf(format, args...)})
			}
			sig := fn.Type().(*types.Signature)
			switch {
			case sig.Recv() == nil && fn.Pkg().Path() == "net/http" && (fn.Name() == "Redirect" || fn.Name() == "RedirectHandler"):
				i := 3
				if fn.Name() == "RedirectHandler" {
					i = 1
				}
				if code, e, ok := arg(i, true); ok {
					if declared, is, codes := names.Redirect(code); declared && !is {
						add(e, "http.%s with %d, which a client does not follow as a redirect (%s)", fn.Name(), code, codes)
					}
				}
			case sig.Recv() == nil && fn.Pkg().Path() == "net/http" && fn.Name() == "Error":
				if code, e, ok := arg(2, true); ok {
					if declared, is, codes := names.Error(code); declared && !is {
						add(e, "http.Error with %d, which is not an error status (%s)", code, codes)
					}
				}
			case sig.Recv() != nil && fn.Name() == "Redirect":
				sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
				if !ok {
					return true
				}
				fw := frameworkOf(pass.TypesInfo.TypeOf(sel.X))
				if fw == nil {
					return true
				}
				if code, e, ok := arg(0, false); ok && (code < 300 || code > 308) && code != fw.redirectAlso {
					if fw.redirectPanics {
						add(e, "%s.Redirect(%d, …): %s panics on a redirect code outside 300–308 (but %d)", types.ExprString(sel.X), code, fw.name, fw.redirectAlso)
					} else {
						add(e, "%s.Redirect(%d, …) sends nothing: %s returns ErrInvalidRedirectCode for a code outside 300–308", types.ExprString(sel.X), code, fw.name)
					}
				}
			case sig.Recv() != nil && fn.Name() == "WriteHeader":
				sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
				if !ok || !fl.http.isWriterType(pass.TypesInfo.TypeOf(sel.X)) {
					return true
				}
				if code, e, ok := arg(0, false); ok && (code < 100 || code > 999) {
					add(e, "WriteHeader(%d): net/http panics on a code outside 100–999", code)
				}
			}
			return true
		})
	}
	return out
}

// ownConstant reports whether e is a constant that the program names
// itself, neither net/http's nor the generated package's: a code chosen
// on purpose for a protocol of the program's own (dapr's "drop this
// message" 303 through http.Error), whose class is not for a linter to
// question.
func ownConstant(info *types.Info, e ast.Expr, pkgPath string) bool {
	var id *ast.Ident
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		id = e
	case *ast.SelectorExpr:
		id = e.Sel
	default:
		return false
	}
	c, ok := info.Uses[id].(*types.Const)
	return ok && c.Pkg() != nil && c.Pkg().Path() != "net/http" && c.Pkg().Path() != pkgPath
}

// returnFix returns the fix that inserts return after the statement of
// cause, the last statement of an if's body or else, when that is
// harmless: the statements it skips, up to the end of the function, are
// only those whose reports cause explains (skippable), and no loop
// encloses it. A plain else after the body that now returns is dropped and
// its statements outdented, as a reviewer would ask.
func returnFix(pass *analysis.Pass, f *funcFlow, cause *event, skippable []ast.Stmt) (analysis.SuggestedFix, bool) {
	stmt := cause.stmt
	if stmt == nil || f.file == nil {
		return analysis.SuggestedFix{}, false
	}
	var body *ast.BlockStmt
	switch n := f.node.(type) {
	case *ast.FuncDecl:
		body = n.Body
	case *ast.FuncLit:
		body = n.Body
	}
	path, _ := astutil.PathEnclosingInterval(f.file, stmt.Pos(), stmt.End())
	i := slices.Index(path, ast.Node(stmt))
	if i < 0 || len(path) < i+3 {
		return analysis.SuggestedFix{}, false
	}
	path = path[i:]
	block, ok := path[1].(*ast.BlockStmt)
	if !ok || block.List[len(block.List)-1] != stmt {
		return analysis.SuggestedFix{}, false
	}
	ifs, ok := path[2].(*ast.IfStmt)
	if !ok || (ifs.Body != block && ifs.Else != block) {
		return analysis.SuggestedFix{}, false
	}
	// What runs after the if, to the end of the function, is skipped.
	ok = true
	after := func(list []ast.Stmt, s ast.Stmt) {
		i := slices.Index(list, s)
		for _, r := range list[i+1:] {
			if ret, isRet := r.(*ast.ReturnStmt); isRet && len(ret.Results) == 0 {
				continue
			}
			if !slices.Contains(skippable, r) {
				ok = false
			}
		}
	}
	var inner ast.Stmt = ifs
	for _, n := range path[3:] {
		switch n := n.(type) {
		case *ast.BlockStmt:
			after(n.List, inner)
			if n == body {
				goto done
			}
		case *ast.CaseClause:
			after(n.Body, inner)
		case *ast.CommClause:
			after(n.Body, inner)
		case *ast.IfStmt:
			inner = n
		case *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
			inner = n.(ast.Stmt)
		default:
			return analysis.SuggestedFix{}, false // a loop, a label, another function
		}
		if !ok {
			return analysis.SuggestedFix{}, false
		}
	}
	return analysis.SuggestedFix{}, false
done:
	if !ok {
		return analysis.SuggestedFix{}, false
	}
	tf := pass.Fset.File(stmt.Pos())
	// The edits are cut from the text that was parsed; a driver that
	// gives other text (the file on disk under an editor's overlay) gets
	// no fix.
	src, err := pass.ReadFile(tf.Name())
	if err != nil || len(src) != tf.Size() {
		return analysis.SuggestedFix{}, false
	}
	off := func(p token.Pos) int { return tf.Offset(p) }
	ifIndent := indentOf(src, off(ifs.Pos()))
	inIndent := ifIndent + "\t"
	var edits []analysis.TextEdit
	// The statement on a line of its own.
	prev := block.Lbrace + 1
	if i := slices.Index(block.List, stmt); i > 0 {
		prev = block.List[i-1].End()
	}
	if gap := src[off(prev):off(stmt.Pos())]; !bytes.Contains(gap, []byte("\n")) {
		if strings.Trim(string(gap), " \t;") != "" {
			return analysis.SuggestedFix{}, false // a comment between them
		}
		edits = append(edits, analysis.TextEdit{Pos: prev, End: stmt.Pos(), NewText: []byte("\n" + inIndent)})
	}
	// The return after it, after any comment that ends its line, and the
	// closing brace on a line of its own.
	rest := src[off(stmt.End()):off(block.Rbrace)]
	switch nl := bytes.IndexByte(rest, '\n'); {
	case nl >= 0 && isTrailing(rest[:nl]):
		at := stmt.End() + token.Pos(nl)
		edits = append(edits, analysis.TextEdit{Pos: at, End: at, NewText: []byte("\n" + inIndent + "return")})
	case nl < 0 && strings.Trim(string(rest), " \t;") == "":
		edits = append(edits, analysis.TextEdit{Pos: stmt.End(), End: block.Rbrace, NewText: []byte("\n" + inIndent + "return\n" + ifIndent)})
	default:
		return analysis.SuggestedFix{}, false
	}
	if ifs.Body == block {
		if els, ok := ifs.Else.(*ast.BlockStmt); ok {
			if e, ok := outdentElse(src, tf, ifs, els, ifIndent); ok {
				edits = append(edits, e...)
			}
		}
	}
	return analysis.SuggestedFix{Message: "Return after " + cause.what, TextEdits: edits}, true
}

// isTrailing reports whether b, the rest of a line after a statement, is
// blank or a line comment.
func isTrailing(b []byte) bool {
	t := strings.TrimLeft(string(b), " \t")
	return t == "" || strings.HasPrefix(t, "//")
}

// indentOf returns the blanks that start the line holding offset.
func indentOf(src []byte, offset int) string {
	start := bytes.LastIndexByte(src[:offset], '\n') + 1
	end := start
	for end < len(src) && (src[end] == ' ' || src[end] == '\t') {
		end++
	}
	return string(src[start:end])
}

// outdentElse returns the edits that drop the else of ifs, whose body now
// returns, and outdent its statements by a tab: if c { …; return } else {
// S } becomes if c { …; return } S. It declines when the else's layout is
// not one block of lines of its own, or holds a raw string over lines.
func outdentElse(src []byte, tf *token.File, ifs *ast.IfStmt, els *ast.BlockStmt, ifIndent string) ([]analysis.TextEdit, bool) {
	off := func(p token.Pos) int { return tf.Offset(p) }
	lb, rb := off(els.Lbrace), off(els.Rbrace)
	if tf.Line(ifs.Body.Rbrace) != tf.Line(els.Lbrace) || tf.Line(els.Lbrace) == tf.Line(els.Rbrace) {
		return nil, false
	}
	if strings.TrimSpace(string(src[lb+1:bytes.IndexByte(src[lb:], '\n')+lb])) != "" || strings.TrimSpace(string(src[bytes.LastIndexByte(src[:rb], '\n')+1:rb])) != "" {
		return nil, false
	}
	multiline := false
	ast.Inspect(els, func(n ast.Node) bool {
		if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING && strings.Contains(lit.Value, "\n") {
			multiline = true
		}
		return !multiline
	})
	if multiline {
		return nil, false
	}
	edits := []analysis.TextEdit{{Pos: ifs.Body.Rbrace + 1, End: els.Lbrace + 1, NewText: nil}}
	first := bytes.IndexByte(src[lb:], '\n') + lb + 1
	last := bytes.LastIndexByte(src[:rb], '\n')
	for p := first; p < last; {
		eol := bytes.IndexByte(src[p:], '\n') + p
		if strings.HasPrefix(string(src[p:eol]), ifIndent+"\t") {
			pos := tf.Pos(p + len(ifIndent))
			edits = append(edits, analysis.TextEdit{Pos: pos, End: pos + 1})
		}
		p = eol + 1
	}
	// The else's closing line goes.
	edits = append(edits, analysis.TextEdit{Pos: tf.Pos(last), End: els.Rbrace + 1})
	return edits, true
}
