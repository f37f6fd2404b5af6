"""The NumPy baseline for `synset evaluate`: the same sums over the same files, as a script would do them.

Usage: evaluate_numpy.py DATA_DIR SEVERITY_NPY samples TOP5_NPY
       evaluate_numpy.py DATA_DIR SEVERITY_NPY confusion CONFUSION_NPY

DATA_DIR holds val-labels.npy and real-labels.txt (data/evaluation/); SEVERITY_NPY is the 1k's severity matrix
(`synset matrix --set 1k --metric severity`): NumPy has no WordNet, so the matrix is given, not computed. TOP5_NPY
is N x 5 predictions in ImageFolder order. Prints JSON: `loadMs` (the files read, ReaL parsed into arrays) and
`sumsMs` (top-1, top-5, ReaL top-1, mistake severity, hier. dist@1 and @5, per-class accuracy, the confusion
matrix; or, from a confusion matrix, top-1, mistake severity, hier. dist@1 and per-class accuracy), and the figures.
"""
import json
import os
import sys
import time

import numpy as np


def main():
    started = time.perf_counter()
    data, severity_file, mode, input_file = sys.argv[1:5]
    severity = np.load(severity_file).astype(np.int64)
    k_classes = severity.shape[0]
    if mode == "confusion":
        confusion = np.load(input_file).astype(np.int64)
        loaded = time.perf_counter()
        images = confusion.sum()
        right = np.trace(confusion)
        wrong_severity = (confusion * severity).sum()
        per_class = np.diag(confusion) / np.maximum(confusion.sum(axis=1), 1)
        figures = {
            "images": int(images),
            "top1": float(right / images),
            "mistakeSeverity": float(wrong_severity / (images - right)),
            "hierDistAt1": float(wrong_severity / images),
            "perClassMean": float(per_class.mean()),
        }
    else:
        pred = np.load(input_file).astype(np.int64)
        labels = np.load(os.path.join(data, "val-labels.npy")).astype(np.int64)
        with open(os.path.join(data, "real-labels.txt")) as f:
            lines = f.read().split("\n")[:-1]
        counts = np.array([0 if line == "" else line.count(" ") + 1 for line in lines])
        real = np.array(" ".join(line for line in lines if line).split(), dtype=np.int64)
        loaded = time.perf_counter()
        order = np.argsort(labels, kind="stable")
        truth = labels[order]
        n, k = pred.shape
        top1 = pred[:, 0] == truth
        top5 = (pred[:, :5] == truth[:, None]).any(axis=1)
        # ReaL: each image's labels, in the order of the predictions; an image counts when it has one.
        image_of_label = np.repeat(np.arange(len(counts)), counts)
        row_of_image = np.empty(len(order), dtype=np.int64)
        row_of_image[order] = np.arange(len(order))
        hit = np.zeros(len(counts), dtype=bool)
        hit[image_of_label[real == pred[row_of_image[image_of_label], 0]]] = True
        labelled = counts[order] > 0
        severities = severity[truth[:, None], pred]
        wrong = ~top1
        per_class = np.bincount(truth, weights=top1, minlength=k_classes) / np.bincount(truth, minlength=k_classes)
        confusion = np.bincount(truth * k_classes + pred[:, 0], minlength=k_classes * k_classes).reshape(k_classes, k_classes)
        figures = {
            "images": int(n),
            "top1": float(top1.mean()),
            "top5": float(top5.mean()),
            "realTop1": float(hit[order][labelled].mean()),
            "mistakeSeverity": float(severities[wrong, 0].mean()),
            "hierDistAt1": float(severities[:, 0].mean()),
            "hierDistAtK": float(severities.mean()),
            "perClassMean": float(per_class.mean()),
            "confusionCells": int(confusion.sum()),
        }
    done = time.perf_counter()
    print(json.dumps({"loadMs": (loaded - started) * 1000, "sumsMs": (done - loaded) * 1000, "figures": figures}))


main()
