"""NumPy's own files, written as the fixtures `synset severity` and the .npy reader are tested against.

Rerun (from the repository root, after `apt-get install python3-numpy`):

    /usr/bin/python3 data/numpy/make-npy-fixtures.py

It writes test/fixtures/numpy/ with NumPy's defaults, as an evaluation script would:

- 1k, the four samples of test/cli/severity.test.ts (true class, top-2): `labels.npy` and `top2.npy` (np.save,
  int64), the same as text with np.savetxt's defaults (`labels.txt`, `top2.txt`: '%.18e', spaces),
  `predictions.txt` (np.savetxt(f, np.column_stack([y, top2])): the one-file form), and its tab and comma forms.
- The same top-2 in other layouts np.save writes: Fortran order, big-endian int32, uint8, float32.
- imagenette, 40 seeded samples: `imagenette-true.npy`, `imagenette-pred.npy` (top-1), and their confusion
  matrix (rows true, columns predicted) as `imagenette-confusion.npy` and as csv (np.savetxt, '%d', ',').
"""
import os

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "test/fixtures/numpy")
SEED = 20200619


def main():
    os.makedirs(OUT, exist_ok=True)
    path = lambda name: os.path.join(OUT, name)
    y = np.array([0, 0, 207, 1])
    top2 = np.array([[0, 1], [1, 0], [208, 0], [207, 1]])
    np.save(path("labels.npy"), y)
    np.save(path("top2.npy"), top2)
    np.savetxt(path("labels.txt"), y)
    np.savetxt(path("top2.txt"), top2)
    np.savetxt(path("predictions.txt"), np.column_stack([y, top2]))
    np.savetxt(path("predictions-tab.txt"), np.column_stack([y, top2]), delimiter="\t")
    np.savetxt(path("predictions-comma.csv"), np.column_stack([y, top2]), delimiter=",")
    np.save(path("top2-fortran.npy"), np.asfortranarray(top2))
    np.save(path("top2-big-endian.npy"), top2.astype(">i4"))
    np.save(path("top2-uint8.npy"), top2.astype(np.uint8))
    np.save(path("top2-float32.npy"), top2.astype(np.float32))

    rng = np.random.default_rng(SEED)
    truth = rng.integers(0, 10, size=40)
    # Mostly right, as a model is: a third of the samples take another class.
    wrong = rng.random(40) < 0.35
    pred = np.where(wrong, rng.integers(0, 10, size=40), truth)
    confusion = np.zeros((10, 10), dtype=np.int64)
    np.add.at(confusion, (truth, pred), 1)
    np.save(path("imagenette-true.npy"), truth)
    np.save(path("imagenette-pred.npy"), pred)
    np.save(path("imagenette-confusion.npy"), confusion)
    np.savetxt(path("imagenette-confusion.csv"), confusion, fmt="%d", delimiter=",")
    print("wrote %d files to %s (numpy %s)" % (len(os.listdir(OUT)), OUT, np.__version__))


main()
