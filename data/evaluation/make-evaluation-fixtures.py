"""The figures `synset evaluate` must give, computed independently with NumPy and NLTK over the shipped files.

Rerun (from the repository root, after `apt-get install python3-numpy python3-nltk wordnet-base`):

    /usr/bin/python3 data/evaluation/make-evaluation-fixtures.py [DICT_DIR]

DICT_DIR defaults to Debian's /usr/share/wordnet (WordNet 3.0). It reads data/evaluation/ (the validation labels,
ReaL's, cleanlab's predictions), data/imagenet/ilsvrc2012.txt and data/groupings/restricted-imagenet.tsv, and
writes test/fixtures/evaluation/:

- `figures.json`: the expected figures (see `main` for each key).
- cleanlab's predictions in file-name order (`cleanlab-filename-order.npy`, np.save of uint16).
- a seeded subset of 1,000 validation images with top-5 predictions (cleanlab's top-1, then four other
  classes, the true one among them for some images), in every form the CLI reads: `subset-top5.npy` and
  `subset-true.npy` (np.save, int64); np.savetxt's default text (`subset-top5.txt`, `subset-true.txt`); tab- and
  comma-separated whole numbers; wnids (`subset-top5-wnids.tsv`); a per-image CSV in shuffled order, with folder
  prefixes on the file names and an ignored probability column (`subset-per-image.csv`, ImageNet-X's columns
  plus pred_2 … pred_5).
- `wordnet-1k-tree.txt`: a tree over the 1k cut from WordNet (each class's first longest hypernym path, as
  `synset group` takes it), to test `--hierarchy` with Making Better Mistakes' severity computed here.

Everything is computed here from the definitions (docs/evaluate.md), not from the TypeScript: ImageFolder order
as torchvision's ImageFolder sorts (folder names, then file names), severity as H - max_depth of NLTK's
lowest_common_hypernyms, the tree's severity as its height - the LCA's depth.
"""
import csv
import hashlib
import importlib.util
import json
import os
import sys
from collections import Counter

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = os.path.join(ROOT, "data/evaluation")
OUT = os.path.join(ROOT, "test/fixtures/evaluation")
SEED = 20220921
SUBSET = 1000
K = 5
# Classes whose per-class figures the fixture lists: every 37th, so a few hundred numbers.
CLASS_STEP = 37


def load_metric_fixtures():
    path = os.path.join(ROOT, "data/nltk/make-metric-fixtures.py")
    spec = importlib.util.spec_from_file_location("metric_fixtures", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def file_name(n):
    return "ILSVRC2012_val_%08d.JPEG" % n


def real_labels():
    with open(os.path.join(DATA, "real-labels.txt")) as f:
        return [[int(c) for c in line.split()] for line in f.read().split("\n")[:-1]]


class WordNetSeverity:
    """Our severity: H - the max depth of the lowest common hypernyms (NLTK), H the 1k's largest max depth."""

    def __init__(self, synsets):
        self.synsets = synsets
        self.height = max(s.max_depth() for s in synsets)
        self.cache = {}

    def lca(self, t, p):
        return self.synsets[t].lowest_common_hypernyms(self.synsets[p])[0]

    def __call__(self, t, p):
        if t == p:
            return 0
        key = (t, p)
        if key not in self.cache:
            self.cache[key] = self.height - self.lca(t, p).max_depth()
        return self.cache[key]


class TreeSeverity:
    """Making Better Mistakes' severity in a tree: its height - the depth of the two classes' LCA."""

    def __init__(self, parent, classes):
        self.parent = parent
        self.classes = classes
        self.depth = {}
        for node in list(parent) + list(parent.values()):
            self.depth_of(node)
        self.height = max(self.depth.values())

    def depth_of(self, node):
        if node not in self.depth:
            self.depth[node] = 0 if node not in self.parent else self.depth_of(self.parent[node]) + 1
        return self.depth[node]

    def path_up(self, node):
        path = [node]
        while path[-1] in self.parent:
            path.append(self.parent[path[-1]])
        return path

    def lca(self, t, p):
        above = set(self.path_up(self.classes[t]))
        return next(node for node in self.path_up(self.classes[p]) if node in above)

    def __call__(self, t, p):
        return 0 if t == p else self.height - self.depth[self.lca(t, p)]


def scores(pred, truth, severity, images=None, real=None):
    """Every headline figure of N samples, straight from the definitions, sample by sample."""
    n, k = pred.shape
    top1 = pred[:, 0] == truth
    within = (pred == truth[:, None]).any(axis=1)
    top5 = (pred[:, :5] == truth[:, None]).any(axis=1) if k >= 5 else None
    first = [severity(int(t), int(p)) for t, p in zip(truth, pred[:, 0])]
    every = [np.mean([severity(int(t), int(p)) for p in row]) for t, row in zip(truth, pred)]
    wrong = [s for s, right in zip(first, top1) if not right]
    figures = {
        "images": int(n),
        "k": int(k),
        "top1": float(top1.mean()),
        "top5": None if top5 is None else float(top5.mean()),
        "topK": float(within.mean()),
        "mistakeSeverity": float(sum(wrong) / len(wrong)),
        "hierDistAt1": float(sum(first) / n),
        "hierDistAtK": float(sum(every) / n),
        "realTop1": None,
        "realImages": None,
    }
    if images is not None:
        labelled = [i for i, image in enumerate(images) if real[image - 1]]
        figures["realImages"] = len(labelled)
        figures["realTop1"] = sum(int(pred[i, 0]) in real[images[i] - 1] for i in labelled) / len(labelled)
    return figures


def per_class(pred, truth, severity, images, real, classes):
    """Per class: images, top-1, ReaL top-1 and the three most frequent confusions with their LCA and severity."""
    rows = {}
    for c in classes:
        mine = [i for i in range(len(truth)) if truth[i] == c]
        labelled = [i for i in mine if real[images[i] - 1]]
        taken = Counter(int(pred[i, 0]) for i in mine if pred[i, 0] != c)
        top = sorted(taken.items(), key=lambda item: (-item[1], item[0]))[:3]
        rows[str(c)] = {
            "images": len(mine),
            "top1": sum(pred[i, 0] == c for i in mine) / len(mine),
            "realImages": len(labelled),
            "realTop1": sum(int(pred[i, 0]) in real[images[i] - 1] for i in labelled) / len(labelled) if labelled else None,
            "confusions": [[p, count, "n%08d" % severity.lca(c, p).offset(), severity(c, p)] for p, count in top],
        }
    return rows


def groups(pred, truth, table):
    """Restricted ImageNet's groups: top-1 of their images, and the share of their errors predicted inside the group."""
    group_of = {}
    for line in open(table).read().splitlines():
        g, _name, index, _wnid = line.split("\t")
        group_of[int(index)] = int(g)
    out = {}
    for g in sorted(set(group_of.values())):
        mine = [i for i in range(len(truth)) if group_of.get(int(truth[i])) == g]
        wrong = [i for i in mine if pred[i, 0] != truth[i]]
        inside = [i for i in wrong if group_of.get(int(pred[i, 0])) == g]
        out[str(g)] = {"images": len(mine), "top1": 1 - len(wrong) / len(mine), "errors": len(wrong), "errorsInGroup": len(inside)}
    return out


def real_issues(labels, real, classes):
    """ReaL's side of the known issues of some classes: their images, those ReaL labels, those it keeps the label
    of, and the classes it adds most (image counts, ties by index)."""
    rows = {}
    for c in classes:
        mine = [n for n in range(len(labels)) if labels[n] == c]
        labelled = [n for n in mine if real[n]]
        added = Counter(other for n in labelled for other in real[n] if other != c)
        rows[str(c)] = {
            "images": len(mine),
            "labelled": len(labelled),
            "kept": sum(c in real[n] for n in labelled),
            "added": sorted(added.items(), key=lambda item: (-item[1], item[0]))[:5],
        }
    return rows


def first_longest_path(synset):
    """NLTK's hypernym_paths() lists paths from the root; the first of the longest is the tree's branch."""
    paths = synset.hypernym_paths()
    longest = max(len(path) for path in paths)
    return next(path for path in paths if len(path) == longest)


def main():
    os.makedirs(OUT, exist_ok=True)
    metric = load_metric_fixtures()
    wn = metric.reader(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet")
    wnids = open(os.path.join(ROOT, "data/imagenet/ilsvrc2012.txt")).read().split()
    synsets = [wn.synset_from_pos_and_offset("n", int(w[1:])) for w in wnids]
    labels = np.load(os.path.join(DATA, "val-labels.npy")).astype(np.int64)
    real = real_labels()
    cleanlab = np.load(os.path.join(DATA, "cleanlab-predictions.npy")).astype(np.int64)
    severity = WordNetSeverity(synsets)

    # ImageFolder order as torchvision builds it: the sorted class folders, then the sorted file names in each.
    by_folder = {}
    for n in range(1, len(labels) + 1):
        by_folder.setdefault(wnids[labels[n - 1]], []).append(file_name(n))
    imagefolder = [int(name[15:23]) for folder in sorted(by_folder) for name in sorted(by_folder[folder])]
    imagefolder = np.array(imagefolder)
    order_digest = hashlib.sha256(("\n".join(str(n) for n in imagefolder)).encode()).hexdigest()

    truth_if = labels[imagefolder - 1]
    figures_if = scores(cleanlab[:, None], truth_if, severity, imagefolder, real)
    # The same predictions put in file-name order: image n's prediction at n - 1.
    in_name_order = np.zeros_like(cleanlab)
    in_name_order[imagefolder - 1] = cleanlab
    np.save(os.path.join(OUT, "cleanlab-filename-order.npy"), in_name_order.astype(np.uint16))
    names = np.arange(1, len(labels) + 1)
    figures_name = scores(in_name_order[:, None], labels, severity, names, real)
    classes = list(range(0, 1000, CLASS_STEP))

    # The tree: each class's first longest hypernym path, parents kept as first met.
    parent = {}
    for s in synsets:
        path = first_longest_path(s)
        for up, down in zip(path, path[1:]):
            parent.setdefault(down, up)
    with open(os.path.join(OUT, "wordnet-1k-tree.txt"), "w") as f:
        f.write("# a tree over the 1k: each class's first longest WordNet hypernym path (make-evaluation-fixtures.py)\n")
        for down, up in sorted(parent.items(), key=lambda item: (item[1].offset(), item[0].offset())):
            f.write("n%08d n%08d\n" % (up.offset(), down.offset()))
    tree = TreeSeverity(parent, synsets)
    figures_tree = scores(cleanlab[:, None], truth_if, tree)

    # The subset: seeded images, top-5 made of cleanlab's top-1 and four other classes.
    rng = np.random.default_rng(SEED)
    images = np.sort(rng.choice(names, size=SUBSET, replace=False))
    truth = labels[images - 1]
    top5 = np.zeros((SUBSET, K), dtype=np.int64)
    top5[:, 0] = in_name_order[images - 1]
    for i in range(SUBSET):
        others = [c for c in rng.permutation(1000)[: K + 2] if c != top5[i, 0]][: K - 1]
        # A third of the wrong answers hold the true class lower down, so top-5 differs from top-1.
        if top5[i, 0] != truth[i] and rng.random() < 0.35 and truth[i] not in others:
            others[rng.integers(0, K - 1)] = truth[i]
        top5[i, 1:] = others
    np.save(os.path.join(OUT, "subset-top5.npy"), top5)
    np.save(os.path.join(OUT, "subset-true.npy"), truth)
    np.savetxt(os.path.join(OUT, "subset-top5.txt"), top5)
    np.savetxt(os.path.join(OUT, "subset-true.txt"), truth)
    np.savetxt(os.path.join(OUT, "subset-top5-tab.txt"), top5, fmt="%d", delimiter="\t")
    np.savetxt(os.path.join(OUT, "subset-top5-comma.csv"), top5, fmt="%d", delimiter=",")
    np.savetxt(os.path.join(OUT, "subset-top5-wnids.tsv"), np.array(wnids)[top5], fmt="%s", delimiter="\t")
    shuffled = rng.permutation(SUBSET)
    with open(os.path.join(OUT, "subset-per-image.csv"), "w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["file_name", "predicted_class", "predicted_probability", "pred_2", "pred_3", "pred_4", "pred_5"])
        for i in shuffled:
            folder = "val/%s/" % wnids[truth[i]] if i % 2 else ""
            writer.writerow([folder + file_name(images[i]), top5[i, 0], "%.4f" % rng.random(), *top5[i, 1:]])
    figures_subset = scores(top5, truth, severity)
    figures_subset_real = scores(top5, truth, severity, images, real)

    figures = {
        "about": "Expected figures of synset evaluate, computed by data/evaluation/make-evaluation-fixtures.py with NumPy and NLTK",
        "height": severity.height,
        "imageFolderOrder": {"first": [int(n) for n in imagefolder[:5]], "sha256": order_digest},
        "cleanlabImageFolder": figures_if,
        "cleanlabFileName": figures_name,
        "cleanlabClasses": per_class(cleanlab[:, None], truth_if, severity, imagefolder, real, classes),
        "cleanlabRestrictedImageNet": groups(cleanlab[:, None], truth_if, os.path.join(ROOT, "data/groupings/restricted-imagenet.tsv")),
        "cleanlabTree": {**figures_tree, "height": tree.height},
        "realIssues": real_issues(labels, real, classes),
        "subsetRowByRow": figures_subset,
        "subsetByFileName": figures_subset_real,
    }
    with open(os.path.join(OUT, "figures.json"), "w") as f:
        json.dump(figures, f, indent=1)
        f.write("\n")
    print(
        "cleanlab: top-1 %.5f, ReaL %.5f, mistake severity %.4f (tree %.4f); subset top-5 %.3f; %d severities"
        % (figures_if["top1"], figures_if["realTop1"], figures_if["mistakeSeverity"], figures_tree["mistakeSeverity"], figures_subset["top5"], len(severity.cache))
    )


main()
