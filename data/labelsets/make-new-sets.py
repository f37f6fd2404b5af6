"""Four label spaces and a grouping from the team's reference lists (shared/labelsets, whose README gives each
source, commit and licence), in the shapes the project ships, and the facts the tests check them against.

Rerun (from the repository root, after `apt-get install python3-nltk wordnet-base`):

    /usr/bin/python3 data/labelsets/make-new-sets.py [LABELSETS_DIR] [DICT_DIR]

LABELSETS_DIR defaults to shared/labelsets in the nearest folder above the checkout that has one; DICT_DIR to
Debian's /usr/share/wordnet (WordNet 3.0, read with NLTK). It writes, one wnid a line (line N+1 is class N):

- data/labelsets/tiered-imagenet{,-train,-val,-test}.txt: tieredImageNet's classes, all 608 and each split's,
  sorted: its loader numbers classes in the order the file system lists their folders, which is no order, so
  the order ImageFolder gives (sorted) stands in; data/groupings/tiered-imagenet.tsv: its 34 categories as a
  published grouping (group index, category wnid, 1k index, wnid; the categories numbered as the split files
  list them, train's 20, then val's 6, then test's 8);
- data/labelsets/imagenet-100.txt: CMC's ImageNet-100, sorted (CMC trains on a folder of them: ImageFolder);
- data/labelsets/tencent-ml-images.txt: Tencent ML-Images' 11,166 categories in its own index order, and
  tencent-ml-images.parents.txt: line k+1 is the index of category k's parent (-1 for its 4 roots), its column 3;
- data/labelsets/coco.txt: COCO's 80 categories in COCO id order (the contiguous 0-79 of detectors), each the
  WordNet 3.0 synset LVIS maps it to (NLTK's name read with NLTK); `stop_sign.n.01` is no WordNet 3.0 noun, so
  its line keeps the name (class 11 is a hole, declared in catalog.json);
- test/fixtures/labelset-sources.json: what the sources say, read here apart from the files above.
"""
import csv
import hashlib
import json
import os
import sys
import tempfile

from nltk.corpus.reader.wordnet import WordNetCorpusReader
from nltk.corpus.reader.wordnet import WordNetError

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SPLITS = ["train", "val", "test"]


def shared_folder(name):
    """The team's reference folder `shared/NAME` above the checkout (a worktree sits a level deeper than main)."""
    at = ROOT
    while os.path.dirname(at) != at:
        at = os.path.dirname(at)
        if os.path.isdir(os.path.join(at, "shared", name)):
            return os.path.join(at, "shared", name)
    sys.exit("no shared/%s above %s: give its path" % (name, ROOT))


def reader(dict_dir):
    """Debian ships no `lexnames` file, which NLTK's reader insists on: numbered placeholders stand in."""
    folder = tempfile.mkdtemp(prefix="synset-labelsets-")
    for name in os.listdir(dict_dir):
        os.symlink(os.path.join(dict_dir, name), os.path.join(folder, name))
    if not os.path.exists(os.path.join(dict_dir, "lexnames")):
        with open(os.path.join(folder, "lexnames"), "w") as f:
            for i in range(45):
                f.write("%02d\tlexfile%02d\t1\n" % (i, i))
    return WordNetCorpusReader(folder, None)


def write_lines(path, lines):
    with open(os.path.join(ROOT, path), "w") as f:
        f.write("".join(line + "\n" for line in lines))
    print("wrote %s: %d lines" % (path, len(lines)))


def main():
    source = sys.argv[1] if len(sys.argv) > 1 else shared_folder("labelsets")
    wn = reader(sys.argv[2] if len(sys.argv) > 2 else "/usr/share/wordnet")
    nouns = set("n%08d" % s.offset() for s in wn.all_synsets("n"))
    with open(os.path.join(ROOT, "data/imagenet/ilsvrc2012.txt")) as f:
        classes1k = f.read().split()
    index1k = {wnid: k for k, wnid in enumerate(classes1k)}
    fixture = {"source": "data/labelsets/make-new-sets.py over %s" % os.path.basename(source)}

    # tieredImageNet: rows (class wnid, category wnid) per split, as its csv files give them.
    tiered = {}
    for split in SPLITS:
        with open(os.path.join(source, "tiered_imagenet_%s.csv" % split)) as f:
            tiered[split] = [row for row in csv.reader(f) if row]
        assert all(len(row) == 2 and row[0] in index1k and row[1] in nouns for row in tiered[split]), split
    every = [row for split in SPLITS for row in tiered[split]]
    assert len(set(row[0] for row in every)) == len(every) == 608
    categories = list(dict.fromkeys(row[1] for row in every))
    assert len(categories) == 34
    for split in SPLITS:
        write_lines("data/labelsets/tiered-imagenet-%s.txt" % split, sorted(row[0] for row in tiered[split]))
    write_lines("data/labelsets/tiered-imagenet.txt", sorted(row[0] for row in every))
    write_lines(
        "data/groupings/tiered-imagenet.tsv",
        ["%d\t%s\t%d\t%s" % (categories.index(cat), cat, index1k[wnid], wnid) for wnid, cat in every],
    )
    fixture["tieredImageNet"] = {split: tiered[split] for split in SPLITS}

    # CMC's ImageNet-100: its list, in the file's order.
    with open(os.path.join(source, "imagenet100_cmc.txt")) as f:
        cmc = f.read().split()
    assert len(cmc) == len(set(cmc)) == 100 and all(wnid in index1k for wnid in cmc)
    write_lines("data/labelsets/imagenet-100.txt", sorted(cmc))
    fixture["imagenet100"] = cmc

    # Tencent ML-Images: index, wnid, parent index, name.
    with open(os.path.join(source, "tencent_ml_images_dictionary_and_semantic_hierarchy.txt")) as f:
        rows = [line.rstrip("\n").split("\t") for line in f][1:]
    assert all(int(row[0]) == k for k, row in enumerate(rows)), "category indices are not the line order"
    wnids = [row[1] for row in rows]
    parents = [int(row[2]) for row in rows]
    assert all(wnid in nouns for wnid in wnids) and len(set(wnids)) == len(wnids) == 11166
    assert all(-1 <= p < len(rows) and p != k for k, p in enumerate(parents))
    write_lines("data/labelsets/tencent-ml-images.txt", wnids)
    write_lines("data/labelsets/tencent-ml-images.parents.txt", [str(p) for p in parents])
    canonical = "".join("%d\t%s\t%d\n" % (k, wnid, p) for k, (wnid, p) in enumerate(zip(wnids, parents)))
    fixture["tencent"] = {
        "categories": len(rows),
        "roots": [[k, wnids[k], rows[k][3]] for k, p in enumerate(parents) if p == -1],
        "in1k": sum(wnid in index1k for wnid in wnids),
        "sha256": hashlib.sha256(canonical.encode()).hexdigest(),
        "sha256Of": "the lines 'INDEX<TAB>WNID<TAB>PARENT<LF>' of every category, in index order",
        "sample": [[k, wnids[k], parents[k], rows[k][3]] for k in range(0, len(rows), 997)],
    }

    # COCO via LVIS: category name -> COCO id and an NLTK synset name.
    with open(os.path.join(source, "coco_to_synset.json")) as f:
        coco = json.load(f)
    by_id = sorted((entry["coco_cat_id"], name, entry["synset"]) for name, entry in coco.items())
    assert len(by_id) == 80 and len(set(i for i, _, _ in by_id)) == 80
    coco_rows = []
    for coco_id, name, synset_name in by_id:
        try:
            synset = wn.synset(synset_name)
            wnid = "n%08d" % synset.offset() if synset.pos() == "n" else None
        except WordNetError:
            wnid = None
        coco_rows.append([coco_id, name, synset_name, wnid])
    holes = [row for row in coco_rows if row[3] is None]
    assert [row[2] for row in holes] == ["stop_sign.n.01"], holes
    write_lines("data/labelsets/coco.txt", [row[3] or row[2] for row in coco_rows])
    fixture["coco"] = coco_rows

    with open(os.path.join(ROOT, "test/fixtures/labelset-sources.json"), "w") as f:
        json.dump(fixture, f, separators=(",", ":"))
        f.write("\n")
    print("wrote test/fixtures/labelset-sources.json")


main()
