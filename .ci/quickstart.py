"""The Quickstart, run against an installed wheel from outside the source tree."""

import aseancorpus as ac

assert "site-packages" in ac.__file__, ac.__file__
corpus = ac.load_seeds()
assert [a.language for a in corpus] == ["th", "vi", "vi", "vi", "vi"]
article = corpus[1]
print(article.language, article.title)
for b in article.blocks:
    assert article.raw[b.start : b.end] == b.text
print("quickstart ok:", len(corpus), "articles,", sum(len(a.removed) for a in corpus), "removed spans")
