"""WordNet 3.0 nouns → ILI → WordNet 3.1, from the Collaborative Interlingual Index, in the compact form the
project ships (wn30-wn31.tsv). Runtime code reads only that file; this script writes it and checks it.

Rerun (from the repository root, after `apt-get install python3-nltk wordnet-base`):

    /usr/bin/python3 data/wordnet-versions/make-version-map.py [CILI_DIR] [DICT_DIR]

CILI_DIR defaults to shared/wordnet-versions in the nearest folder above the checkout that has one (the team's copy of globalwordnet/cili@dfc99e1: its README and
LICENSE say what each file is); DICT_DIR to Debian's /usr/share/wordnet (WordNet 3.0, read with NLTK).

What it checks before writing, and again by reading the written file back with a reader of its own:
- the 3.0 map's offsets are exactly WordNet 3.0's noun synsets (NLTK), each with one ILI;
- every row of both maps (82,115 and 82,074) is reproduced by the compact file, and no other;
- the nouns `changes-in-wn31.csv` lists as deprecated are exactly the 3.0 nouns the 3.1 map lacks.
It also copies CILI's LICENSE beside the file (CC BY 4.0: the data travels with its licence).
"""
import csv
import hashlib
import os
import shutil
import sys
import tempfile

from nltk.corpus.reader.wordnet import WordNetCorpusReader

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT_DIR = os.path.join(ROOT, "data/wordnet-versions")
SOURCE = "globalwordnet/cili@dfc99e1"


def reader(dict_dir):
    """Debian ships no `lexnames` file, which NLTK's reader insists on: numbered placeholders stand in."""
    folder = tempfile.mkdtemp(prefix="synset-versions-")
    for name in os.listdir(dict_dir):
        os.symlink(os.path.join(dict_dir, name), os.path.join(folder, name))
    if not os.path.exists(os.path.join(dict_dir, "lexnames")):
        with open(os.path.join(folder, "lexnames"), "w") as f:
            for i in range(45):
                f.write("%02d\tlexfile%02d\t1\n" % (i, i))
    return WordNetCorpusReader(folder, None)


def shared_folder(name):
    """The team's reference folder `shared/NAME` above the checkout (a worktree sits a level deeper than main)."""
    at = ROOT
    while os.path.dirname(at) != at:
        at = os.path.dirname(at)
        if os.path.isdir(os.path.join(at, "shared", name)):
            return os.path.join(at, "shared", name)
    sys.exit("no shared/%s above %s: give its path" % (name, ROOT))


def read_map(path):
    """ILI → noun offset from a CILI map (`i35545<TAB>00001740-n`)."""
    rows = {}
    with open(path) as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line:
                continue
            ili, synset = line.split("\t")
            assert ili.startswith("i") and synset.endswith("-n") and len(synset) == 10, (path, n, line)
            number = int(ili[1:])
            assert number not in rows, (path, n, "ILI twice")
            rows[number] = int(synset[:8])
    return rows


def read_changes(path):
    """The deprecated 3.0 nouns (offset → the new 3.1 offsets that replace them) and the new 3.1 nouns (offset → lemmas)."""
    gone, new = {}, {}
    with open(path) as f:
        for row in csv.DictReader(f):
            if not row["Status"]:
                continue
            if row["Status"] == "deprecated" and row["WN30"].endswith("-n"):
                # WN31 is "none" or 9-digit ids joined by "/": a leading 1 (the noun's number) and the offset.
                targets = [] if row["WN31"] == "none" else [int(t[1:9]) for t in row["WN31"].split("/")]
                assert all(t[0] == "1" and t.endswith("-n") for t in row["WN31"].split("/")) or row["WN31"] == "none", row
                gone[int(row["WN30"][:8])] = targets
            elif row["Status"] == "new" and row["WN31"].endswith("-n"):
                new[int(row["WN31"][:8])] = row["Synset"].replace(" ", "_").split("/")
    return gone, new


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def compact_rows(offsets, ili_of, wn31_of, gone, new):
    """The file's rows: runs of ILIs and of 3.1 shifts over the 3.0 nouns in offset order, the deprecated, the new."""
    rows = []
    expected_ili = None
    shift = None
    for offset in offsets:
        ili = ili_of[offset]
        if ili != expected_ili:
            rows.append("ili\t%08d\t%d" % (offset, ili))
        expected_ili = ili + 1
        if offset in gone:
            rows.append("gone\t%08d\t%s" % (offset, " ".join("%08d" % t for t in gone[offset]) or "-"))
            continue
        if wn31_of[offset] - offset != shift:
            shift = wn31_of[offset] - offset
            rows.append("wn31\t%08d\t%d" % (offset, shift))
    for offset31 in sorted(new):
        rows.append("new\t%08d\t%s" % (offset31, " ".join(new[offset31])))
    return rows


def expand(lines):
    """Reads the file back (a reader of its own, as the TypeScript one is): 3.0 offset → (ILI, 3.1 offset or None), and the new."""
    runs = []
    new = {}
    for line in lines:
        if line.startswith("#") or not line:
            continue
        kind, offset, value = line.split("\t")
        if kind == "new":
            new[int(offset)] = value.split(" ")
        else:
            runs.append((int(offset), kind, value))
    return runs, new


def main():
    cili = sys.argv[1] if len(sys.argv) > 1 else shared_folder("wordnet-versions")
    dict_dir = sys.argv[2] if len(sys.argv) > 2 else "/usr/share/wordnet"
    files = ["ili-map-pwn30-nouns.tab", "ili-map-pwn31-nouns.tab", "changes-in-wn31.csv"]
    map30 = read_map(os.path.join(cili, files[0]))
    map31 = read_map(os.path.join(cili, files[1]))
    gone, new = read_changes(os.path.join(cili, files[2]))

    wn = reader(dict_dir)
    nouns = sorted(s.offset() for s in wn.all_synsets("n"))
    ili_of = {offset: ili for ili, offset in map30.items()}
    assert len(ili_of) == len(map30), "a 3.0 noun with two ILIs"
    assert sorted(ili_of) == nouns, "the 3.0 map's offsets are not WordNet 3.0's nouns"
    wn31_of = {offset: map31[ili] for offset, ili in ili_of.items() if ili in map31}
    assert set(map31) <= set(map30), "a 3.1 map ILI that no 3.0 noun has"
    assert set(nouns) - set(wn31_of) == set(gone), "the deprecated nouns differ from those the 3.1 map lacks"
    assert not set(new) & set(map31.values()), "a new 3.1 noun that the 3.1 map gives a 3.0 ILI"
    for targets in gone.values():
        assert all(t in new or t in set(map31.values()) for t in targets), "a deprecated noun replaced by no 3.1 noun"

    rows = compact_rows(nouns, ili_of, wn31_of, gone, new)
    header = [
        "# WordNet 3.0 nouns with their ILI and WordNet 3.1 ids, from the Collaborative Interlingual Index",
        "# (%s, CC BY 4.0: see LICENSE), written by data/wordnet-versions/make-version-map.py: do not edit." % SOURCE,
        "# Sources (sha256): " + ", ".join("%s %s" % (name, sha256(os.path.join(cili, name))[:16]) for name in files),
        "# Checked: %d WordNet 3.0 nouns (NLTK), %d with an ILI, %d with a 3.1 synset, %d deprecated in 3.1, %d new in 3.1."
        % (len(nouns), len(ili_of), len(wn31_of), len(gone), len(new)),
        "# Rows (tab-separated), over the 3.0 nouns in offset order; a run holds until the next row of its kind:",
        "#   ili  OFFSET ILI      the noun at OFFSET has ILI iILI, each next noun the next number",
        "#   wn31 OFFSET SHIFT    its 3.1 offset is OFFSET + SHIFT, the same for each next noun",
        "#   gone OFFSET NEW...   deprecated in 3.1 (no 3.1 synset); NEW: the 3.1 offsets that replace it, or -",
        "#   new  OFFSET31 LEMMAS a 3.1 noun that has no 3.0 synset",
    ]
    out = os.path.join(OUT_DIR, "wn30-wn31.tsv")
    with open(out, "w") as f:
        f.write("\n".join(header + rows) + "\n")

    # Read it back and compare every row of both maps.
    with open(out) as f:
        runs, new_back = expand(f.read().split("\n"))
    by_offset = {}
    at = 0
    ili = shift = None
    for offset in nouns:
        while at < len(runs) and runs[at][0] == offset:
            _, kind, value = runs[at]
            if kind == "ili":
                ili = int(value)
            elif kind == "wn31":
                shift = int(value)
            elif kind == "gone":
                by_offset[offset] = (ili, None)
            at += 1
        if offset not in by_offset:
            by_offset[offset] = (ili, offset + shift)
        ili += 1
    assert at == len(runs), "rows out of order"
    assert {ili: offset for offset, (ili, _) in by_offset.items()} == map30, "the file does not give the 3.0 map"
    assert {i: o31 for (i, o31) in by_offset.values() if o31 is not None} == map31, "the file does not give the 3.1 map"
    assert new_back == new
    shutil.copyfile(os.path.join(cili, "LICENSE"), os.path.join(OUT_DIR, "LICENSE"))
    print("wrote %s: %d rows for %d nouns (%d bytes); every row of both CILI maps checked" % (out, len(rows), len(nouns), os.path.getsize(out)))


main()
