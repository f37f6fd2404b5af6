"""Derives the ImageNet validation data `synset evaluate` ships from the team's reference copy of it.

Rerun (from the repository root, after `apt-get install python3-numpy`), with SOURCE the reference copy's
`evaluation` folder (the one whose README lists real/, cleanlab/ and imagenet-mistakes/):

    /usr/bin/python3 data/evaluation/make-evaluation-data.py SOURCE

It writes, into data/evaluation/ (README.md there gives each file's provenance and format):

- `val-labels.npy`: the original label of each of the 50,000 validation images in file-name order
  (ILSVRC2012_val_00000001 first), uint16. cleanlab gives them in ImageFolder order with each image's path;
  the path's file number puts each label in its place.
- `real-labels.txt`: ReaL's labels, line N for ILSVRC2012_val_N: its 1k indices separated by spaces, an empty
  line for an image ReaL found no valid label for.
- `known-issues.tsv`: per 1k class, ReaL's agreement with the original labels and the classes it adds, the
  crowd's verdicts on cleanlab's candidate label errors, and the experts' confusable partners.
- `cleanlab-predictions.npy`: cleanlab's cross-validated top-1 predictions, unchanged (ImageFolder order).
- the three sources' LICENSE files.

Nothing is typed in: every figure comes from the source files, and the script checks what the formats rely
on (ImageFolder order is class folder then file name, so it follows from the labels; each folder is its
label's wnid; cleanlab's crowd file names the same given labels).
"""
import json
import os
import re
import shutil
import sys
from collections import Counter

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "data/evaluation")
IMAGES = 50000
CLASSES = 1000
# A crowd verdict needs a majority of the five workers who saw each candidate.
WORKERS = 5
MAJORITY = 3
# The classes ReaL adds most often: at most this many per class in the table.
MOST_ADDED = 5
FILE_NUMBER = re.compile(r"ILSVRC2012_val_(\d{8})\.JPEG$")


def file_number(path):
    match = FILE_NUMBER.search(path)
    if not match:
        raise SystemExit("not a validation image path: %r" % path)
    return int(match.group(1))


def counts_text(counter, limit=None):
    """`index:count` pairs, most first, ties by index: the table's list cells."""
    pairs = sorted(counter.items(), key=lambda item: (-item[1], item[0]))
    return " ".join("%d:%d" % pair for pair in pairs[:limit])


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    source = sys.argv[1]
    src = lambda *parts: os.path.join(source, *parts)
    wnids = open(os.path.join(ROOT, "data/imagenet/ilsvrc2012.txt")).read().split()
    assert len(wnids) == CLASSES and wnids == sorted(wnids)
    index_of = {wnid: k for k, wnid in enumerate(wnids)}

    # The original labels, from cleanlab's order into file-name order.
    paths = json.load(open(src("cleanlab/imagenet_val_set_index_to_filepath.json")))
    given = np.load(src("cleanlab/imagenet_val_set_original_labels.npy"))
    numbers = np.array([file_number(path) for path in paths])
    assert len(paths) == IMAGES and sorted(numbers) == list(range(1, IMAGES + 1))
    for path, label in zip(paths, given):
        if path.split("/")[-2] != wnids[label]:
            raise SystemExit("%s is in folder %s but labelled %s" % (path, path.split("/")[-2], wnids[label]))
    labels = np.zeros(IMAGES, dtype=np.uint16)
    labels[numbers - 1] = given
    # ImageFolder order (folders by wnid = by 1k index, then file names) is the labels' stable order.
    if not (np.argsort(labels, kind="stable") + 1 == numbers).all():
        raise SystemExit("cleanlab's order is not class folder, then file name")
    np.save(os.path.join(OUT, "val-labels.npy"), labels)

    real = json.load(open(src("real/real.json")))
    assert len(real) == IMAGES
    with open(os.path.join(OUT, "real-labels.txt"), "w") as f:
        for image_labels in real:
            assert all(0 <= k < CLASSES for k in image_labels) and len(set(image_labels)) == len(image_labels)
            f.write(" ".join(str(k) for k in image_labels) + "\n")

    images = Counter()
    labelled = Counter()
    kept = Counter()
    added = [Counter() for _ in range(CLASSES)]
    for n, image_labels in enumerate(real):
        label = int(labels[n])
        images[label] += 1
        if not image_labels:
            continue
        labelled[label] += 1
        kept[label] += label in image_labels
        for other in image_labels:
            if other != label:
                added[label][other] += 1

    checked = Counter()
    given_rejected = Counter()
    confirmed = Counter()
    relabelled = [Counter() for _ in range(CLASSES)]
    for candidate in json.load(open(src("cleanlab/imagenet_mturk.json"))):
        label = candidate["given_original_label"]
        votes = candidate["mturk"]
        assert sum(votes.values()) == WORKERS and labels[candidate["id"] - 1] == label
        checked[label] += 1
        # cleanlab's count of label errors (2,916): the given label won no majority.
        given_rejected[label] += votes["given"] < MAJORITY
        # Confirmed, with what the image really shows: a majority chose the guessed label alone.
        if votes["guessed"] >= MAJORITY:
            confirmed[label] += 1
            relabelled[label][candidate["our_guessed_label"]] += 1

    confusable = [Counter() for _ in range(CLASSES)]
    for a, b, count in json.load(open(src("imagenet-mistakes/class_confusion_wnids.json"))):
        assert a != b and count > 0
        confusable[index_of[a]][index_of[b]] += count
        confusable[index_of[b]][index_of[a]] += count

    columns = [
        "index",
        "wnid",
        "images",
        "realLabelled",
        "realKept",
        "realAdded",
        "crowdChecked",
        "crowdGivenRejected",
        "crowdConfirmed",
        "crowdRelabelled",
        "confusable",
    ]
    with open(os.path.join(OUT, "known-issues.tsv"), "w") as f:
        f.write("\t".join(columns) + "\n")
        for k in range(CLASSES):
            row = [
                k,
                wnids[k],
                images[k],
                labelled[k],
                kept[k],
                counts_text(added[k], MOST_ADDED),
                checked[k],
                given_rejected[k],
                confirmed[k],
                counts_text(relabelled[k]),
                counts_text(confusable[k]),
            ]
            f.write("\t".join(str(cell) for cell in row) + "\n")

    shutil.copyfile(src("cleanlab/imagenet_val_set_pyx_argmax_predicted_labels.npy"), os.path.join(OUT, "cleanlab-predictions.npy"))
    for folder, name in (("real", "reassessed-imagenet"), ("cleanlab", "cleanlab-label-errors"), ("imagenet-mistakes", "imagenet-mistakes")):
        shutil.copyfile(src(folder, "LICENSE"), os.path.join(OUT, "LICENSE-%s.txt" % name))

    print(
        "val labels %d; ReaL: %d images labelled, %d labels; crowd: %d checked, %d given label rejected, %d confirmed; "
        "%d confusable pairs"
        % (
            IMAGES,
            sum(labelled.values()),
            sum(len(x) for x in real),
            sum(checked.values()),
            sum(given_rejected.values()),
            sum(confirmed.values()),
            sum(len(c) for c in confusable) // 2,
        )
    )


main()
