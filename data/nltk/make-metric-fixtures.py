"""NLTK's answers for the hierarchy metrics, written as the fixture the TypeScript core is tested against.

Rerun (from the repository root, after `apt-get install python3-nltk wordnet-base`):

    /usr/bin/python3 data/nltk/make-metric-fixtures.py [DICT_DIR]

DICT_DIR defaults to Debian's /usr/share/wordnet (WordNet 3.0). The seed is fixed, so a rerun on the
same WordNet and NLTK writes the same test/fixtures/nltk-metrics.json.

Each pair is [a, b, shortest_path_distance, path_similarity, wup_similarity, lch_similarity,
lowest_common_hypernyms (wnids), max_depth of the first of them]; each triple is [[a, b, c], lcas, lca max
depth], where the n-ary LCA follows lowest_common_hypernyms' rule: the hypernyms common to all (each synset
counting as its own), those of greatest max_depth, sorted by name.
"""
import json
import os
import random
import sys
import tempfile

from nltk.corpus.reader.wordnet import WordNetCorpusReader

SEED = 20110011
RANDOM_PAIRS = 700
NEAR_PAIRS = 300
ANCESTOR_PAIRS = 100
IDENTICAL_PAIRS = 25
CLASS_1K_PAIRS = 200
SHARED_PARENT_PAIRS = 150
SUBSUMER_PAIRS = 120
RANDOM_TRIPLES = 80
NEAR_TRIPLES = 80
CLASS_1K_TRIPLES = 60
SHARED_PARENT_TRIPLES = 40

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def reader(dict_dir):
    """Debian ships no `lexnames` file, which the reader insists on. Lexicographer file names play no part
    in any metric here, so numbered placeholders stand in for them rather than a second copy of the list."""
    folder = tempfile.mkdtemp(prefix="synset-metric-fixtures-")
    for name in os.listdir(dict_dir):
        os.symlink(os.path.join(dict_dir, name), os.path.join(folder, name))
    if not os.path.exists(os.path.join(dict_dir, "lexnames")):
        with open(os.path.join(folder, "lexnames"), "w") as f:
            for i in range(45):
                f.write("%02d\tlexfile%02d\t1\n" % (i, i))
    return WordNetCorpusReader(folder, None)


def wnid(synset):
    return "n%08d" % synset.offset()


def parents(synset):
    return synset.hypernyms() + synset.instance_hypernyms()


def children(synset):
    return synset.hyponyms() + synset.instance_hyponyms()


def ancestors_and_self(synset):
    seen = {synset}
    todo = [synset]
    while todo:
        for p in parents(todo.pop()):
            if p not in seen:
                seen.add(p)
                todo.append(p)
    return seen


def nary_lca(synsets):
    common = set.intersection(*(ancestors_and_self(s) for s in synsets))
    deepest = max(s.max_depth() for s in common)
    return sorted((s for s in common if s.max_depth() == deepest), key=lambda s: s.name())


def near(rng, synset):
    """A synset a few steps up and then down from this one: random nouns almost always meet at the top
    of the hierarchy, and the interesting cases (ties, several parents, one under the other) sit lower."""
    up = synset
    for _ in range(rng.randint(1, 4)):
        ps = parents(up)
        if not ps:
            break
        up = rng.choice(ps)
    down = up
    for _ in range(rng.randint(0, 4)):
        cs = children(down)
        if not cs:
            break
        down = rng.choice(cs)
    return down


def shared_parent_groups(nouns):
    """Synsets sharing two or more parents, grouped: their lowest common hypernyms tie (several of equal max
    depth), the case that random pairs almost never reach and where the name order decides."""
    groups = {}
    for s in nouns:
        names = sorted(p.name() for p in parents(s))
        for i in range(len(names)):
            for j in range(i + 1, len(names)):
                groups.setdefault((names[i], names[j]), []).append(s)
    return [groups[key] for key in sorted(groups) if len(groups[key]) > 1]


def subsumer_cases(nouns):
    """Synsets where Wu-Palmer's choice of subsumer is delicate when paired with themselves or a hyponym:
    either the synset ties in min depth with one of its hypernyms of smaller name (NLTK then takes the
    synset, and only when it is the first of the pair), or a hypernym is deeper by min depth than the
    synset itself (NLTK then takes that hypernym, not the synset)."""
    ties, deeper = [], []
    for s in nouns:
        above = ancestors_and_self(s)
        deepest = max(x.min_depth() for x in above)
        tied = [x for x in above if x.min_depth() == deepest]
        if s not in tied:
            deeper.append(s)
        elif any(x.name() < s.name() for x in tied):
            ties.append(s)
    return ties, deeper


def below(rng, synset):
    """A hyponym one to three steps down, or the synset itself at a leaf."""
    down = synset
    for _ in range(rng.randint(1, 3)):
        cs = children(down)
        if not cs:
            break
        down = rng.choice(cs)
    return down


def pair_record(a, b):
    lcas = a.lowest_common_hypernyms(b)
    return [
        wnid(a),
        wnid(b),
        a.shortest_path_distance(b),
        a.path_similarity(b),
        a.wup_similarity(b),
        a.lch_similarity(b),
        [wnid(s) for s in lcas],
        lcas[0].max_depth(),
    ]


def triple_record(synsets):
    lcas = nary_lca(synsets)
    return [[wnid(s) for s in synsets], [wnid(s) for s in lcas], lcas[0].max_depth()]


def main():
    dict_dir = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
    wn = reader(dict_dir)
    rng = random.Random(SEED)
    nouns = sorted(wn.all_synsets("n"), key=lambda s: s.offset())
    with open(os.path.join(ROOT, "data/imagenet/ilsvrc2012.txt")) as f:
        classes = [wn.synset_from_pos_and_offset("n", int(line[1:])) for line in f.read().split()]

    pairs = []
    for _ in range(RANDOM_PAIRS):
        pairs.append((rng.choice(nouns), rng.choice(nouns)))
    for _ in range(NEAR_PAIRS):
        a = rng.choice(nouns)
        pairs.append((a, near(rng, a)))
    for _ in range(ANCESTOR_PAIRS):
        a = rng.choice(nouns)
        above = rng.choice(sorted(ancestors_and_self(a), key=lambda s: s.offset()))
        pairs.append((a, above) if rng.random() < 0.5 else (above, a))
    for _ in range(IDENTICAL_PAIRS):
        a = rng.choice(nouns)
        pairs.append((a, a))
    for _ in range(CLASS_1K_PAIRS):
        pairs.append((rng.choice(classes), rng.choice(classes)))

    shared = shared_parent_groups(nouns)
    for _ in range(SHARED_PARENT_PAIRS):
        group = rng.choice(shared)
        a, b = rng.sample(group, 2)
        pairs.append((a, b) if rng.random() < 0.5 else (a, near(rng, b)))

    ties, deeper = subsumer_cases(nouns)
    for k in range(SUBSUMER_PAIRS):
        a = rng.choice(ties if k % 2 == 0 else deeper)
        b = a if k % 3 == 0 else below(rng, a)
        pairs.append((a, b) if k % 4 < 2 else (b, a))

    triples = []
    for _ in range(RANDOM_TRIPLES):
        triples.append([rng.choice(nouns) for _ in range(3)])
    for _ in range(NEAR_TRIPLES):
        a = rng.choice(nouns)
        triples.append([a, near(rng, a), near(rng, a)])
    for _ in range(CLASS_1K_TRIPLES):
        triples.append([rng.choice(classes) for _ in range(3)])

    for _ in range(SHARED_PARENT_TRIPLES):
        group = rng.choice(shared)
        a, b = rng.sample(group, 2)
        hyponyms = children(a)
        # A hyponym of one member keeps both shared parents common, so the tie survives into the triple.
        triples.append([a, b, rng.choice(hyponyms) if hyponyms else rng.choice(group)])

    fixture = {
        "source": "NLTK %s over WordNet 3.0 (%s), data/nltk/make-metric-fixtures.py, seed %d"
        % (__import__("nltk").__version__, dict_dir, SEED),
        "pairFields": ["a", "b", "shortestPathDistance", "pathSimilarity", "wupSimilarity", "lchSimilarity", "lca", "lcaMaxDepth"],
        "tripleFields": ["synsets", "lca", "lcaMaxDepth"],
        "pairs": [pair_record(a, b) for a, b in pairs],
        "triples": [triple_record(t) for t in triples],
    }
    out = os.path.join(ROOT, "test/fixtures/nltk-metrics.json")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w") as f:
        f.write("{\n")
        head = ["source", "pairFields", "tripleFields"]
        for key in head:
            f.write("  %s: %s,\n" % (json.dumps(key), json.dumps(fixture[key])))
        for key in ["pairs", "triples"]:
            rows = ",\n    ".join(json.dumps(row, separators=(",", ":")) for row in fixture[key])
            f.write('  "%s": [\n    %s\n  ]%s\n' % (key, rows, "," if key == "pairs" else ""))
        f.write("}\n")
    print("wrote %d pairs and %d triples to %s" % (len(pairs), len(triples), out))


if __name__ == "__main__":
    main()
