"""NLTK's WordNet reader on Debian's WordNet 3.0 files, timed the way the bench times ours.

Usage: nltk_peer.py DICT_DIR MODE [ARGS...]
  first NAME            look one synset up and print its hypernym paths (timed from outside)
  ancestry FILE         FILE: one synset offset per line, then a line '--', then pairs 'a b';
                        prints JSON: microseconds per hypernym_paths, per LCA, and the
                        descendants of entity.n.01 in milliseconds
  label CLASSES INDICES labels a file of predicted class indices (one a line) as a script
                        would: index, wnid and first lemma, tab-separated, to stdout
  metrics FILE          FILE: pairs 'a b' of offsets; prints JSON: microseconds per pair of
                        lowest_common_hypernyms + max_depth (what a severity needs) and of
                        wup_similarity
"""
import json
import statistics
import sys
import time

from nltk.corpus.reader.wordnet import WordNetCorpusReader


def main():
    dict_dir, mode = sys.argv[1], sys.argv[2]
    started = time.perf_counter()
    wn = WordNetCorpusReader(dict_dir, None)
    if mode == "label":
        label(wn, sys.argv[3], sys.argv[4])
        return
    if mode == "metrics":
        metrics(wn, sys.argv[3])
        return
    if mode == "first":
        synset = wn.synset(sys.argv[3])
        print(synset.name(), len(synset.hypernym_paths()))
        return
    with open(sys.argv[3]) as f:
        text = f.read().split("--\n")
    offsets = [int(line) for line in text[0].split()]
    pairs = [tuple(int(x) for x in line.split()) for line in text[1].splitlines() if line.strip()]
    synsets = [wn.synset_from_pos_and_offset("n", o) for o in offsets]
    load_ms = (time.perf_counter() - started) * 1000
    paths_us = []
    for s in synsets:
        t = time.perf_counter()
        s.hypernym_paths()
        paths_us.append((time.perf_counter() - t) * 1e6)
    lca_us = []
    for a, b in pairs:
        sa, sb = wn.synset_from_pos_and_offset("n", a), wn.synset_from_pos_and_offset("n", b)
        t = time.perf_counter()
        sa.lowest_common_hypernyms(sb)
        lca_us.append((time.perf_counter() - t) * 1e6)
    entity = wn.synset("entity.n.01")
    t = time.perf_counter()
    below = set(entity.closure(lambda s: s.hyponyms() + s.instance_hyponyms()))
    descendants_ms = (time.perf_counter() - t) * 1000
    print(json.dumps({
        "loadMs": load_ms,
        "ancestorsUs": statistics.median(paths_us),
        "lcaUs": statistics.median(lca_us),
        "descendantsRootMs": descendants_ms,
        "descendantsRoot": len(below),
    }))


def label(wn, classes_file, indices_file):
    with open(classes_file) as f:
        wnids = f.read().split()
    out = []
    with open(indices_file) as f:
        for line in f:
            k = int(float(line))
            synset = wn.synset_from_pos_and_offset("n", int(wnids[k][1:]))
            out.append(f"{k}\t{wnids[k]}\t{synset.lemmas()[0].name().replace('_', ' ')}\n")
    sys.stdout.write("".join(out))


def metrics(wn, pairs_file):
    with open(pairs_file) as f:
        pairs = [tuple(int(x) for x in line.split()) for line in f if line.strip()]
    synsets = [(wn.synset_from_pos_and_offset("n", a), wn.synset_from_pos_and_offset("n", b)) for a, b in pairs]
    t = time.perf_counter()
    for sa, sb in synsets:
        lca = sa.lowest_common_hypernyms(sb)
        lca[0].max_depth()
    severity_us = (time.perf_counter() - t) * 1e6 / len(synsets)
    t = time.perf_counter()
    for sa, sb in synsets:
        sa.wup_similarity(sb)
    wup_us = (time.perf_counter() - t) * 1e6 / len(synsets)
    print(json.dumps({"severityPairUs": severity_us, "wupPairUs": wup_us, "pairs": len(synsets)}))


main()
