#!/usr/bin/env python3
"""Re-runs the commands pasted in markdown files and pastes their output again.

A fenced block whose first line starts with "$ ./tokenfactory" is live: each "$ " line is run from the repository
root (bash, so pipes work) and the lines up to the next "$ " line are replaced by what it prints, kept to the part
the writer chose to show:
- output cut with a line "…" keeps as many lines before it and after it as it showed;
- output that began with a line "..." keeps the "..." and as many lines from the one starting like its first shown
  line;
- a command pasted without output stays without; a blank line closing a command's output stays.
Run after regenerating the golden results, then read the diff: it shows what moved in the words a reader sees.

    python3 docs/tools/refresh-pasted-output.py README.md docs/uncertainty.md

The README's calibration example reads cpu-run.json from the repository root; it is copied there from the app's test
resources for the run and removed afterwards, with the calibrated plan it writes.
"""
import pathlib
import shutil
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
CPU_RUN = ROOT / "app/src/test/resources/com/tokenfactory/app/gui/calibration/cpu-run.json"
SCRATCH = ["cpu-run.json", "calibrated.tokenplan"]


def run(command):
    done = subprocess.run(["bash", "-c", command], cwd=ROOT, capture_output=True, text=True)
    return done.stdout.rstrip("\n").split("\n") if done.stdout.strip() else []


def shown_like(old, new):
    closing_blank = old[-1] == ""
    if closing_blank:
        old = old[:-1]
    if "…" in old:
        cut = old.index("…")
        tail = len(old) - cut - 1
        new = new[:cut] + ["…"] + (new[len(new) - tail:] if tail else [])
    elif old and old[0] == "...":
        start = next(k for k, line in enumerate(new) if line[:20] == old[1][:20])
        new = ["..."] + new[start:start + len(old) - 1]
    return new + ([""] if closing_blank else [])


def refresh_block(lines):
    out = []
    i = 0
    while i < len(lines):
        command = lines[i]
        j = i + 1
        while j < len(lines) and not lines[j].startswith("$ "):
            j += 1
        old = lines[i + 1:j]
        out.append(command)
        new = run(command[2:])
        out.extend(shown_like(old, new) if old else [])
        i = j
    return out


def refresh(path):
    text = path.read_text(encoding="utf-8").split("\n")
    out = []
    i = 0
    while i < len(text):
        out.append(text[i])
        if text[i].startswith("```") and i + 1 < len(text) and text[i + 1].startswith("$ ./tokenfactory"):
            end = i + 1
            while not text[end].startswith("```"):
                end += 1
            out.extend(refresh_block(text[i + 1:end]))
            i = end
            continue
        i += 1
    path.write_text("\n".join(out), encoding="utf-8")


def main():
    shutil.copy(CPU_RUN, ROOT / "cpu-run.json")
    try:
        for name in sys.argv[1:]:
            refresh(ROOT / name)
    finally:
        for name in SCRATCH:
            (ROOT / name).unlink(missing_ok=True)


if __name__ == "__main__":
    main()
