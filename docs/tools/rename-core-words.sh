#!/usr/bin/env bash
# Renames the core plan records to the words the users, the UI and the docs use, and gathers the app's UI roots
# under app.gui (issue 15, items 5 and 3):
#
#   core.plan.Phase            -> core.plan.Hall          (phases() -> halls(), phase -> hall, PlacedPhase -> PlacedHall, ...)
#   core.plan.Deployment       -> core.plan.GpuPod        (deployments() -> gpuPods(), buildDeployment -> buildGpuPod, ...)
#   core.plan.PartnerContract  -> core.plan.PartnerCloud
#   com.tokenfactory.app.calibration -> com.tokenfactory.app.gui.calibration   (sources, tests, resources)
#   com.tokenfactory.app.present     -> com.tokenfactory.app.gui.present
#
# The .tokenplan format does NOT change: the files keep "phases" and "deployments" (model/io maps them to the
# records' halls and gpuPods, FormatFields.RECORD_COMPONENT), error messages keep their JSON paths, and
# IssueKind's names (written into result JSON) stay as they are. See docs/decisions ("rename: ...").
#
# Usage, from the repository root of a checkout that builds (tracked and untracked, not ignored, files are changed):
#   docs/tools/rename-core-words.sh            # rename; prints what it moved and what to look at
#   docs/tools/rename-core-words.sh --check    # change nothing; list what it would do; exit 1 if anything
# The script is deterministic and idempotent: on an already renamed tree it changes nothing (and --check exits 0).
# Exit status: 0 done; 1 (--check) something left to rename; 2 not run from a repository root; 3 done, but a
# fix-up could not be made (its note names the file: finish that by hand). It stops before changing anything if a
# file would move onto an existing one. Then: ./mvnw -o verify (golden results must not move).
#
# What it changes, and what it leaves:
#   *.java   identifiers (types, records' components and accessors, methods, fields, locals, constants such as
#            FormatFields.PHASE) whose camel-case words are Phase/phase/PHASE, Deployment/deployment/DEPLOYMENT or
#            PartnerContract/partnerContract (plural s included); a word inside another word (multiphase,
#            emphasis, Phaser) is left alone. String literals are left alone (they are JSON names, JSON paths and
#            user text), except a component name given to RecordCopy.with/get, which follows the component.
#            Comments: type names, identifiers written as code (phases(), #phases, Site.phases, phaseId) and
#            @param names; the plain English words "phase(s)"/"deployment(s)" stay (they often mean the JSON name).
#            Files named after a renamed type are moved with git mv (Phase.java -> Hall.java, PhaseXxxTest ...).
#   *.md     (except docs/decisions/, which record the past) type names and code-like identifiers as above;
#            plain words and JSON names stay. A line holding "<!-- rename-core-words: keep -->" stays as it is
#            (where a page names the old types on purpose, e.g. docs/architecture.md against the shared picture).
#   all text files (except samples/golden, *.tokenplan, docs/decisions, this script): the two package names, in
#            dotted (com.tokenfactory.app.present, ..app.present..) and path (com/tokenfactory/app/present) form.
set -euo pipefail

mode=apply
case "${1:-}" in
  "") ;;
  --check) mode=check ;;
  *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

if [ ! -f pom.xml ] || [ ! -d model/core ] || [ ! -d app ]; then
  echo "rename-core-words: run me from the repository root (pom.xml, model/core, app)" >&2
  exit 2
fi
git rev-parse --is-inside-work-tree >/dev/null 2>&1 || { echo "rename-core-words: not a git checkout" >&2; exit 2; }
command -v python3 >/dev/null 2>&1 || { echo "rename-core-words: python3 is needed" >&2; exit 2; }

exec python3 - "$mode" "$0" <<'PYTHON'
import os
import re
import subprocess
import sys

MODE = sys.argv[1]
SELF = os.path.relpath(os.path.realpath(sys.argv[2]))

# ---------------------------------------------------------------- the words
# (old camel-case word, new word); the longest first so that PartnerContract is never read as "Contract".
PARTS = [
    ('PartnerContract', 'PartnerCloud'), ('partnerContract', 'partnerCloud'), ('PARTNER_CONTRACT', 'PARTNER_CLOUD'),
    ('Deployment', 'GpuPod'), ('deployment', 'gpuPod'), ('DEPLOYMENT', 'GPU_POD'),
    ('Phase', 'Hall'), ('phase', 'hall'), ('PHASE', 'HALL'),
]


def word_pattern(word):
    if word.isupper():
        # a CONSTANT word: between start/underscore and underscore/end (DEPLOYMENTS included)
        return re.compile(r'(?<![A-Z0-9])' + word + r'(?=S?(?![A-Z0-9]))')
    if word[0].isupper():
        # a Capitalised word starts where it stands and ends at the next capital, digit, _ or the end
        return re.compile(word + r'(?=s?(?![a-z]))')
    # a lower-case word only at the start of an identifier (phaseId, phases), never inside one (multiphase)
    return re.compile(r'(?<![A-Za-z0-9$])' + word + r'(?=s?(?![a-z]))')


RULES = [(word_pattern(old), new) for old, new in PARTS]
ANY_WORD = re.compile('|'.join(p.pattern for p, _ in RULES))
# plain English words: in comments and docs they stay unless written as code
PLAIN = {'phase', 'phases', 'deployment', 'deployments'}
CAPITAL_PLAIN = {'Phase', 'Phases', 'Deployment', 'Deployments'}

def rel(path):
    return os.path.normpath(path)


def git(*args, check=True):
    return subprocess.run(['git', *args], check=check, text=True, capture_output=True).stdout


# names that are output, not code: IssueKind's constants are written by name into result JSON and the report
def issue_kinds():
    keep = set()
    for root, _, names in os.walk('model/core/src/main/java'):
        if 'IssueKind.java' in names:
            src = open(os.path.join(root, 'IssueKind.java'), encoding='utf-8').read()
            body = src.split('{', 1)[1].split(';', 1)[0]
            keep |= set(re.findall(r'\b([A-Z][A-Z0-9_]*)\s*(?:\(|,|$)', body))
    return keep


KEEP = issue_kinds()


def rename_id(tok):
    if tok in KEEP:
        return tok
    for p, new in RULES:
        tok = p.sub(new, tok)
    return tok


IDENT = re.compile(r'[A-Za-z_$][A-Za-z0-9_$]*')

# ---------------------------------------------------------------- packages
PKG_DOTTED = re.compile(r'(?:(?<=tokenfactory\.)|(?<=\.\.)|(?<![\w$.]))app\.(calibration|present)(?![\w$])')
PKG_PATH = re.compile(r'(?<=com/tokenfactory/)app/(calibration|present)(?![\w$])')


def rename_packages(text):
    text = PKG_DOTTED.sub(r'app.gui.\1', text)
    return PKG_PATH.sub(r'app/gui/\1', text)


# ---------------------------------------------------------------- Java
def java_segments(src):
    """Splits Java source into (kind, text): code, comment, string (incl. text blocks and chars)."""
    out, i, n, start = [], 0, len(src), 0

    def flush(j):
        if j > start:
            out.append(('code', src[start:j]))

    while i < n:
        c = src[i]
        if c == '/' and src.startswith('//', i):
            flush(i)
            j = src.find('\n', i)
            j = n if j < 0 else j
            out.append(('comment', src[i:j]))
            i = start = j
        elif c == '/' and src.startswith('/*', i):
            flush(i)
            j = src.find('*/', i + 2)
            j = n if j < 0 else j + 2
            out.append(('comment', src[i:j]))
            i = start = j
        elif src.startswith('"""', i):
            flush(i)
            j = i + 3
            while True:
                k = src.find('"""', j)
                if k < 0:
                    j = n
                    break
                b, m = 0, k - 1
                while src[m] == '\\':
                    b, m = b + 1, m - 1
                if b % 2 == 0:
                    j = k + 3
                    break
                j = k + 1
            out.append(('string', src[i:j]))
            i = start = j
        elif c in '"\'':
            flush(i)
            j = i + 1
            while j < n and src[j] != c and src[j] != '\n':
                j += 2 if src[j] == '\\' else 1
            j = min(j + 1, n)
            out.append(('string', src[i:j]))
            i = start = j
        else:
            i += 1
    flush(n)
    assert ''.join(t for _, t in out) == src
    return out


def rename_code(text):
    return IDENT.sub(lambda m: rename_id(m.group(0)), text)


def rename_prose_token(m, text, code_span):
    tok = m.group(0)
    if not ANY_WORD.search(tok) or tok in KEEP:
        return tok
    after = text[m.end():m.end() + 1]
    before = text[max(0, m.start() - 1):m.start()]
    written_as_code = (after == '(' or before == '#'
                       or re.search(r'\b[A-Z][A-Za-z0-9]*\.$', text[max(0, m.start() - 60):m.start()]))
    if tok in PLAIN and not written_as_code:
        return tok
    if tok in CAPITAL_PLAIN and not (code_span or written_as_code):
        return tok
    return rename_id(tok)


def param(m):
    old, new, gap = m.group(2), rename_id(m.group(2)), m.group(3)
    if len(gap) > 1:  # keep the descriptions of a @param block aligned
        gap = ' ' * max(1, len(gap) - (len(new) - len(old)))
    return m.group(1) + new + gap


def rename_comment(text):
    text = rename_packages(text)
    text = re.sub(r'(@param\s+)([A-Za-z_$][\w$]*)([ \t]*)', param, text)
    return IDENT.sub(lambda m: rename_prose_token(m, text, True), text)


RECORD_COPY = re.compile(r'\bRecordCopy\s*\.\s*(?:with|get)\s*\(')


def rename_record_copy_names(src):
    """The component name handed to RecordCopy.with/get (second argument) follows the renamed component."""
    out, pos = [], 0
    for m in RECORD_COPY.finditer(src):
        if m.start() < pos:
            continue
        i, depth = m.end(), 0
        while i < len(src):  # skip the first argument, nested calls included
            ch = src[i]
            if ch in '([{':
                depth += 1
            elif ch in ')]}':
                depth -= 1
            elif ch == ',' and depth == 0:
                break
            elif ch == '"':
                i = src.index('"', i + 1)
            i += 1
        lit = re.match(r',\s*"([A-Za-z_$][\w$.]*)"', src[i:])
        if not lit:
            continue
        path = lit.group(1)
        new = '.'.join(rename_id(p) for p in path.split('.'))
        if new != path:
            a = i + lit.start(1)
            out.append(src[pos:a] + new)
            pos = a + len(path)
    out.append(src[pos:])
    return ''.join(out)


def rename_java(src, in_scope):
    if in_scope:
        src = rename_record_copy_names(src)
    parts = []
    for kind, text in java_segments(src):
        if kind == 'code':
            text = rename_packages(text)
            parts.append(rename_code(text) if in_scope else text)
        elif kind == 'comment':
            parts.append(rename_comment(text) if in_scope else rename_packages(text))
        else:
            parts.append(rename_packages(text))  # fully qualified names and resource paths only
    return keep_imports_sorted(src, ''.join(parts))


IMPORT = re.compile(r'import [\w.]+;')


def keep_imports_sorted(before, after):
    """A run of imports that was in order before the rename is put in order again (Deployment -> GpuPod moves)."""
    old, new = before.split('\n'), after.split('\n')
    if len(old) != len(new):
        return after
    i = 0
    while i < len(new):
        j = i
        while j < len(new) and IMPORT.fullmatch(new[j]) and IMPORT.fullmatch(old[j]):
            j += 1
        if j - i > 1 and old[i:j] == sorted(old[i:j]):
            new[i:j] = sorted(new[i:j])
        i = max(j, i + 1)
    return '\n'.join(new)


# Which Java files speak of the plan's records. Another type may be called Phase (the benchmark's progress phase,
# ShapeRunner.Phase): a file that declares or uses such a type of its own, and does not import the plan's, is left
# alone; so is a file that never touches the plan's records or an API renamed with them.
PLAN_PACKAGE = 'com.tokenfactory.core.plan'
PLAN_TYPES = ('Phase', 'Deployment', 'PartnerContract')


def java_scope(sources):
    info = {}
    for path, src in sources.items():
        code = ''.join(t for k, t in java_segments(src) if k == 'code')
        pkg = re.search(r'\bpackage\s+([\w.]+)\s*;', code)
        pkg = pkg.group(1) if pkg else ''
        imports = set(re.findall(r'\bimport\s+(?:static\s+)?([\w.*]+)\s*;', code))
        declared = set(re.findall(r'\b(?:class|interface|enum|record)\s+([A-Z][\w$]*)', code))
        info[path] = (code, pkg, imports, declared, set(IDENT.findall(code)))

    def imports_plan(imports, t=None):
        return (PLAN_PACKAGE + '.*' in imports
                or any(PLAN_PACKAGE + '.' + x in imports for x in ([t] if t else PLAN_TYPES)))

    foreign = {}  # (package, type) of a type of the same name as a plan record that is not one
    for path, (code, pkg, imports, declared, ids) in info.items():
        if pkg != PLAN_PACKAGE:
            for t in declared & set(PLAN_TYPES):
                foreign.setdefault(pkg, set()).add(t)
                owner = os.path.basename(path)[:-5]
                foreign.setdefault('outer', set()).add(owner + '.' + t)
    out_of_scope = set()
    for path, (code, pkg, imports, declared, ids) in info.items():
        for t in PLAN_TYPES:
            own = (t in declared and pkg != PLAN_PACKAGE)
            same_package = t in foreign.get(pkg, set()) and t in ids and not imports_plan(imports, t)
            qualified = any(re.search(r'\b' + re.escape(o) + r'\b', code) for o in foreign.get('outer', set())
                            if o.endswith('.' + t))
            if own or same_package or qualified:
                out_of_scope.add(path)

    scope = set()
    for path, (code, pkg, imports, declared, ids) in info.items():
        if path in out_of_scope:
            continue
        if (pkg == PLAN_PACKAGE or imports_plan(imports) or re.search(r'core\.plan\.(?:Phase|Deployment|PartnerContract)\b', code)
                or re.search(r'\.\s*(?:phases|deployments)\s*\(', code)):
            scope.add(path)
    while True:  # and whoever uses an API renamed with them (PlanChanges.addPhase, PlanElements.PlacedPhase, ...)
        api = set()
        for path in scope:
            api |= {i for i in info[path][4] if rename_id(i) != i}
        types = {a for a in api if a[0].isupper()}
        members = {a for a in api if not a[0].isupper()}
        grown = False
        for path, (code, pkg, imports, declared, ids) in info.items():
            if path in scope or path in out_of_scope:
                continue
            if ids & types or any(re.search(r'(?:\.|::)\s*' + re.escape(m) + r'\b', code) for m in members & ids):
                scope.add(path)
                grown = True
        if not grown:
            return scope, out_of_scope


# ---------------------------------------------------------------- Markdown
KEEP_LINE = 'rename-core-words: keep'


def rename_markdown(src):
    return ''.join(line if KEEP_LINE in line else rename_markdown_line(line)
                   for line in src.splitlines(keepends=True))


def rename_markdown_line(src):
    src = rename_packages(src)
    out = []
    chunks = re.split(r'(`[^`\n]+`)', src)
    for chunk in chunks:
        span = chunk.startswith('`') and chunk.endswith('`') and len(chunk) > 1
        out.append(IDENT.sub(lambda m, c=chunk, s=span: rename_prose_token(m, c, s), chunk))
    return ''.join(out)


# ---------------------------------------------------------------- fix-ups
# Places where the plain rename would give two variables one name. Each applies to today's text only, so a second
# run (or a tree that lacks the code) passes over it; if its code changed elsewhere, the compiler says so.
FIXUPS = {
    # the loop's Phase becomes `hall`, so its HallLoad takes another name
    'model/core/src/main/java/com/tokenfactory/core/engine/Fleet.java': [
        (r'List<HallLoad> halls = new ArrayList<>\(\);', 'List<HallLoad> loads = new ArrayList<>();'),
        (r'HallLoad hall = new HallLoad\(phase, powerOn, months\);(\s*)halls\.add\(hall\);',
         r'HallLoad load = new HallLoad(phase, powerOn, months);\1loads.add(load);'),
        (r'(buildDeployment\(i, pool, d, powerOn, lifeMonths, bookMonths,) hall\);', r'\1 load);'),
        (r'feed\(site, halls\);', 'feed(site, loads);'),
    ],
    # the card's List<Phase> phases becomes `halls`, so its lines take another name
    'app/src/main/java/com/tokenfactory/app/present/BuildOutSlides.java': [
        (r'List<HallLine> halls = shown\.stream\(\)', 'List<HallLine> lines = shown.stream()'),
        (r'site\.pue\(\), halls, otherHalls,', 'site.pue(), lines, otherHalls,'),
    ],
    # model/io: the file keeps its names; the test that holds the file's names to the records' components reads
    # them through the mapping
    'model/io/src/main/java/com/tokenfactory/io/FormatFields.java': [
        (r'(?m)^(    private FormatFields\(\) \{)',
         '    /**\n'
         '     * The file names that differ from the record components they map to: the files kept "phases" and\n'
         '     * "deployments" when the records took the user\'s words (Hall, GpuPod), so that no file needs a migration.\n'
         '     */\n'
         '    static final java.util.Map<String, String> RECORD_COMPONENT = java.util.Map.of("phases", "halls",\n'
         '            "deployments", "gpuPods");\n'
         '\n'
         r'\1'),
        (r'so a change to a record shows up here as a decision about the file rather than as a silent format change\.',
         'so a change to a record shows up here as a decision about the file rather than as a silent format change.\n'
         ' * Where a file name and its component differ, {@link #RECORD_COMPONENT} says so.'),
    ],
    'model/io/src/test/java/com/tokenfactory/io/FormatFieldsTest.java': [
        (r'assertEquals\(components, fields, type\.getSimpleName\(\)\);',
         'assertEquals(components, fields.stream().map(f -> FormatFields.RECORD_COMPONENT.getOrDefault(f, f))\n'
         '                .collect(Collectors.toList()), type.getSimpleName());'),
        (r'The file\'s field names are the records\' component names, in component order\.',
         "The file's field names are the records' component names (or their file names, FormatFields.RECORD_COMPONENT),\n"
         ' * in component order.'),
    ],
    # "deployments" is the file's word now, no longer the model's
    'model/io/src/main/java/com/tokenfactory/io/FormatOneToTwo.java': [
        (r'\{@code deployments\}, the word the model uses;', '{@code deployments}, the word the model used then;'),
    ],
    'docs/file-format.md': [
        (r'`deployments`, the word the model uses;', '`deployments`, the word the model used then;'),
    ],
}
# fix-ups that leave a mark: skipped where the mark is there already, and reported where it could not be made
FIXUP_MARK = {
    'model/io/src/main/java/com/tokenfactory/io/FormatFields.java': 'RECORD_COMPONENT',
    'model/io/src/test/java/com/tokenfactory/io/FormatFieldsTest.java': 'RECORD_COMPONENT',
}


def apply_fixups(path, src, notes):
    mark = FIXUP_MARK.get(path)
    if mark and mark in src:
        return src
    for pattern, repl in FIXUPS.get(path, []):
        src = re.sub(pattern, repl, src)
    if mark and mark not in src:
        notes.append(f'{path}: could not add {mark} (its anchor changed); map "phases"->"halls" and '
                     f'"deployments"->"gpuPods" by hand')
    return src


# ---------------------------------------------------------------- files
def listed_files():
    out = git('ls-files', '-z', '--cached', '--others', '--exclude-standard')
    return sorted({rel(p) for p in out.split('\0') if p and os.path.isfile(p)})


def skipped(path):
    return (path == rel(SELF) or path.startswith('samples/golden/') or path.endswith('.tokenplan')
            or path.startswith('docs/decisions/') or '/target/' in '/' + path)


def is_text(path):
    with open(path, 'rb') as f:
        data = f.read()
    if b'\0' in data:
        return None
    try:
        return data.decode('utf-8')
    except UnicodeDecodeError:
        return None


MOVED_PACKAGE = re.compile(r'^(.*/src/[^/]+/(?:java|resources)/com/tokenfactory/app/)(calibration|present)(/.+)$')


def new_path(path, words=True):
    m = MOVED_PACKAGE.match(path)
    if m:
        path = m.group(1) + 'gui/' + m.group(2) + m.group(3)
    if words and path.endswith('.java'):
        d, base = os.path.split(path)
        path = os.path.join(d, rename_id(base[:-5]) + '.java')
    return path


def main():
    files = listed_files()
    tracked = set(rel(p) for p in git('ls-files', '-z').split('\0') if p)
    java = {p: is_text(p) for p in files if p.endswith('.java') and not skipped(p)}
    scope, left_alone = java_scope({p: s for p, s in java.items() if s is not None})
    moves = [(p, new_path(p, p in scope)) for p in files if not skipped(p) and new_path(p, p in scope) != p]
    targets = {}
    for old, new in moves:
        if os.path.exists(new) or new in targets:
            sys.exit(f'rename-core-words: cannot move {old}: {new} exists already; nothing was changed')
        targets[new] = old

    notes, changed = [], []
    contents = {}
    for path in files:
        if skipped(path):
            continue
        src = is_text(path)
        if src is None:
            continue
        new = apply_fixups(path, src, notes)
        if path.endswith('.java'):
            new = rename_java(new, path in scope)
        elif path.endswith('.md'):
            new = rename_markdown(new)
        else:
            new = rename_packages(new)
        if new != src:
            contents[path] = new
            changed.append(path)

    if MODE == 'check':
        for old, new in moves:
            print(f'would move {old} -> {new}')
        for path in changed:
            print(f'would change {path}')
        for n in notes:
            print('note: ' + n)
        sys.exit(1 if moves or changed else 0)

    for path, text in contents.items():
        with open(path, 'w', encoding='utf-8', newline='') as f:
            f.write(text)
    for old, new in moves:
        os.makedirs(os.path.dirname(new), exist_ok=True)
        if old in tracked:
            subprocess.run(['git', 'mv', old, new], check=True)
        else:
            os.rename(old, new)
        print(f'moved   {old} -> {new}')
        d = os.path.dirname(old)
        while d and os.path.isdir(d) and not os.listdir(d):
            os.rmdir(d)
            d = os.path.dirname(d)
    for path in changed:
        if path not in targets.values():
            print(f'changed {path}')
    print(f'rename-core-words: {len(moves)} files moved, {len(changed)} files changed')
    for path in sorted(left_alone):
        print(f'left alone (a Phase/Deployment type of its own): {path}')
    for n in notes:
        print('note: ' + n)
    if notes:
        sys.exit(3)


main()
PYTHON
