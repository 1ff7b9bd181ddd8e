#!/usr/bin/env python3
"""Types the arguments of catalogue messages: `["name": value]` -> `[.name: value]`.

Why: `Message.text(lang, args)` and everything that passes message arguments on
(`Diagnostic`, `LocalizedProblem`, `DocumentFinding`, `say`, ...) take
`[MessageArgument: String]`, so a misspelt placeholder name does not compile. Branches
written before that change still spell the keys as strings; this script rewrites them.

Run it from the repository root, as often as you like (it is idempotent: a tree it
has converted is left as it is):

    python3 scripts/type-message-arguments.py            # rewrite Sources/ and Tests/
    python3 scripts/type-message-arguments.py --check    # exit 1 if anything would change
    python3 scripts/type-message-arguments.py --dry-run  # list the changes, write nothing
    python3 scripts/type-message-arguments.py --cases-only  # only step 1 below

then `swift build --build-tests`. It prints every change as `file:line: what`, and a
warning for what it saw but could not convert (a key that is no placeholder of any
message, a dictionary built from computed keys): those are the places to fix by hand
if the compiler complains.

What it does, in order:
1. Regenerates the case list of `enum MessageArgument` (Sources/SiaKit/Messages/
   MessageArgument.swift, between its `BEGIN/END generated cases` lines) from the `{name}`
   placeholders of every `Message(...)` in Sources/SiaKit/Messages/, so a message added on
   another branch gets its case.
2. Retypes `[String: String]` (and `[String: Bilingual]`) parameters to
   `[MessageArgument: …]` in a function or initialiser that also takes a `Message`
   parameter (a `say(_ message: Message, _ args: [String: String])` helper).
3. Rewrites the string keys of dictionary literals (and `x["key"]` subscripts) ONLY
   where a message argument is expected, found from the declarations of the tree:
   - an argument of a call to a function or initialiser that has a
     `[MessageArgument: …]` parameter with the same label (`text`, `both`, `say`,
     `Diagnostic`, `LocalizedProblem`, `DocumentFinding`, ...), or of a call of a
     catalogue message itself (`Messages.name(lang, [...])`, `callAsFunction`);
   - the value returned by a function or computed property declared to return
     `[MessageArgument: …]`;
   - the value assigned to a variable or property declared `[MessageArgument: …]`,
     and the key of a subscript of such a variable or property.
   A dictionary is rewritten only when every key is a plain string literal naming a
   placeholder; anything else is reported and left alone. Dictionaries elsewhere (JSON
   objects, environments, YAML maps) are never touched, whatever their keys.

The lexer understands comments (nested), string literals (with interpolations, raw and
multi-line), so text inside strings and comments is never rewritten.
"""

import argparse
import os
import re
import sys

ROOT_DIRS = ["Sources", "Tests", "Bench"]
ENUM_FILE = "Sources/SiaKit/Messages/MessageArgument.swift"
MESSAGES_DIR = "Sources/SiaKit/Messages"
TYPE = "MessageArgument"
IDENT_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
PLACEHOLDER_RE = re.compile(r"\{([A-Za-z0-9_]+)\}")
# Words that cannot be written bare as an enum case.
KEYWORDS = {
    "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init",
    "inout", "internal", "let", "open", "operator", "private", "protocol", "public", "rethrows", "static",
    "struct", "subscript", "typealias", "var", "break", "case", "continue", "default", "defer", "do",
    "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "switch", "where", "while",
    "as", "catch", "false", "is", "nil", "super", "self", "Self", "throw", "throws", "true", "try", "Any",
}


# --------------------------------------------------------------------------- lexer


class Tok:
  __slots__ = ("kind", "text", "start", "end", "value")

  def __init__(self, kind, text, start, end, value=None):
    self.kind = kind  # ident, str (plain literal, value = its text), istr (other string), punct, num
    self.text = text
    self.start = start
    self.end = end
    self.value = value

  def __repr__(self):
    return f"Tok({self.kind},{self.text!r})"


def lex(src):
  """Tokens of Swift source `src`; comments dropped; interpolations lexed inline."""
  toks = []
  i = 0
  n = len(src)

  def lex_string(i):
    """Lexes the string literal at `i`; returns the index after it. Appends tokens."""
    start = i
    hashes = 0
    while src[i] == "#":
      hashes += 1
      i += 1
    multi = src.startswith('"""', i)
    quote = '"""' if multi else '"'
    i += len(quote)
    close = quote + "#" * hashes
    escape = "\\" + "#" * hashes
    plain = True
    text_parts = []
    inner = []
    while i < n:
      if src.startswith(close, i):
        i += len(close)
        break
      if src.startswith(escape, i):
        j = i + len(escape)
        if j < n and src[j] == "(":
          plain = False
          # interpolation: lex until the matching ')'
          inner.append(Tok("punct", "(", j, j + 1))
          depth = 1
          k = j + 1
          sub_start = len(toks)
          while k < n and depth > 0:
            before = len(toks)
            k = lex_one(k)
            if len(toks) > before:
              last = toks[-1]
              if last.kind == "punct" and last.text == "(":
                depth += 1
              elif last.kind == "punct" and last.text == ")":
                depth -= 1
          # move the interpolation's tokens (they were appended to toks) into `inner`
          moved = toks[sub_start:]
          del toks[sub_start:]
          inner.extend(moved)
          i = k
          continue
        plain = False
        i = j + 1
        continue
      if not multi and src[i] == "\n":
        break
      text_parts.append(src[i])
      i += 1
    if plain and not multi and hashes == 0:
      toks.append(Tok("str", src[start:i], start, i, "".join(text_parts)))
    else:
      toks.append(Tok("istr", src[start:i], start, i))
      toks.extend(inner)
    return i

  def lex_one(i):
    """Lexes one token (or skips blanks/comments) at `i`; returns the next index."""
    c = src[i]
    if c in " \t\r\n":
      return i + 1
    if src.startswith("//", i):
      j = src.find("\n", i)
      return n if j < 0 else j
    if src.startswith("/*", i):
      depth = 0
      j = i
      while j < n:
        if src.startswith("/*", j):
          depth += 1
          j += 2
        elif src.startswith("*/", j):
          depth -= 1
          j += 2
          if depth == 0:
            break
        else:
          j += 1
      return j
    if c == '"' or (c == "#" and re.match(r'#+"', src[i:i + 10])):
      return lex_string(i)
    regex = re.match(r"(#+)/", src[i:i + 10])
    if regex:  # a regex literal `#/…/#`: skipped whole
      close = "/" + regex.group(1)
      j = src.find(close, i + len(regex.group(0)))
      j = n if j < 0 else j + len(close)
      toks.append(Tok("istr", src[i:j], i, j))
      return j
    if c.isalpha() or c == "_" or c == "$" or c == "`":
      j = i + 1
      if c == "`":
        j = src.index("`", i + 1) + 1
      else:
        while j < n and (src[j].isalnum() or src[j] == "_"):
          j += 1
      toks.append(Tok("ident", src[i:j], i, j))
      return j
    if c.isdigit():
      j = i + 1
      while j < n and (src[j].isalnum() or src[j] in "_."):
        j += 1
      toks.append(Tok("num", src[i:j], i, j))
      return j
    if src.startswith("->", i):
      toks.append(Tok("punct", "->", i, i + 2))
      return i + 2
    toks.append(Tok("punct", c, i, i + 1))
    return i + 1

  while i < n:
    i = lex_one(i)
  return toks


def matching(toks):
  """Index of the matching bracket for each (, [, { and the reverse."""
  pairs = {}
  stack = []
  for k, t in enumerate(toks):
    if t.kind != "punct":
      continue
    if t.text in "([{":
      stack.append(k)
    elif t.text in ")]}":
      if stack:
        o = stack.pop()
        pairs[o] = k
        pairs[k] = o
  return pairs


def enclosing(toks, pairs, k):
  """Index of the innermost open bracket containing token `k` (or -1)."""
  depth = 0
  j = k - 1
  while j >= 0:
    t = toks[j]
    if t.kind == "punct":
      if t.text in ")]}":
        j = pairs.get(j, j) - 1
        continue
      if t.text in "([{":
        return j
    j -= 1
  return -1


# --------------------------------------------------------------------------- the tree


def swift_files(root):
  for top in ROOT_DIRS:
    base = os.path.join(root, top)
    for folder, dirs, files in os.walk(base):
      dirs[:] = [d for d in dirs if not d.startswith(".") and d != "Fixtures"]
      for name in sorted(files):
        if name.endswith(".swift"):
          yield os.path.join(folder, name)


def catalogue_placeholders(root):
  names = set()
  folder = os.path.join(root, MESSAGES_DIR)
  for name in sorted(os.listdir(folder)):
    if not name.endswith(".swift"):
      continue
    src = open(os.path.join(folder, name), encoding="utf-8").read()
    toks = lex(src)
    for k, t in enumerate(toks):
      # only the texts of `Message(...)` declarations
      if t.kind == "ident" and t.text == "Message" and k + 1 < len(toks) and toks[k + 1].text == "(":
        pairs = matching(toks)
        for j in range(k + 2, pairs.get(k + 1, k + 1)):
          if toks[j].kind in ("str", "istr"):
            names.update(m.group(1) for m in PLACEHOLDER_RE.finditer(toks[j].text))
  return names


def regenerate_enum(root, names, changes, write):
  path = os.path.join(root, ENUM_FILE)
  src = open(path, encoding="utf-8").read()
  begin = src.index("// BEGIN generated cases")
  begin = src.index("\n", begin) + 1
  end = src.index("  // END generated cases")
  lines = []
  for name in sorted(names, key=lambda s: (s.lower(), s)):
    case = f"`{name}`" if name in KEYWORDS else name
    lines.append(f"  case {case}\n")
  body = "".join(lines)
  if src[begin:end] != body:
    old = set(re.findall(r"case `?(\w+)`?", src[begin:end]))
    added = sorted(names - old)
    removed = sorted(old - names)
    changes.append(f"{ENUM_FILE}: cases regenerated (added: {', '.join(added) or '-'}; "
                   f"removed: {', '.join(removed) or '-'})")
    if write:
      open(path, "w", encoding="utf-8").write(src[:begin] + body + src[end:])


def param_lists(toks, pairs):
  """(name, param_open_index) of each `func name(` / `init(` / `subscript(` declaration."""
  out = []
  for k, t in enumerate(toks):
    if t.kind != "ident":
      continue
    if t.text == "func" and k + 1 < len(toks):
      j = k + 2
      if j < len(toks) and toks[j].text == "<":  # generic parameters
        while j < len(toks) and toks[j].text != ">":
          j += 1
        j += 1
      if j < len(toks) and toks[j].text == "(":
        out.append((toks[k + 1].text, j))
    elif t.text == "init" and k + 1 < len(toks) and toks[k + 1].text in ("(", "?", "!"):
      if k > 0 and toks[k - 1].text == ".":
        continue  # a call `.init(`
      j = k + 1 if toks[k + 1].text == "(" else k + 2
      if j < len(toks) and toks[j].text == "(":
        out.append((type_of_scope(toks, pairs, k), j))
  return out


def type_of_scope(toks, pairs, k):
  """The name of the type (or extension) whose body holds token `k`."""
  j = enclosing(toks, pairs, k)
  while j >= 0:
    if toks[j].text == "{":
      m = j - 1
      while m >= 0 and toks[m].text not in ("{", "}", ";"):
        if toks[m].text in ("struct", "class", "enum", "extension", "actor") and m + 1 < j:
          return toks[m + 1].text
        m -= 1
    j = enclosing(toks, pairs, j)
  return None


def split_params(toks, open_, close):
  """The parameters between `open_` and `close`: lists of token indices at depth 0."""
  params, current, depth = [], [], 0
  for j in range(open_ + 1, close):
    t = toks[j]
    if t.kind == "punct" and t.text in "([{<":
      depth += 1
    elif t.kind == "punct" and t.text in ")]}>":
      depth -= 1
    if depth == 0 and t.text == ",":
      params.append(current)
      current = []
    else:
      current.append(j)
  if current:
    params.append(current)
  return params


def param_label(toks, param):
  """External label of a parameter (`_` for none) and the index of its type's first token."""
  idents = []
  for j in param:
    if toks[j].text == ":":
      return (idents[0] if idents else None), j + 1
    if toks[j].kind == "ident" and toks[j].text not in ("inout", "isolated", "sending", "borrowing", "consuming"):
      idents.append(toks[j].text)
  return None, None


def is_argument_type(toks, j, key_type):
  """True when the tokens at `j` spell `[key_type: …]`."""
  return (j + 2 < len(toks) and toks[j].text == "[" and toks[j + 1].text == key_type and toks[j + 2].text == ":")


def collect_sinks(files_toks):
  """Where message arguments are expected, learned from every declaration of the tree."""
  calls = {}  # callee name -> set of labels ("_" for unlabelled)
  returns = set()  # (file, index of the `{` of a body returning message arguments)
  typed_names = set()  # variables and properties declared `[MessageArgument: …]`
  for path, (src, toks, pairs) in files_toks.items():
    for name, open_ in param_lists(toks, pairs):
      close = pairs.get(open_)
      if close is None or name is None:
        continue
      for param in split_params(toks, open_, close):
        label, type_at = param_label(toks, param)
        if label and type_at is not None and is_argument_type(toks, type_at, TYPE):
          calls.setdefault(name, set()).add(label)
    for k, t in enumerate(toks):
      # `var name: [MessageArgument: …]` and `let name: [MessageArgument: …]`
      if t.kind == "ident" and k + 2 < len(toks) and toks[k + 1].text == ":" and is_argument_type(toks, k + 2, TYPE):
        if k > 0 and toks[k - 1].text in ("var", "let"):
          typed_names.add(t.text)
  return calls, returns, typed_names


# --------------------------------------------------------------------------- rewriting


def retype_helpers(path, src, toks, pairs, edits, changes):
  """`[String: String]` parameters of functions that also take a `Message`."""
  for name, open_ in param_lists(toks, pairs):
    close = pairs.get(open_)
    if close is None:
      continue
    params = split_params(toks, open_, close)
    types = []
    for param in params:
      _, type_at = param_label(toks, param)
      types.append(type_at)
    takes_message = any(
      t is not None and toks[t].text == "Message" and (t + 1 >= len(toks) or toks[t + 1].text in (",", ")", "="))
      for t in types)
    if not takes_message:
      continue
    for type_at in types:
      if type_at is not None and is_argument_type(toks, type_at, "String") and toks[type_at + 3].text in (
          "String", "Bilingual") and toks[type_at + 4].text == "]":
        edits.append((toks[type_at + 1].start, toks[type_at + 1].end, TYPE))
        changes.append(f"{path}:{line_of(src, toks[type_at].start)}: parameter of {name} retyped to [{TYPE}: "
                       f"{toks[type_at + 3].text}]")


def line_of(src, offset):
  return src.count("\n", 0, offset) + 1


def dictionary_keys(toks, pairs, k):
  """For a `[` at `k` opening a dictionary literal with string keys: the key tokens."""
  close = pairs.get(k)
  if close is None or k + 2 >= close:
    return None
  if toks[k + 1].kind not in ("str", "istr") or toks[k + 2].text != ":":
    return None
  keys = []
  entry_start = True
  depth = 0
  j = k + 1
  while j < close:
    t = toks[j]
    if entry_start:
      if t.kind in ("str", "istr") and j + 1 < close and toks[j + 1].text == ":":
        keys.append(j)
      else:
        return ("computed", keys)
      entry_start = False
    if t.kind == "punct" and t.text in "([{":
      j = pairs.get(j, j) + 1
      continue
    if t.text == "," and depth == 0:
      entry_start = True
    j += 1
  return ("literal", keys)


def callee_name(toks, open_):
  """The name called by the `(` at `open_`: `f(`, `x.f(`, `Type(`; None otherwise."""
  j = open_ - 1
  if j >= 0 and toks[j].text == ">":  # generic arguments
    return None
  if j >= 0 and toks[j].kind == "ident":
    return j
  return None


def argument_label(toks, k, open_):
  """The label of the argument starting at token `k` within the call opened at `open_`."""
  if toks[k - 1].text in (",", "("):
    return "_"
  if toks[k - 1].text == ":" and toks[k - 2].kind == "ident" and toks[k - 3].text in (",", "("):
    return toks[k - 2].text
  return None


# Names declared in the file being rewritten and passed as message arguments.
LOCAL_NAMES = set()

DECL_WORDS = {"func", "var", "let", "init", "subscript", "get", "set"}
FLOW_WORDS = {"switch", "if", "else", "guard", "do", "for", "while", "catch", "repeat", "defer", "case"}


def header(toks, pairs, brace):
  """Token indices of the header of the block opened by the `{` at `brace`."""
  m = brace - 1
  out = []
  while m >= 0:
    t = toks[m]
    if t.text in ("{", "}", ";"):
      break
    if t.text in (")", "]") and m in pairs:
      out.extend(range(pairs[m], m + 1))
      m = pairs[m] - 1
      continue
    out.append(m)
    m -= 1
  return sorted(out)


def returns_arguments(toks, pairs, k):
  """True when the value at `k` is what a body declared `-> [MessageArgument: …]` returns."""
  j = enclosing(toks, pairs, k)
  while j >= 0:
    if toks[j].text != "{":
      return False
    head = header(toks, pairs, j)
    words = {toks[h].text for h in head}
    if words & {"func", "var", "subscript"} or (len(head) == 1 and toks[head[0]].text in ("get",)):
      if toks[head[0]].text == "get":
        j = enclosing(toks, pairs, j)
        continue
      arrow = "->" if words & {"func", "subscript"} else ":"
      for h in head:
        if toks[h].text == arrow and is_argument_type(toks, h + 1, TYPE):
          return True
      return False
    if not (words & FLOW_WORDS) and head:
      return False  # a closure or a type body
    j = enclosing(toks, pairs, j)
  return False


def value_context(toks, pairs, k, calls, typed_names):
  """Why the expression starting at token `k` is a message argument (a string), or None."""
  prev = toks[k - 1] if k > 0 else None
  if prev is None:
    return None
  if prev.text == "return" or (prev.text == "{" and k in pairs):
    # `return [...]` or a single-expression body `{ [...] }`
    if prev.text == "{" and pairs.get(k) is not None and toks[pairs[k] + 1].text != "}":
      return None
    if returns_arguments(toks, pairs, k):
      return "returned"
    return None
  if prev.text == "=" and k >= 2:
    # `var name: [MessageArgument: …] = [...]`, `x.name = [...]`, `name = [...]`
    m = k - 2
    if toks[m].text == "]":
      o = pairs.get(m)
      if o is not None and is_argument_type(toks, o, TYPE):
        return "declared"
    if toks[m].kind == "ident" and toks[m].text in typed_names:
      return "assigned"
    return None
  open_ = enclosing(toks, pairs, k)
  if open_ < 0 or toks[open_].text != "(":
    return None
  label = argument_label(toks, k, open_)
  if label is None:
    return None
  c = callee_name(toks, open_)
  if c is None:
    return None
  name = toks[c].text
  if label in calls.get(name, ()):
    return f"argument of {name}"
  # `args.merging(["name": …]) { $1 }` where `args` holds message arguments
  if (name == "merging" and label == "_" and c >= 2 and toks[c - 1].text == "."
      and toks[c - 2].text in typed_names | LOCAL_NAMES):
    return "merged into message arguments"
  # a catalogue message called as a function: `Messages.name(lang, [...])`
  if label == "_" and c >= 2 and toks[c - 1].text == "." and toks[c - 2].text == "Messages":
    return "argument of a message"
  return None


def passed_names(toks, pairs, calls, typed_names):
  """Names passed where message arguments are expected (`text(lang, args)`)."""
  names = set()
  for k, t in enumerate(toks):
    if (t.kind == "ident" and 0 < k < len(toks) - 1 and toks[k + 1].text in (",", ")")
        and toks[k - 1].text != "." and value_context(toks, pairs, k, calls, typed_names)):
      names.add(t.text)
  return names


def rewrite_file(path, src, toks, pairs, calls, typed_names, cases, edits, changes, warnings):
  # `let args = ["name": …]` later passed as message arguments: typed where declared.
  LOCAL_NAMES.clear()
  local_names = passed_names(toks, pairs, calls, typed_names) - typed_names
  LOCAL_NAMES.update(local_names)
  # `func f(_ args: [String: String])` whose `args` is passed on as message arguments
  for k, t in enumerate(toks):
    if (t.kind == "ident" and t.text in local_names and k + 2 < len(toks) and toks[k + 1].text == ":"
        and is_argument_type(toks, k + 2, "String") and k + 6 < len(toks) and toks[k + 6].text == "]"
        and toks[k + 5].text in ("String", "Bilingual")):
      edits.append((toks[k + 3].start, toks[k + 3].end, TYPE))
      changes.append(f"{path}:{line_of(src, t.start)}: {t.text} retyped to [{TYPE}: {toks[k + 5].text}]")
  for k, t in enumerate(toks):
    if t.kind == "punct" and t.text == "[" and k in pairs:
      # subscript of a typed variable: `args["name"]`
      if (k > 0 and toks[k - 1].kind == "ident" and toks[k - 1].text in typed_names | local_names
          and toks[k + 1].kind == "str"
          and pairs[k] == k + 2):
        key = toks[k + 1]
        if key.value in cases:
          edits.append((key.start, key.end, "." + key.value))
          changes.append(f"{path}:{line_of(src, key.start)}: {toks[k - 1].text}[\"{key.value}\"]")
        else:
          warnings.append(f"{path}:{line_of(src, key.start)}: \"{key.value}\" is no placeholder of any message")
        continue
      found = dictionary_keys(toks, pairs, k)
      if found is None:
        continue
      why = value_context(toks, pairs, k, calls, typed_names)
      declared = None
      if (why is None and k >= 3 and toks[k - 1].text == "=" and toks[k - 2].text in local_names
          and toks[k - 3].text in ("let", "var")):
        declared = toks[k - 2]
        why = f"{declared.text} passed as message arguments"
      if why is None:
        continue
      shape, keys = found
      bad = [toks[j] for j in keys if toks[j].kind != "str" or toks[j].value not in cases]
      if shape != "literal" or bad:
        what = ", ".join(b.text for b in bad) or "a computed key"
        warnings.append(f"{path}:{line_of(src, t.start)}: message arguments not converted ({what}): "
                        "not a placeholder of any message")
        continue
      if declared is not None:
        edits.append((declared.end, declared.end, f": [{TYPE}: String]"))
      for j in keys:
        edits.append((toks[j].start, toks[j].end, "." + toks[j].value))
      changes.append(f"{path}:{line_of(src, t.start)}: {len(keys)} key(s), {why}")


def apply(src, edits):
  out = []
  last = 0
  for start, end, text in sorted(edits):
    if start < last:
      continue
    out.append(src[last:start])
    out.append(text)
    last = end
  out.append(src[last:])
  return "".join(out)


def main():
  parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
  parser.add_argument("--root", default=".", help="repository root (default: current folder)")
  parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if anything would change")
  parser.add_argument("--dry-run", action="store_true", help="write nothing; list the changes")
  parser.add_argument("--cases-only", action="store_true", help="only regenerate the cases of the enum")
  args = parser.parse_args()
  write = not (args.check or args.dry_run)
  root = args.root
  if not os.path.exists(os.path.join(root, ENUM_FILE)):
    sys.exit(f"{ENUM_FILE} not found: run from the repository root (or pass --root)")

  changes, warnings = [], []
  cases = catalogue_placeholders(root)
  regenerate_enum(root, cases, changes, write)
  if args.cases_only:
    print("\n".join(changes))
    return

  # Rounds until nothing changes: a parameter retyped in one round makes the
  # dictionaries passed to it message arguments in the next.
  sources = {path: open(path, encoding="utf-8").read() for path in swift_files(root)}
  original = dict(sources)
  for _ in range(5):
    before = len(changes)
    # Pass 1: helpers taking a Message get typed argument parameters.
    files = {}
    for path, src in sources.items():
      toks = lex(src)
      pairs = matching(toks)
      edits = []
      retype_helpers(os.path.relpath(path, root), src, toks, pairs, edits, changes)
      if edits:
        src = apply(src, edits)
        toks = lex(src)
        pairs = matching(toks)
      files[path] = (src, toks, pairs)
    # Pass 2: keys where message arguments are expected.
    calls, _, typed_names = collect_sinks(files)
    round_warnings = []
    for path, (src, toks, pairs) in files.items():
      edits = []
      rewrite_file(os.path.relpath(path, root), src, toks, pairs, calls, typed_names, cases, edits, changes,
                   round_warnings)
      sources[path] = apply(src, edits) if edits else src
    if len(changes) == before:
      warnings = round_warnings
      break
  if write:
    for path, src in sources.items():
      if src != original[path]:
        open(path, "w", encoding="utf-8").write(src)

  for line in changes if not args.check else changes[:50]:
    print(line)
  for line in warnings:
    print("warning: " + line, file=sys.stderr)
  print(f"{len(changes)} change(s), {len(warnings)} warning(s)", file=sys.stderr)
  if args.check and changes:
    sys.exit(1)


if __name__ == "__main__":
  main()
