"""NLTK's names for the 1k classes and its senses of a few words, written as the fixture the TypeScript core is tested against.

Rerun (from the repository root, after `apt-get install python3-nltk wordnet-base`):

    /usr/bin/python3 data/nltk/make-label-fixtures.py [DICT_DIR]

DICT_DIR defaults to Debian's /usr/share/wordnet (WordNet 3.0). It writes test/fixtures/nltk-labels.json:

- "classes1k": for each ILSVRC-2012 class in class index order (data/imagenet/ilsvrc2012.txt), [wnid, keras, hf]:
  `keras` is the first lemma's name as NLTK gives it (`synset.lemma_names()[0]`, underscores kept), the rule of
  Keras' imagenet_class_index.json; `hf` is every lemma name, underscores read as spaces, joined by ", ", the
  rule of the id2label of Hugging Face's ImageNet checkpoints (google/vit-*, microsoft/resnet-*).
- "senses": for a few words, NLTK's `wn.synsets(word, pos='n')` in order, each [name, wnid, definition].
"""
import json
import os
import sys



from nltk.corpus.reader.wordnet import WordNetCorpusReader
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
WORDS = ["bird", "crane", "line", "tench", "golden_retriever"]


def reader(dict_dir):
    """As make-metric-fixtures.py: Debian ships no `lexnames` file, which the reader insists on; numbered
    placeholders stand in for it (lexicographer file names play no part in names or senses)."""
    folder = tempfile.mkdtemp(prefix="synset-label-fixtures-")
    for name in os.listdir(dict_dir):
        os.symlink(os.path.join(dict_dir, name), os.path.join(folder, name))
    if not os.path.exists(os.path.join(dict_dir, "lexnames")):
        with open(os.path.join(folder, "lexnames"), "w") as f:
            for i in range(45):
                f.write("%02d\tlexfile%02d\t1\n" % (i, i))
    return WordNetCorpusReader(folder, None)


def wnid(synset):
    return "n%08d" % synset.offset()


def main():
    dict_dir = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
    wn = reader(dict_dir)
    with open(os.path.join(ROOT, "data/imagenet/ilsvrc2012.txt")) as f:
        classes = [wn.synset_from_pos_and_offset("n", int(line[1:])) for line in f.read().split()]
    rows = [[wnid(s), s.lemma_names()[0], ", ".join(name.replace("_", " ") for name in s.lemma_names())] for s in classes]
    senses = {word: [[s.name(), wnid(s), s.definition()] for s in wn.synsets(word, pos="n")] for word in WORDS}
    out = os.path.join(ROOT, "test/fixtures/nltk-labels.json")
    with open(out, "w") as f:
        f.write("{\n")
        f.write('  "source": %s,\n' % json.dumps("NLTK %s over WordNet 3.0 (%s), data/nltk/make-label-fixtures.py" % (__import__("nltk").__version__, dict_dir)))
        f.write('  "classFields": ["wnid", "keras", "hf"],\n')
        f.write('  "classes1k": [\n    %s\n  ],\n' % ",\n    ".join(json.dumps(row, separators=(",", ":")) for row in rows))
        f.write('  "senses": %s\n' % json.dumps(senses, indent=None, separators=(",", ":")))
        f.write("}\n")
    print("wrote %d classes and the senses of %d words to %s" % (len(rows), len(senses), out))


main()
