"""Measure the quotes stage on hand-annotated news: quotation precision and recall, and
speaker accuracy.

Data: the Wikinews news articles of GUM (``../shared/benchmarks/gum_wikinews/``; texts
CC BY 2.5, Wikinews; see that folder's README). Every pair of double quotation marks in
them was labelled by hand, before the rules were written, in ``quote_gold/*.tsv``:

* ``Q``: a quotation, with its speaker's names (``;``-separated spellings) or ``-`` when
  the text does not say who;
* ``N``: not a quotation (a title, a name, scare quotes);
* ``M``: either reading holds (a word or two that may be quoted); scored neither way.

A row is matched by the first words of the quoted text (``quote prefix``).
``gum_dev.tsv`` (the GUM "train" partition) was used to tune the rules;
``gum_heldout.tsv`` (GUM's "dev" and "test" partitions) was not looked at while tuning
until its first run; its errors were then studied, so ``ecb_blind.tsv`` was annotated
afterwards as a blind set: 11 ECB+ dev articles (``../shared/benchmarks/ecbplus_dev/``,
annotations CC BY 3.0, Cybulska and Vossen 2014; see that folder's README), the first
article with quotation marks of every third topic, labelled before the tool ever ran on
them; its errors were studied after that first run. ``ecb_blind2.tsv`` was annotated
the same way before the next round of changes: 12 further ECB+ articles, the first one
with at least four double quotation marks in each of the topics 2, 5, 8, 11, 14, 16,
20, 23, 26, 29, 32 and 35 (none used in ``ecb_blind.tsv``); its errors were studied
after its first run too. ``ecb_blind3.tsv`` was annotated the same way before the third
round: 12 ECB+ articles from the topics neither set used, the first one with at least
four double quotation marks in each of the topics 3, 6, 9, 12, 19, 22, 25, 28, 31 and
34 (topics 15 and 17 have none) and the second one in topics 3 and 6.
``ecb_blind4.tsv`` was annotated the same way before the fourth round: 12 ECB+ articles
none of the other sets used, the first such article (in ``gold.json`` order) with at
least four double quotation marks in each of the first set's topics 1, 4, 7, 10, 13, 18,
21, 27, 30 and 33 (topic 24 has no other) and the second one in topics 1 and 4.
``ecb_blind5.tsv`` was annotated the same way before the fifth round: 12 ECB+ articles
none of the other sets used, the first such article (in ``gold.json`` order) with at
least four double quotation marks in each of the second set's topics 2, 5, 8, 11, 14,
16, 20, 23, 26, 29, 32 and 35. ``ecb_blind6.tsv`` was annotated the same way before the
sixth round: 12 ECB+ articles none of the other sets used, the first such article with
at least four double quotation marks in each of the third set's topics 3, 6, 9, 12, 19,
22, 25, 28, 31 and 34, and the second one in topics 3 and 6. ``ecb_blind7.tsv`` was
annotated the same way before the seventh round: 12 ECB+ articles none of the other sets
used, the first such article with at least four double quotation marks in each of the
first set's topics 1, 4, 7, 10, 13, 18, 21, 27, 30 and 33, and the second one in topics
1 and 4. ``ecb_blind8.tsv`` was annotated the same way before the eighth round: 12 ECB+
articles none of the other sets used, the first such article with at least four double
quotation marks in each of the second set's topics 2, 5, 8, 11, 14, 16, 20, 23, 26, 29,
32 and 35. ``ecb_blind9.tsv`` was annotated the same way before the ninth round: 12 ECB+
articles none of the other sets used, the first such article with at least four double
quotation marks in each of the third set's topics 3, 6, 9, 12, 19, 22, 25, 28, 31 and 34,
and the second one in topics 3 and 6. ``ecb_blind10.tsv`` was annotated the same way
before the tenth round: 12 ECB+ articles none of the other sets used, the first such
article with at least four double quotation marks in each of the first set's topics 1, 4,
7, 10, 13, 18, 21, 27, 30 and 33 (topic 24 has no other), and the second one in topics 1
and 4. ``ecb_blind11.tsv`` was annotated the same way before the eleventh round: 12 ECB+
articles none of the other sets used, the first such article with at least four double
quotation marks in each of the second set's topics 2, 5, 8, 14, 16, 23, 26, 29, 32 and 35
(topics 11 and 20 have none left with three or more), and the second one in topics 14
and 26 (the next topics after 11 and 20 with another; topic 23 has none).
``ecb_blind12.tsv`` was annotated the same way before the twelfth round: 12 ECB+ articles
none of the other sets used, the first such article with at least four double quotation
marks in each of the third set's topics 3, 6, 9, 12, 19, 22, 25, 28, 31 and 34, and the
second and third ones in topic 6 (topic 3 has no other with three or more).
``ecb_blind13.tsv`` was annotated the same way before the thirteenth round: 12 ECB+
articles none of the other sets used, the first such article with at least four double
quotation marks in each of the first set's topics 1, 4, 7, 10, 13, 18, 21, 27, 30 and 33
(topic 24 has no unused article with any mark), and the second one in topics 1 and 27
(27 being the next topic after 24 with another).
``ecb_blind15.tsv`` was annotated the same way before the fifteenth round: 12 ECB+
articles none of the other sets used, the first such article with at least four double
quotation marks in each of the third set's topics 6, 9, 12, 19, 22, 25, 28, 31 and 34
and the second one in topic 6; topic 3 has no unused article with more than two marks,
so its first two with two took its places.
``ecb_blind16.tsv`` was annotated the same way before the sixteenth round: 12 ECB+
articles none of the other sets used, the one with the most double quotation marks (at
least two; the first in ``gold.json`` order on a tie) in each of the first set's topics
1, 4, 7, 10, 13, 18, 21, 27, 30 and 33, the second one in topic 1, and topic 25's in
place of topic 24 (which has no unused article with two marks).
``ecb_blind17.tsv`` was annotated the same way before the seventeenth round: 12 ECB+
articles none of the other sets used, the one with the most double quotation marks (at
least two; the first in ``gold.json`` order on a tie) in each of the second set's topics
2, 5, 8, 14, 16, 20, 23, 26, 29, 32 and 35, and topic 12's in place of topic 11 (which
has no unused article with two marks).
``ecb_blind18.tsv`` was annotated the same way before the eighteenth round: 12 ECB+
articles none of the other sets used, the FIRST such article in ``gold.json`` order with
at least two double quotation marks (not the one with the most) in each of the third
set's topics 3, 6, 9, 12, 19, 22, 25, 28, 31 and 34, and the second one in topics 6 and 9
(topic 3 has no other).

Measures, per set:

* recall: clear quotations (``Q``) found, over all of them;
* precision: quotations shown that are ``Q``, over those shown (``M`` left out);
* speaker accuracy: found ``Q`` whose speaker is right (the right entity, or none when
  the gold has none), over found ``Q``;
* wrong speaker shown: found ``Q`` given a speaker who is not the one (the rest of the
  misses have none).

The ``wns`` sets are news of another source and decade: the English sources cited by
Wikinews stories of 2004-2005, as collected by WikinewsSum (Calizzano et al. 2022;
``https://github.com/airKlizz/WikinewsSum``, file ``cleaned_endataset.json`` at commit
1d98503). Their texts belong to their publishers, so they are not copied here: fetch
that file and pass it with ``--wikinewssum FILE``; without it the ``wns`` sets are
skipped. Each source's lines are its paragraphs; how the articles were drawn is in the
gold files' headers.

The ``bbc`` sets are BBC News articles of 2004-2005 from the BBC News dataset (Greene
and Cunningham 2006; 2,225 articles in five categories, copyright the BBC, so not copied
here either): pass the dataset's ``bbc`` folder with ``--bbc DIR`` (a copy is in the
GitHub repository dejanbatanjac/bbc-article-classify-bert at commit 8265dc8). A document
``bbc_pol001`` is ``politics/001.txt``; its first line is the headline.

The ``reu`` sets are Reuters newswire stories of 1987 from Reuters-21578 (David D. Lewis;
free to distribute for research, copyright Reuters Ltd., so not copied here either):
pass the folder of its ``reut2-*.sgm`` files with ``--reuters DIR`` (a copy is in the
GitHub repository loki86/ksr_zadanie1V2 at commit d16457f, whose ``reut2-003.sgm`` was
edited and is not used). A document ``reu1234`` is the story whose ``NEWID`` is 1234,
read as ``reuters_news.py`` says.

Run: ``python benchmarks/quote_quality.py [--set NAME] [-v] [--cache-dir DIR]
[--wikinewssum FILE] [--bbc DIR] [--reuters DIR]``, NAME one of dev, heldout, ecb, ecb2
… ecb30, wns1 … wns6, bbc1 … bbc184, reu1 … reu198, or all (the default).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# beside the repository (a git worktree sits one folder deeper)
DATA = next(
    (
        p
        for p in (
            ROOT.parent / "shared" / "benchmarks",
            ROOT.parent.parent / "shared" / "benchmarks",
        )
        if p.is_dir()
    ),
    ROOT.parent / "shared" / "benchmarks",
)
GOLD = Path(__file__).resolve().parent / "quote_gold"
sys.path.insert(0, str(Path(__file__).resolve().parent))
from reuters_news import reuters_documents  # noqa: E402  (a module beside this script)

SETS = {
    "dev": "gum_dev.tsv",
    "heldout": "gum_heldout.tsv",
    "ecb": "ecb_blind.tsv",
    "ecb2": "ecb_blind2.tsv",
    "ecb3": "ecb_blind3.tsv",
    "ecb4": "ecb_blind4.tsv",
    "ecb5": "ecb_blind5.tsv",
    "ecb6": "ecb_blind6.tsv",
    "ecb7": "ecb_blind7.tsv",
    "ecb8": "ecb_blind8.tsv",
    "ecb9": "ecb_blind9.tsv",
    "ecb10": "ecb_blind10.tsv",
    "ecb11": "ecb_blind11.tsv",
    "ecb12": "ecb_blind12.tsv",
    "ecb13": "ecb_blind13.tsv",
    "ecb14": "ecb_blind14.tsv",
    "ecb15": "ecb_blind15.tsv",
    "ecb16": "ecb_blind16.tsv",
    "ecb17": "ecb_blind17.tsv",
    "ecb18": "ecb_blind18.tsv",
    "ecb19": "ecb_blind19.tsv",
    "ecb20": "ecb_blind20.tsv",
    "ecb21": "ecb_blind21.tsv",
    "ecb22": "ecb_blind22.tsv",
    "ecb23": "ecb_blind23.tsv",
    "ecb24": "ecb_blind24.tsv",
    "ecb25": "ecb_blind25.tsv",
    "ecb26": "ecb_blind26.tsv",
    "ecb27": "ecb_blind27.tsv",
    "ecb28": "ecb_blind28.tsv",
    "ecb29": "ecb_blind29.tsv",
    "ecb30": "ecb_blind30.tsv",
    "wns1": "wns_blind1.tsv",
    "wns2": "wns_blind2.tsv",
    "wns3": "wns_blind3.tsv",
    "wns4": "wns_blind4.tsv",
    "wns5": "wns_blind5.tsv",
    "wns6": "wns_blind6.tsv",
    "bbc1": "bbc_blind1.tsv",
    "bbc2": "bbc_blind2.tsv",
    "bbc3": "bbc_blind3.tsv",
    "bbc4": "bbc_blind4.tsv",
    "bbc5": "bbc_blind5.tsv",
    "bbc6": "bbc_blind6.tsv",
    "bbc7": "bbc_blind7.tsv",
    "bbc8": "bbc_blind8.tsv",
    "bbc9": "bbc_blind9.tsv",
    "bbc10": "bbc_blind10.tsv",
    "bbc11": "bbc_blind11.tsv",
    "bbc12": "bbc_blind12.tsv",
    "bbc13": "bbc_blind13.tsv",
    "bbc14": "bbc_blind14.tsv",
    "bbc15": "bbc_blind15.tsv",
    "bbc16": "bbc_blind16.tsv",
    "bbc17": "bbc_blind17.tsv",
    "bbc18": "bbc_blind18.tsv",
    "bbc19": "bbc_blind19.tsv",
    "bbc20": "bbc_blind20.tsv",
    "bbc21": "bbc_blind21.tsv",
    "bbc22": "bbc_blind22.tsv",
    "bbc23": "bbc_blind23.tsv",
    "bbc24": "bbc_blind24.tsv",
    "bbc25": "bbc_blind25.tsv",
    "bbc26": "bbc_blind26.tsv",
    "bbc27": "bbc_blind27.tsv",
    "bbc28": "bbc_blind28.tsv",
    "bbc29": "bbc_blind29.tsv",
    "bbc30": "bbc_blind30.tsv",
    "bbc31": "bbc_blind31.tsv",
    "bbc32": "bbc_blind32.tsv",
    "bbc33": "bbc_blind33.tsv",
    "bbc34": "bbc_blind34.tsv",
    "bbc35": "bbc_blind35.tsv",
    "bbc36": "bbc_blind36.tsv",
    "bbc37": "bbc_blind37.tsv",
    "bbc38": "bbc_blind38.tsv",
    "bbc39": "bbc_blind39.tsv",
    "bbc40": "bbc_blind40.tsv",
    "bbc41": "bbc_blind41.tsv",
    "bbc42": "bbc_blind42.tsv",
    "bbc43": "bbc_blind43.tsv",
    "bbc44": "bbc_blind44.tsv",
    "bbc45": "bbc_blind45.tsv",
    "bbc46": "bbc_blind46.tsv",
    "bbc47": "bbc_blind47.tsv",
    "bbc48": "bbc_blind48.tsv",
    "bbc49": "bbc_blind49.tsv",
    "bbc50": "bbc_blind50.tsv",
    "bbc51": "bbc_blind51.tsv",
    "bbc52": "bbc_blind52.tsv",
    "bbc53": "bbc_blind53.tsv",
    "bbc54": "bbc_blind54.tsv",
    "bbc55": "bbc_blind55.tsv",
    "bbc56": "bbc_blind56.tsv",
    "bbc57": "bbc_blind57.tsv",
    "bbc58": "bbc_blind58.tsv",
    "bbc59": "bbc_blind59.tsv",
    "bbc60": "bbc_blind60.tsv",
    "bbc61": "bbc_blind61.tsv",
    "bbc62": "bbc_blind62.tsv",
    "bbc63": "bbc_blind63.tsv",
    "bbc64": "bbc_blind64.tsv",
    "bbc65": "bbc_blind65.tsv",
    "bbc66": "bbc_blind66.tsv",
    "bbc67": "bbc_blind67.tsv",
    "bbc68": "bbc_blind68.tsv",
    "bbc69": "bbc_blind69.tsv",
    "bbc70": "bbc_blind70.tsv",
    "bbc71": "bbc_blind71.tsv",
    "bbc72": "bbc_blind72.tsv",
    "bbc73": "bbc_blind73.tsv",
    "bbc74": "bbc_blind74.tsv",
    "bbc75": "bbc_blind75.tsv",
    "bbc76": "bbc_blind76.tsv",
    "bbc77": "bbc_blind77.tsv",
    "bbc78": "bbc_blind78.tsv",
    "bbc79": "bbc_blind79.tsv",
    "bbc80": "bbc_blind80.tsv",
    "bbc81": "bbc_blind81.tsv",
    "bbc82": "bbc_blind82.tsv",
    "bbc83": "bbc_blind83.tsv",
    "bbc84": "bbc_blind84.tsv",
    "bbc85": "bbc_blind85.tsv",
    "bbc86": "bbc_blind86.tsv",
    "bbc87": "bbc_blind87.tsv",
    "bbc88": "bbc_blind88.tsv",
    "bbc89": "bbc_blind89.tsv",
    "bbc90": "bbc_blind90.tsv",
    "bbc91": "bbc_blind91.tsv",
    "bbc92": "bbc_blind92.tsv",
    "bbc93": "bbc_blind93.tsv",
    "bbc94": "bbc_blind94.tsv",
    "bbc95": "bbc_blind95.tsv",
    "bbc96": "bbc_blind96.tsv",
    "bbc97": "bbc_blind97.tsv",
    "bbc98": "bbc_blind98.tsv",
    "bbc99": "bbc_blind99.tsv",
    "bbc100": "bbc_blind100.tsv",
    "bbc101": "bbc_blind101.tsv",
    "bbc102": "bbc_blind102.tsv",
    "bbc103": "bbc_blind103.tsv",
    "bbc104": "bbc_blind104.tsv",
    "bbc105": "bbc_blind105.tsv",
    "bbc106": "bbc_blind106.tsv",
    "bbc107": "bbc_blind107.tsv",
    "bbc108": "bbc_blind108.tsv",
    "bbc109": "bbc_blind109.tsv",
    "bbc110": "bbc_blind110.tsv",
    "bbc111": "bbc_blind111.tsv",
    "bbc112": "bbc_blind112.tsv",
    "bbc113": "bbc_blind113.tsv",
    "bbc114": "bbc_blind114.tsv",
    "bbc115": "bbc_blind115.tsv",
    "bbc116": "bbc_blind116.tsv",
    "bbc117": "bbc_blind117.tsv",
    "bbc118": "bbc_blind118.tsv",
    "bbc119": "bbc_blind119.tsv",
    "bbc120": "bbc_blind120.tsv",
    "bbc121": "bbc_blind121.tsv",
    "bbc122": "bbc_blind122.tsv",
    "bbc123": "bbc_blind123.tsv",
    "bbc124": "bbc_blind124.tsv",
    "bbc125": "bbc_blind125.tsv",
    "bbc126": "bbc_blind126.tsv",
    "bbc127": "bbc_blind127.tsv",
    "bbc128": "bbc_blind128.tsv",
    "bbc129": "bbc_blind129.tsv",
    "bbc130": "bbc_blind130.tsv",
    "bbc131": "bbc_blind131.tsv",
    "bbc132": "bbc_blind132.tsv",
    "bbc133": "bbc_blind133.tsv",
    "bbc134": "bbc_blind134.tsv",
    "bbc135": "bbc_blind135.tsv",
    "bbc136": "bbc_blind136.tsv",
    "bbc137": "bbc_blind137.tsv",
    "bbc138": "bbc_blind138.tsv",
    "bbc139": "bbc_blind139.tsv",
    "bbc140": "bbc_blind140.tsv",
    "bbc141": "bbc_blind141.tsv",
    "bbc142": "bbc_blind142.tsv",
    "bbc143": "bbc_blind143.tsv",
    "bbc144": "bbc_blind144.tsv",
    "bbc145": "bbc_blind145.tsv",
    "bbc146": "bbc_blind146.tsv",
    "bbc147": "bbc_blind147.tsv",
    "bbc148": "bbc_blind148.tsv",
    "bbc149": "bbc_blind149.tsv",
    "bbc150": "bbc_blind150.tsv",
    "bbc151": "bbc_blind151.tsv",
    "bbc152": "bbc_blind152.tsv",
    "bbc153": "bbc_blind153.tsv",
    "bbc154": "bbc_blind154.tsv",
    "bbc155": "bbc_blind155.tsv",
    "bbc156": "bbc_blind156.tsv",
    "bbc157": "bbc_blind157.tsv",
    "bbc158": "bbc_blind158.tsv",
    "bbc159": "bbc_blind159.tsv",
    "bbc160": "bbc_blind160.tsv",
    "bbc161": "bbc_blind161.tsv",
    "bbc162": "bbc_blind162.tsv",
    "bbc163": "bbc_blind163.tsv",
    "bbc164": "bbc_blind164.tsv",
    "bbc165": "bbc_blind165.tsv",
    "bbc166": "bbc_blind166.tsv",
    "bbc167": "bbc_blind167.tsv",
    "bbc168": "bbc_blind168.tsv",
    "bbc169": "bbc_blind169.tsv",
    "bbc170": "bbc_blind170.tsv",
    "bbc171": "bbc_blind171.tsv",
    "bbc172": "bbc_blind172.tsv",
    "bbc173": "bbc_blind173.tsv",
    "bbc174": "bbc_blind174.tsv",
    "bbc175": "bbc_blind175.tsv",
    "bbc176": "bbc_blind176.tsv",
    "bbc177": "bbc_blind177.tsv",
    "bbc178": "bbc_blind178.tsv",
    "bbc179": "bbc_blind179.tsv",
    "bbc180": "bbc_blind180.tsv",
    "bbc181": "bbc_blind181.tsv",
    "bbc182": "bbc_blind182.tsv",
    "bbc183": "bbc_blind183.tsv",
    "bbc184": "bbc_blind184.tsv",
    "reu1": "reuters_blind1.tsv",
    "reu2": "reuters_blind2.tsv",
    "reu3": "reuters_blind3.tsv",
    "reu4": "reuters_blind4.tsv",
    "reu5": "reuters_blind5.tsv",
    "reu6": "reuters_blind6.tsv",
    "reu7": "reuters_blind7.tsv",
    "reu8": "reuters_blind8.tsv",
    "reu9": "reuters_blind9.tsv",
    "reu10": "reuters_blind10.tsv",
    "reu11": "reuters_blind11.tsv",
    "reu12": "reuters_blind12.tsv",
    "reu13": "reuters_blind13.tsv",
    "reu14": "reuters_blind14.tsv",
    "reu15": "reuters_blind15.tsv",
    "reu16": "reuters_blind16.tsv",
    "reu17": "reuters_blind17.tsv",
    "reu18": "reuters_blind18.tsv",
    "reu19": "reuters_blind19.tsv",
    "reu20": "reuters_blind20.tsv",
    "reu21": "reuters_blind21.tsv",
    "reu22": "reuters_blind22.tsv",
    "reu23": "reuters_blind23.tsv",
    "reu24": "reuters_blind24.tsv",
    "reu25": "reuters_blind25.tsv",
    "reu26": "reuters_blind26.tsv",
    "reu27": "reuters_blind27.tsv",
    "reu28": "reuters_blind28.tsv",
    "reu29": "reuters_blind29.tsv",
    "reu30": "reuters_blind30.tsv",
    "reu31": "reuters_blind31.tsv",
    "reu32": "reuters_blind32.tsv",
    "reu33": "reuters_blind33.tsv",
    "reu34": "reuters_blind34.tsv",
    "reu35": "reuters_blind35.tsv",
    "reu36": "reuters_blind36.tsv",
    "reu37": "reuters_blind37.tsv",
    "reu38": "reuters_blind38.tsv",
    "reu39": "reuters_blind39.tsv",
    "reu40": "reuters_blind40.tsv",
    "reu41": "reuters_blind41.tsv",
    "reu42": "reuters_blind42.tsv",
    "reu43": "reuters_blind43.tsv",
    "reu44": "reuters_blind44.tsv",
    "reu45": "reuters_blind45.tsv",
    "reu46": "reuters_blind46.tsv",
    "reu47": "reuters_blind47.tsv",
    "reu48": "reuters_blind48.tsv",
    "reu49": "reuters_blind49.tsv",
    "reu50": "reuters_blind50.tsv",
    "reu51": "reuters_blind51.tsv",
    "reu52": "reuters_blind52.tsv",
    "reu53": "reuters_blind53.tsv",
    "reu54": "reuters_blind54.tsv",
    "reu55": "reuters_blind55.tsv",
    "reu56": "reuters_blind56.tsv",
    "reu57": "reuters_blind57.tsv",
    "reu58": "reuters_blind58.tsv",
    "reu59": "reuters_blind59.tsv",
    "reu60": "reuters_blind60.tsv",
    "reu61": "reuters_blind61.tsv",
    "reu62": "reuters_blind62.tsv",
    "reu63": "reuters_blind63.tsv",
    "reu64": "reuters_blind64.tsv",
    "reu65": "reuters_blind65.tsv",
    "reu66": "reuters_blind66.tsv",
    "reu67": "reuters_blind67.tsv",
    "reu68": "reuters_blind68.tsv",
    "reu69": "reuters_blind69.tsv",
    "reu70": "reuters_blind70.tsv",
    "reu71": "reuters_blind71.tsv",
    "reu72": "reuters_blind72.tsv",
    "reu73": "reuters_blind73.tsv",
    "reu74": "reuters_blind74.tsv",
    "reu75": "reuters_blind75.tsv",
    "reu76": "reuters_blind76.tsv",
    "reu77": "reuters_blind77.tsv",
    "reu78": "reuters_blind78.tsv",
    "reu79": "reuters_blind79.tsv",
    "reu80": "reuters_blind80.tsv",
    "reu81": "reuters_blind81.tsv",
    "reu82": "reuters_blind82.tsv",
    "reu83": "reuters_blind83.tsv",
    "reu84": "reuters_blind84.tsv",
    "reu85": "reuters_blind85.tsv",
    "reu86": "reuters_blind86.tsv",
    "reu87": "reuters_blind87.tsv",
    "reu88": "reuters_blind88.tsv",
    "reu89": "reuters_blind89.tsv",
    "reu90": "reuters_blind90.tsv",
    "reu91": "reuters_blind91.tsv",
    "reu92": "reuters_blind92.tsv",
    "reu93": "reuters_blind93.tsv",
    "reu94": "reuters_blind94.tsv",
    "reu95": "reuters_blind95.tsv",
    "reu96": "reuters_blind96.tsv",
    "reu97": "reuters_blind97.tsv",
    "reu98": "reuters_blind98.tsv",
    "reu99": "reuters_blind99.tsv",
    "reu100": "reuters_blind100.tsv",
    "reu101": "reuters_blind101.tsv",
    "reu102": "reuters_blind102.tsv",
    "reu103": "reuters_blind103.tsv",
    "reu104": "reuters_blind104.tsv",
    "reu105": "reuters_blind105.tsv",
    "reu106": "reuters_blind106.tsv",
    "reu107": "reuters_blind107.tsv",
    "reu108": "reuters_blind108.tsv",
    "reu109": "reuters_blind109.tsv",
    "reu110": "reuters_blind110.tsv",
    "reu111": "reuters_blind111.tsv",
    "reu112": "reuters_blind112.tsv",
    "reu113": "reuters_blind113.tsv",
    "reu114": "reuters_blind114.tsv",
    "reu115": "reuters_blind115.tsv",
    "reu116": "reuters_blind116.tsv",
    "reu117": "reuters_blind117.tsv",
    "reu118": "reuters_blind118.tsv",
    "reu119": "reuters_blind119.tsv",
    "reu120": "reuters_blind120.tsv",
    "reu121": "reuters_blind121.tsv",
    "reu122": "reuters_blind122.tsv",
    "reu123": "reuters_blind123.tsv",
    "reu124": "reuters_blind124.tsv",
    "reu125": "reuters_blind125.tsv",
    "reu126": "reuters_blind126.tsv",
    "reu127": "reuters_blind127.tsv",
    "reu128": "reuters_blind128.tsv",
    "reu129": "reuters_blind129.tsv",
    "reu130": "reuters_blind130.tsv",
    "reu131": "reuters_blind131.tsv",
    "reu132": "reuters_blind132.tsv",
    "reu133": "reuters_blind133.tsv",
    "reu134": "reuters_blind134.tsv",
    "reu135": "reuters_blind135.tsv",
    "reu136": "reuters_blind136.tsv",
    "reu137": "reuters_blind137.tsv",
    "reu138": "reuters_blind138.tsv",
    "reu139": "reuters_blind139.tsv",
    "reu140": "reuters_blind140.tsv",
    "reu141": "reuters_blind141.tsv",
    "reu142": "reuters_blind142.tsv",
    "reu143": "reuters_blind143.tsv",
    "reu144": "reuters_blind144.tsv",
    "reu145": "reuters_blind145.tsv",
    "reu146": "reuters_blind146.tsv",
    "reu147": "reuters_blind147.tsv",
    "reu148": "reuters_blind148.tsv",
    "reu149": "reuters_blind149.tsv",
    "reu150": "reuters_blind150.tsv",
    "reu151": "reuters_blind151.tsv",
    "reu152": "reuters_blind152.tsv",
    "reu153": "reuters_blind153.tsv",
    "reu154": "reuters_blind154.tsv",
    "reu155": "reuters_blind155.tsv",
    "reu156": "reuters_blind156.tsv",
    "reu157": "reuters_blind157.tsv",
    "reu158": "reuters_blind158.tsv",
    "reu159": "reuters_blind159.tsv",
    "reu160": "reuters_blind160.tsv",
    "reu161": "reuters_blind161.tsv",
    "reu162": "reuters_blind162.tsv",
    "reu163": "reuters_blind163.tsv",
    "reu164": "reuters_blind164.tsv",
    "reu165": "reuters_blind165.tsv",
    "reu166": "reuters_blind166.tsv",
    "reu167": "reuters_blind167.tsv",
    "reu168": "reuters_blind168.tsv",
    "reu169": "reuters_blind169.tsv",
    "reu170": "reuters_blind170.tsv",
    "reu171": "reuters_blind171.tsv",
    "reu172": "reuters_blind172.tsv",
    "reu173": "reuters_blind173.tsv",
    "reu174": "reuters_blind174.tsv",
    "reu175": "reuters_blind175.tsv",
    "reu176": "reuters_blind176.tsv",
    "reu177": "reuters_blind177.tsv",
    "reu178": "reuters_blind178.tsv",
    "reu179": "reuters_blind179.tsv",
    "reu180": "reuters_blind180.tsv",
    "reu181": "reuters_blind181.tsv",
    "reu182": "reuters_blind182.tsv",
    "reu183": "reuters_blind183.tsv",
    "reu184": "reuters_blind184.tsv",
    "reu185": "reuters_blind185.tsv",
    "reu186": "reuters_blind186.tsv",
    "reu187": "reuters_blind187.tsv",
    "reu188": "reuters_blind188.tsv",
    "reu189": "reuters_blind189.tsv",
    "reu190": "reuters_blind190.tsv",
    "reu191": "reuters_blind191.tsv",
    "reu192": "reuters_blind192.tsv",
    "reu193": "reuters_blind193.tsv",
    "reu194": "reuters_blind194.tsv",
    "reu195": "reuters_blind195.tsv",
    "reu196": "reuters_blind196.tsv",
    "reu197": "reuters_blind197.tsv",
    "reu198": "reuters_blind198.tsv",
}
LABELS = {
    "dev": "GUM news, dev (tuned on)",
    "heldout": "GUM news, held out (looked at after its first run)",
    "ecb": "ECB+, blind (looked at after its first run)",
    "ecb2": "ECB+, second blind set (looked at after its first run)",
    "ecb3": "ECB+, third blind set (looked at after its first run)",
    "ecb4": "ECB+, fourth blind set (looked at after its first run)",
    "ecb5": "ECB+, fifth blind set (looked at after its first run)",
    "ecb6": "ECB+, sixth blind set (looked at after its first run)",
    "ecb7": "ECB+, seventh blind set (looked at after its first run)",
    "ecb8": "ECB+, eighth blind set (looked at after its first run)",
    "ecb9": "ECB+, ninth blind set (looked at after its first run)",
    "ecb10": "ECB+, tenth blind set (looked at after its first run)",
    "ecb11": "ECB+, eleventh blind set (looked at after its first run)",
    "ecb12": "ECB+, twelfth blind set (looked at after its first run)",
    "ecb13": "ECB+, thirteenth blind set (looked at after its first run)",
    "ecb14": "ECB+, fourteenth blind set (looked at after its first run)",
    "ecb15": "ECB+, fifteenth blind set (looked at after its first run)",
    "ecb16": "ECB+, sixteenth blind set (looked at after its first run)",
    "ecb17": "ECB+, seventeenth blind set (looked at after its first run)",
    "ecb18": "ECB+, eighteenth blind set (looked at after its first run)",
    "ecb19": "ECB+, nineteenth blind set (looked at after its first run)",
    "ecb20": "ECB+, twentieth blind set (looked at after its first run)",
    "ecb21": "ECB+, twenty-first blind set (looked at after its first run)",
    "ecb22": "ECB+, twenty-second blind set (looked at after its first run)",
    "ecb23": "ECB+, twenty-third blind set (looked at after its first run)",
    "ecb24": "ECB+, twenty-fourth blind set (looked at after its first run)",
    "ecb25": "ECB+, twenty-fifth blind set (looked at after its first run)",
    "ecb26": "ECB+, twenty-sixth blind set (looked at after its first run)",
    "ecb27": "ECB+, twenty-seventh blind set (looked at after its first run)",
    "ecb28": "ECB+, twenty-eighth blind set (looked at after its first run)",
    "ecb29": "ECB+, twenty-ninth blind set (looked at after its first run)",
    "ecb30": "ECB+, thirtieth blind set (looked at after its first run)",
    "wns1": "WikinewsSum sources, first blind set",
    "wns2": "WikinewsSum sources, second blind set",
    "wns3": "WikinewsSum sources, third blind set",
    "wns4": "WikinewsSum sources, fourth blind set",
    "wns5": "WikinewsSum sources, fifth blind set",
    "wns6": "WikinewsSum sources, sixth blind set",
    "bbc1": "BBC News, first blind set",
    "bbc2": "BBC News, second blind set",
    "bbc3": "BBC News, third blind set",
    "bbc4": "BBC News, fourth blind set",
    "bbc5": "BBC News, fifth blind set",
    "bbc6": "BBC News, sixth blind set",
    "bbc7": "BBC News, seventh blind set",
    "bbc8": "BBC News, eighth blind set",
    "bbc9": "BBC News, ninth blind set",
    "bbc10": "BBC News, tenth blind set",
    "bbc11": "BBC News, eleventh blind set",
    "bbc12": "BBC News, twelfth blind set",
    "bbc13": "BBC News, thirteenth blind set",
    "bbc14": "BBC News, fourteenth blind set",
    "bbc15": "BBC News, fifteenth blind set",
    "bbc16": "BBC News, sixteenth blind set",
    "bbc17": "BBC News, seventeenth blind set",
    "bbc18": "BBC News, eighteenth blind set",
    "bbc19": "BBC News, nineteenth blind set",
    "bbc20": "BBC News, twentieth blind set",
    "bbc21": "BBC News, twenty-first blind set",
    "bbc22": "BBC News, twenty-second blind set",
    "bbc23": "BBC News, twenty-third blind set",
    "bbc24": "BBC News, twenty-fourth blind set",
    "bbc25": "BBC News, twenty-fifth blind set",
    "bbc26": "BBC News, twenty-sixth blind set",
    "bbc27": "BBC News, twenty-seventh blind set",
    "bbc28": "BBC News, twenty-eighth blind set",
    "bbc29": "BBC News, twenty-ninth blind set",
    "bbc30": "BBC News, thirtieth blind set",
    "bbc31": "BBC News, thirty-first blind set",
    "bbc32": "BBC News, thirty-second blind set",
    "bbc33": "BBC News, thirty-third blind set",
    "bbc34": "BBC News, thirty-fourth blind set",
    "bbc35": "BBC News, thirty-fifth blind set",
    "bbc36": "BBC News, thirty-sixth blind set",
    "bbc37": "BBC News, thirty-seventh blind set",
    "bbc38": "BBC News, thirty-eighth blind set",
    "bbc39": "BBC News, thirty-ninth blind set",
    "bbc40": "BBC News, fortieth blind set",
    "bbc41": "BBC News, forty-first blind set",
    "bbc42": "BBC News, forty-second blind set",
    "bbc43": "BBC News, forty-third blind set",
    "bbc44": "BBC News, forty-fourth blind set",
    "bbc45": "BBC News, forty-fifth blind set",
    "bbc46": "BBC News, forty-sixth blind set",
    "bbc47": "BBC News, forty-seventh blind set",
    "bbc48": "BBC News, forty-eighth blind set",
    "bbc49": "BBC News, forty-ninth blind set",
    "bbc50": "BBC News, fiftieth blind set",
    "bbc51": "BBC News, fifty-first blind set",
    "bbc52": "BBC News, fifty-second blind set",
    "bbc53": "BBC News, fifty-third blind set",
    "bbc54": "BBC News, fifty-fourth blind set",
    "bbc55": "BBC News, fifty-fifth blind set",
    "bbc56": "BBC News, fifty-sixth blind set",
    "bbc57": "BBC News, fifty-seventh blind set",
    "bbc58": "BBC News, fifty-eighth blind set",
    "bbc59": "BBC News, fifty-ninth blind set",
    "bbc60": "BBC News, sixtieth blind set",
    "bbc61": "BBC News, sixty-first blind set",
    "bbc62": "BBC News, sixty-second blind set",
    "bbc63": "BBC News, sixty-third blind set",
    "bbc64": "BBC News, sixty-fourth blind set",
    "bbc65": "BBC News, sixty-fifth blind set",
    "bbc66": "BBC News, sixty-sixth blind set",
    "bbc67": "BBC News, sixty-seventh blind set",
    "bbc68": "BBC News, sixty-eighth blind set",
    "bbc69": "BBC News, sixty-ninth blind set",
    "bbc70": "BBC News, seventieth blind set",
    "bbc71": "BBC News, seventy-first blind set",
    "bbc72": "BBC News, seventy-second blind set",
    "bbc73": "BBC News, seventy-third blind set",
    "bbc74": "BBC News, seventy-fourth blind set",
    "bbc75": "BBC News, seventy-fifth blind set",
    "bbc76": "BBC News, seventy-sixth blind set",
    "bbc77": "BBC News, seventy-seventh blind set",
    "bbc78": "BBC News, seventy-eighth blind set",
    "bbc79": "BBC News, seventy-ninth blind set",
    "bbc80": "BBC News, eightieth blind set",
    "bbc81": "BBC News, eighty-first blind set",
    "bbc82": "BBC News, eighty-second blind set",
    "bbc83": "BBC News, eighty-third blind set",
    "bbc84": "BBC News, eighty-fourth blind set",
    "bbc85": "BBC News, eighty-fifth blind set",
    "bbc86": "BBC News, eighty-sixth blind set",
    "bbc87": "BBC News, eighty-seventh blind set",
    "bbc88": "BBC News, eighty-eighth blind set",
    "bbc89": "BBC News, eighty-ninth blind set",
    "bbc90": "BBC News, ninetieth blind set",
    "bbc91": "BBC News, ninety-first blind set",
    "bbc92": "BBC News, ninety-second blind set",
    "bbc93": "BBC News, ninety-third blind set",
    "bbc94": "BBC News, ninety-fourth blind set",
    "bbc95": "BBC News, ninety-fifth blind set",
    "bbc96": "BBC News, ninety-sixth blind set",
    "bbc97": "BBC News, ninety-seventh blind set",
    "bbc98": "BBC News, ninety-eighth blind set",
    "bbc99": "BBC News, ninety-ninth blind set",
    "bbc100": "BBC News, hundredth blind set",
    "bbc101": "BBC News, hundred-and-first blind set",
    "bbc102": "BBC News, hundred-and-second blind set",
    "bbc103": "BBC News, hundred-and-third blind set",
    "bbc104": "BBC News, hundred-and-fourth blind set",
    "bbc105": "BBC News, hundred-and-fifth blind set",
    "bbc106": "BBC News, hundred-and-sixth blind set",
    "bbc107": "BBC News, hundred-and-seventh blind set",
    "bbc108": "BBC News, hundred-and-eighth blind set",
    "bbc109": "BBC News, hundred-and-ninth blind set",
    "bbc110": "BBC News, hundred-and-tenth blind set",
    "bbc111": "BBC News, hundred-and-eleventh blind set",
    "bbc112": "BBC News, hundred-and-twelfth blind set",
    "bbc113": "BBC News, hundred-and-thirteenth blind set",
    "bbc114": "BBC News, hundred-and-fourteenth blind set",
    "bbc115": "BBC News, hundred-and-fifteenth blind set",
    "bbc116": "BBC News, hundred-and-sixteenth blind set",
    "bbc117": "BBC News, hundred-and-seventeenth blind set",
    "bbc118": "BBC News, hundred-and-eighteenth blind set",
    "bbc119": "BBC News, hundred-and-nineteenth blind set",
    "bbc120": "BBC News, hundred-and-twentieth blind set",
    "bbc121": "BBC News, hundred-and-twenty-first blind set",
    "bbc122": "BBC News, hundred-and-twenty-second blind set",
    "bbc123": "BBC News, hundred-and-twenty-third blind set",
    "bbc124": "BBC News, hundred-and-twenty-fourth blind set",
    "bbc125": "BBC News, hundred-and-twenty-fifth blind set",
    "bbc126": "BBC News, hundred-and-twenty-sixth blind set",
    "bbc127": "BBC News, hundred-and-twenty-seventh blind set",
    "bbc128": "BBC News, hundred-and-twenty-eighth blind set",
    "bbc129": "BBC News, hundred-and-twenty-ninth blind set",
    "bbc130": "BBC News, hundred-and-thirtieth blind set",
    "bbc131": "BBC News, hundred-and-thirty-first blind set",
    "bbc132": "BBC News, hundred-and-thirty-second blind set",
    "bbc133": "BBC News, hundred-and-thirty-third blind set",
    "bbc134": "BBC News, hundred-and-thirty-fourth blind set",
    "bbc135": "BBC News, hundred-and-thirty-fifth blind set",
    "bbc136": "BBC News, hundred-and-thirty-sixth blind set",
    "bbc137": "BBC News, hundred-and-thirty-seventh blind set",
    "bbc138": "BBC News, hundred-and-thirty-eighth blind set",
    "bbc139": "BBC News, hundred-and-thirty-ninth blind set",
    "bbc140": "BBC News, hundred-and-fortieth blind set",
    "bbc141": "BBC News, hundred-and-forty-first blind set",
    "bbc142": "BBC News, hundred-and-forty-second blind set",
    "bbc143": "BBC News, hundred-and-forty-third blind set",
    "bbc144": "BBC News, hundred-and-forty-fourth blind set",
    "bbc145": "BBC News, hundred-and-forty-fifth blind set",
    "bbc146": "BBC News, hundred-and-forty-sixth blind set",
    "bbc147": "BBC News, hundred-and-forty-seventh blind set",
    "bbc148": "BBC News, hundred-and-forty-eighth blind set",
    "bbc149": "BBC News, hundred-and-forty-ninth blind set",
    "bbc150": "BBC News, hundred-and-fiftieth blind set",
    "bbc151": "BBC News, hundred-and-fifty-first blind set",
    "bbc152": "BBC News, hundred-and-fifty-second blind set",
    "bbc153": "BBC News, hundred-and-fifty-third blind set",
    "bbc154": "BBC News, hundred-and-fifty-fourth blind set",
    "bbc155": "BBC News, hundred-and-fifty-fifth blind set",
    "bbc156": "BBC News, hundred-and-fifty-sixth blind set",
    "bbc157": "BBC News, hundred-and-fifty-seventh blind set",
    "bbc158": "BBC News, hundred-and-fifty-eighth blind set",
    "bbc159": "BBC News, hundred-and-fifty-ninth blind set",
    "bbc160": "BBC News, hundred-and-sixtieth blind set",
    "bbc161": "BBC News, hundred-and-sixty-first blind set",
    "bbc162": "BBC News, hundred-and-sixty-second blind set",
    "bbc163": "BBC News, hundred-and-sixty-third blind set",
    "bbc164": "BBC News, hundred-and-sixty-fourth blind set",
    "bbc165": "BBC News, hundred-and-sixty-fifth blind set",
    "bbc166": "BBC News, hundred-and-sixty-sixth blind set",
    "bbc167": "BBC News, hundred-and-sixty-seventh blind set",
    "bbc168": "BBC News, hundred-and-sixty-eighth blind set",
    "bbc169": "BBC News, hundred-and-sixty-ninth blind set",
    "bbc170": "BBC News, hundred-and-seventieth blind set",
    "bbc171": "BBC News, hundred-and-seventy-first blind set",
    "bbc172": "BBC News, hundred-and-seventy-second blind set",
    "bbc173": "BBC News, hundred-and-seventy-third blind set",
    "bbc174": "BBC News, hundred-and-seventy-fourth blind set",
    "bbc175": "BBC News, hundred-and-seventy-fifth blind set",
    "bbc176": "BBC News, hundred-and-seventy-sixth blind set",
    "bbc177": "BBC News, hundred-and-seventy-seventh blind set",
    "bbc178": "BBC News, hundred-and-seventy-eighth blind set",
    "bbc179": "BBC News, hundred-and-seventy-ninth blind set",
    "bbc180": "BBC News, hundred-and-eightieth blind set",
    "bbc181": "BBC News, hundred-and-eighty-first blind set",
    "bbc182": "BBC News, hundred-and-eighty-second blind set",
    "bbc183": "BBC News, hundred-and-eighty-third blind set",
    "bbc184": "BBC News, hundred-and-eighty-fourth blind set",
    "reu1": "Reuters newswire, first blind set",
    "reu2": "Reuters newswire, second blind set",
    "reu3": "Reuters newswire, third blind set",
    "reu4": "Reuters newswire, fourth blind set",
    "reu5": "Reuters newswire, fifth blind set",
    "reu6": "Reuters newswire, sixth blind set",
    "reu7": "Reuters newswire, seventh blind set",
    "reu8": "Reuters newswire, eighth blind set",
    "reu9": "Reuters newswire, ninth blind set",
    "reu10": "Reuters newswire, tenth blind set",
    "reu11": "Reuters newswire, eleventh blind set",
    "reu12": "Reuters newswire, twelfth blind set",
    "reu13": "Reuters newswire, thirteenth blind set",
    "reu14": "Reuters newswire, fourteenth blind set",
    "reu15": "Reuters newswire, fifteenth blind set",
    "reu16": "Reuters newswire, sixteenth blind set",
    "reu17": "Reuters newswire, seventeenth blind set",
    "reu18": "Reuters newswire, eighteenth blind set",
    "reu19": "Reuters newswire, nineteenth blind set",
    "reu20": "Reuters newswire, twentieth blind set",
    "reu21": "Reuters newswire, twenty-first blind set",
    "reu22": "Reuters newswire, twenty-second blind set",
    "reu23": "Reuters newswire, twenty-third blind set",
    "reu24": "Reuters newswire, twenty-fourth blind set",
    "reu25": "Reuters newswire, twenty-fifth blind set",
    "reu26": "Reuters newswire, twenty-sixth blind set",
    "reu27": "Reuters newswire, twenty-seventh blind set",
    "reu28": "Reuters newswire, twenty-eighth blind set",
    "reu29": "Reuters newswire, twenty-ninth blind set",
    "reu30": "Reuters newswire, thirtieth blind set",
    "reu31": "Reuters newswire, thirty-first blind set",
    "reu32": "Reuters newswire, thirty-second blind set",
    "reu33": "Reuters newswire, thirty-third blind set",
    "reu34": "Reuters newswire, thirty-fourth blind set",
    "reu35": "Reuters newswire, thirty-fifth blind set",
    "reu36": "Reuters newswire, thirty-sixth blind set",
    "reu37": "Reuters newswire, thirty-seventh blind set",
    "reu38": "Reuters newswire, thirty-eighth blind set",
    "reu39": "Reuters newswire, thirty-ninth blind set",
    "reu40": "Reuters newswire, fortieth blind set",
    "reu41": "Reuters newswire, forty-first blind set",
    "reu42": "Reuters newswire, forty-second blind set",
    "reu43": "Reuters newswire, forty-third blind set",
    "reu44": "Reuters newswire, forty-fourth blind set",
    "reu45": "Reuters newswire, forty-fifth blind set",
    "reu46": "Reuters newswire, forty-sixth blind set",
    "reu47": "Reuters newswire, forty-seventh blind set",
    "reu48": "Reuters newswire, forty-eighth blind set",
    "reu49": "Reuters newswire, forty-ninth blind set",
    "reu50": "Reuters newswire, fiftieth blind set",
    "reu51": "Reuters newswire, fifty-first blind set",
    "reu52": "Reuters newswire, fifty-second blind set",
    "reu53": "Reuters newswire, fifty-third blind set",
    "reu54": "Reuters newswire, fifty-fourth blind set",
    "reu55": "Reuters newswire, fifty-fifth blind set",
    "reu56": "Reuters newswire, fifty-sixth blind set",
    "reu57": "Reuters newswire, fifty-seventh blind set",
    "reu58": "Reuters newswire, fifty-eighth blind set",
    "reu59": "Reuters newswire, fifty-ninth blind set",
    "reu60": "Reuters newswire, sixtieth blind set",
    "reu61": "Reuters newswire, sixty-first blind set",
    "reu62": "Reuters newswire, sixty-second blind set",
    "reu63": "Reuters newswire, sixty-third blind set",
    "reu64": "Reuters newswire, sixty-fourth blind set",
    "reu65": "Reuters newswire, sixty-fifth blind set",
    "reu66": "Reuters newswire, sixty-sixth blind set",
    "reu67": "Reuters newswire, sixty-seventh blind set",
    "reu68": "Reuters newswire, sixty-eighth blind set",
    "reu69": "Reuters newswire, sixty-ninth blind set",
    "reu70": "Reuters newswire, seventieth blind set",
    "reu71": "Reuters newswire, seventy-first blind set",
    "reu72": "Reuters newswire, seventy-second blind set",
    "reu73": "Reuters newswire, seventy-third blind set",
    "reu74": "Reuters newswire, seventy-fourth blind set",
    "reu75": "Reuters newswire, seventy-fifth blind set",
    "reu76": "Reuters newswire, seventy-sixth blind set",
    "reu77": "Reuters newswire, seventy-seventh blind set",
    "reu78": "Reuters newswire, seventy-eighth blind set",
    "reu79": "Reuters newswire, seventy-ninth blind set",
    "reu80": "Reuters newswire, eightieth blind set",
    "reu81": "Reuters newswire, eighty-first blind set",
    "reu82": "Reuters newswire, eighty-second blind set",
    "reu83": "Reuters newswire, eighty-third blind set",
    "reu84": "Reuters newswire, eighty-fourth blind set",
    "reu85": "Reuters newswire, eighty-fifth blind set",
    "reu86": "Reuters newswire, eighty-sixth blind set",
    "reu87": "Reuters newswire, eighty-seventh blind set",
    "reu88": "Reuters newswire, eighty-eighth blind set",
    "reu89": "Reuters newswire, eighty-ninth blind set",
    "reu90": "Reuters newswire, ninetieth blind set",
    "reu91": "Reuters newswire, ninety-first blind set",
    "reu92": "Reuters newswire, ninety-second blind set",
    "reu93": "Reuters newswire, ninety-third blind set",
    "reu94": "Reuters newswire, ninety-fourth blind set",
    "reu95": "Reuters newswire, ninety-fifth blind set",
    "reu96": "Reuters newswire, ninety-sixth blind set",
    "reu97": "Reuters newswire, ninety-seventh blind set",
    "reu98": "Reuters newswire, ninety-eighth blind set",
    "reu99": "Reuters newswire, ninety-ninth blind set",
    "reu100": "Reuters newswire, hundredth blind set",
    "reu101": "Reuters newswire, hundred-and-first blind set",
    "reu102": "Reuters newswire, hundred-and-second blind set",
    "reu103": "Reuters newswire, hundred-and-third blind set",
    "reu104": "Reuters newswire, hundred-and-fourth blind set",
    "reu105": "Reuters newswire, hundred-and-fifth blind set",
    "reu106": "Reuters newswire, hundred-and-sixth blind set",
    "reu107": "Reuters newswire, hundred-and-seventh blind set",
    "reu108": "Reuters newswire, hundred-and-eighth blind set",
    "reu109": "Reuters newswire, hundred-and-ninth blind set",
    "reu110": "Reuters newswire, hundred-and-tenth blind set",
    "reu111": "Reuters newswire, hundred-and-eleventh blind set",
    "reu112": "Reuters newswire, hundred-and-twelfth blind set",
    "reu113": "Reuters newswire, hundred-and-thirteenth blind set",
    "reu114": "Reuters newswire, hundred-and-fourteenth blind set",
    "reu115": "Reuters newswire, hundred-and-fifteenth blind set",
    "reu116": "Reuters newswire, hundred-and-sixteenth blind set",
    "reu117": "Reuters newswire, hundred-and-seventeenth blind set",
    "reu118": "Reuters newswire, hundred-and-eighteenth blind set",
    "reu119": "Reuters newswire, hundred-and-nineteenth blind set",
    "reu120": "Reuters newswire, hundred-and-twentieth blind set",
    "reu121": "Reuters newswire, hundred-and-twenty-first blind set",
    "reu122": "Reuters newswire, hundred-and-twenty-second blind set",
    "reu123": "Reuters newswire, hundred-and-twenty-third blind set",
    "reu124": "Reuters newswire, hundred-and-twenty-fourth blind set",
    "reu125": "Reuters newswire, hundred-and-twenty-fifth blind set",
    "reu126": "Reuters newswire, hundred-and-twenty-sixth blind set",
    "reu127": "Reuters newswire, hundred-and-twenty-seventh blind set",
    "reu128": "Reuters newswire, hundred-and-twenty-eighth blind set",
    "reu129": "Reuters newswire, hundred-and-twenty-ninth blind set",
    "reu130": "Reuters newswire, hundred-and-thirtieth blind set",
    "reu131": "Reuters newswire, hundred-and-thirty-first blind set",
    "reu132": "Reuters newswire, hundred-and-thirty-second blind set",
    "reu133": "Reuters newswire, hundred-and-thirty-third blind set",
    "reu134": "Reuters newswire, hundred-and-thirty-fourth blind set",
    "reu135": "Reuters newswire, hundred-and-thirty-fifth blind set",
    "reu136": "Reuters newswire, hundred-and-thirty-sixth blind set",
    "reu137": "Reuters newswire, hundred-and-thirty-seventh blind set",
    "reu138": "Reuters newswire, hundred-and-thirty-eighth blind set",
    "reu139": "Reuters newswire, hundred-and-thirty-ninth blind set",
    "reu140": "Reuters newswire, hundred-and-fortieth blind set",
    "reu141": "Reuters newswire, hundred-and-forty-first blind set",
    "reu142": "Reuters newswire, hundred-and-forty-second blind set",
    "reu143": "Reuters newswire, hundred-and-forty-third blind set",
    "reu144": "Reuters newswire, hundred-and-forty-fourth blind set",
    "reu145": "Reuters newswire, hundred-and-forty-fifth blind set",
    "reu146": "Reuters newswire, hundred-and-forty-sixth blind set",
    "reu147": "Reuters newswire, hundred-and-forty-seventh blind set",
    "reu148": "Reuters newswire, hundred-and-forty-eighth blind set",
    "reu149": "Reuters newswire, hundred-and-forty-ninth blind set",
    "reu150": "Reuters newswire, hundred-and-fiftieth blind set",
    "reu151": "Reuters newswire, hundred-and-fifty-first blind set",
    "reu152": "Reuters newswire, hundred-and-fifty-second blind set",
    "reu153": "Reuters newswire, hundred-and-fifty-third blind set",
    "reu154": "Reuters newswire, hundred-and-fifty-fourth blind set",
    "reu155": "Reuters newswire, hundred-and-fifty-fifth blind set",
    "reu156": "Reuters newswire, hundred-and-fifty-sixth blind set",
    "reu157": "Reuters newswire, hundred-and-fifty-seventh blind set",
    "reu158": "Reuters newswire, hundred-and-fifty-eighth blind set",
    "reu159": "Reuters newswire, hundred-and-fifty-ninth blind set",
    "reu160": "Reuters newswire, hundred-and-sixtieth blind set",
    "reu161": "Reuters newswire, hundred-and-sixty-first blind set",
    "reu162": "Reuters newswire, hundred-and-sixty-second blind set",
    "reu163": "Reuters newswire, hundred-and-sixty-third blind set",
    "reu164": "Reuters newswire, hundred-and-sixty-fourth blind set",
    "reu165": "Reuters newswire, hundred-and-sixty-fifth blind set",
    "reu166": "Reuters newswire, hundred-and-sixty-sixth blind set",
    "reu167": "Reuters newswire, hundred-and-sixty-seventh blind set",
    "reu168": "Reuters newswire, hundred-and-sixty-eighth blind set",
    "reu169": "Reuters newswire, hundred-and-sixty-ninth blind set",
    "reu170": "Reuters newswire, hundred-and-seventieth blind set",
    "reu171": "Reuters newswire, hundred-and-seventy-first blind set",
    "reu172": "Reuters newswire, hundred-and-seventy-second blind set",
    "reu173": "Reuters newswire, hundred-and-seventy-third blind set",
    "reu174": "Reuters newswire, hundred-and-seventy-fourth blind set",
    "reu175": "Reuters newswire, hundred-and-seventy-fifth blind set",
    "reu176": "Reuters newswire, hundred-and-seventy-sixth blind set",
    "reu177": "Reuters newswire, hundred-and-seventy-seventh blind set",
    "reu178": "Reuters newswire, hundred-and-seventy-eighth blind set",
    "reu179": "Reuters newswire, hundred-and-seventy-ninth blind set",
    "reu180": "Reuters newswire, hundred-and-eightieth blind set",
    "reu181": "Reuters newswire, hundred-and-eighty-first blind set",
    "reu182": "Reuters newswire, hundred-and-eighty-second blind set",
    "reu183": "Reuters newswire, hundred-and-eighty-third blind set",
    "reu184": "Reuters newswire, hundred-and-eighty-fourth blind set",
    "reu185": "Reuters newswire, hundred-and-eighty-fifth blind set",
    "reu186": "Reuters newswire, hundred-and-eighty-sixth blind set",
    "reu187": "Reuters newswire, hundred-and-eighty-seventh blind set",
    "reu188": "Reuters newswire, hundred-and-eighty-eighth blind set",
    "reu189": "Reuters newswire, hundred-and-eighty-ninth blind set",
    "reu190": "Reuters newswire, hundred-and-ninetieth blind set",
    "reu191": "Reuters newswire, hundred-and-ninety-first blind set",
    "reu192": "Reuters newswire, hundred-and-ninety-second blind set",
    "reu193": "Reuters newswire, hundred-and-ninety-third blind set",
    "reu194": "Reuters newswire, hundred-and-ninety-fourth blind set",
    "reu195": "Reuters newswire, hundred-and-ninety-fifth blind set",
    "reu196": "Reuters newswire, hundred-and-ninety-sixth blind set",
    "reu197": "Reuters newswire, hundred-and-ninety-seventh blind set",
    "reu198": "Reuters newswire, hundred-and-ninety-eighth blind set",
}
BBC_FOLDERS = {
    "bus": "business",
    "ent": "entertainment",
    "pol": "politics",
    "spo": "sport",
    "tec": "tech",
}
CLOSING = '”»"'


@dataclass(frozen=True)
class Gold:
    """One labelled quoted span."""

    doc: str
    label: str  # Q, N or M
    speakers: tuple[str, ...]  # accepted spellings; empty: no speaker
    prefix: str


@dataclass(frozen=True)
class Found:
    """A quotation the tool shows, or the piece of one in a paragraph."""

    doc: str
    text: str
    speaker_names: tuple[str, ...]  # the speaker entity's name and aliases
    speaker: str | None
    continues: bool  # carries on the quotation of the paragraph before


def normal(text: str) -> str:
    """Compare quoted text loosely: case, apostrophes, spaces, leading marks."""
    text = text.replace("’", "'").replace("‘", "'").casefold()
    return " ".join(text.split()).lstrip(' "“”')


def load_gold(name: str) -> list[Gold]:
    """Read one gold file."""
    rows = []
    for line in (GOLD / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        doc, label, speakers, prefix = line.split("\t")
        names = () if speakers == "-" else tuple(s.strip() for s in speakers.split(";"))
        rows.append(Gold(doc, label, names, prefix))
    return rows


def wikinewssum_documents(path: Path, doc_ids: set[str]) -> list[tuple[str, str, None, str]]:
    """WikinewsSum sources named ``wns<story>_<source>``: their title and paragraphs."""
    found = []
    lines = path.read_text(encoding="utf-8").splitlines()
    for doc_id in sorted(d for d in doc_ids if d.startswith("wns")):
        story, source = map(int, doc_id[3:].split("_"))
        s = json.loads(lines[story])["sources"][source]
        body = "\n\n".join(line.strip() for line in s["maintext"].split("\n") if line.strip())
        found.append((doc_id, s["title"], None, body))
    return found


def bbc_documents(folder: Path, doc_ids: set[str]) -> list[tuple[str, str, None, str]]:
    """BBC News dataset articles named ``bbc_<category><number>``: headline and lines."""
    found = []
    for doc_id in sorted(d for d in doc_ids if d.startswith("bbc_")):
        path = folder / BBC_FOLDERS[doc_id[4:7]] / f"{doc_id[7:]}.txt"
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:  # some copies of the dataset are Latin-1
            text = raw.decode("latin-1")
        lines = [line.strip() for line in text.split("\n") if line.strip()]
        found.append((doc_id, lines[0], None, "\n\n".join(lines)))
    return found


def documents(
    doc_ids: set[str],
    wikinewssum: Path | None = None,
    bbc: Path | None = None,
    reuters: Path | None = None,
) -> list[tuple[str, str, str | None, str]]:
    """The annotated documents: id, title, date and text, from GUM, ECB+, WikinewsSum,
    the BBC News dataset and Reuters-21578."""
    found: list[tuple[str, str, str | None, str]] = []
    if wikinewssum is not None:
        found.extend(wikinewssum_documents(wikinewssum, doc_ids))
    if bbc is not None:
        found.extend(bbc_documents(bbc, doc_ids))
    if reuters is not None:
        found.extend(reuters_documents(reuters, doc_ids))
    gum = DATA / "gum_wikinews" / "gum_wikinews.jsonl"
    for line in gum.read_text(encoding="utf-8").splitlines():
        d = json.loads(line) if line else None
        if d and d["id"] in doc_ids:
            found.append((d["id"], d["title"], d["date"], d["text"]))
    ecb = json.loads((DATA / "ecbplus_dev" / "gold.json").read_text(encoding="utf-8"))
    for d in ecb["docs"]:
        if d["id"] in doc_ids:
            found.append((d["id"], d["body"].split("\n", 1)[0].strip(), None, d["body"]))
    return found


def run(
    doc_ids: set[str],
    cache_dir: Path | None,
    wikinewssum: Path | None,
    bbc: Path | None,
    reuters: Path | None = None,
) -> list[Found]:
    """Build the documents' quotations as the pipeline does."""
    from site_builder.config import Config
    from site_builder.extract import extract_articles
    from site_builder.quotes import find_quotes
    from site_builder.resolve import resolve_entities
    from site_builder.sources import read_articles

    found: list[Found] = []
    with tempfile.TemporaryDirectory(prefix="quote-quality-") as tmp:
        folder = Path(tmp)
        for doc_id, title, date, body in documents(doc_ids, wikinewssum, bbc, reuters):
            head = f"---\ntitle: {json.dumps(title)}\n" + (f"date: {date}\n" if date else "")
            (folder / f"{doc_id}.txt").write_text(head + "---\n" + body, encoding="utf-8")
        config = Config(
            input_dir=folder,
            use_cache=cache_dir is not None,
            cache_dir=cache_dir,
            nlp_processes=1,
        )
        warnings: list[str] = []
        articles, _ = read_articles(folder, warnings.append)
        extractions = extract_articles(articles, config, warnings.append)
        resolution = resolve_entities(articles, extractions, None)
        quotes = find_quotes(articles, extractions, resolution)
    entities = {e.id: e for e in resolution.entities}
    by_id = {a.id: a for a in articles}
    open_in: dict[str, int] = {}  # document -> paragraph whose quotation runs on
    for q in quotes:
        article = by_id[q.article_id]
        doc = Path(article.source_path).stem
        text = article.paragraphs[q.paragraph].text
        continues = q.start <= 1 and open_in.get(doc) == q.paragraph - 1
        closed = q.end < len(text) and text[q.end] in CLOSING
        open_in[doc] = -9 if closed else q.paragraph
        names: tuple[str, ...] = ()
        if q.speaker is not None:
            e = entities[q.speaker]
            names = (e.name, *e.aliases)
        found.append(Found(doc, q.text, names, q.speaker, continues))
    return found


def matches(gold: Gold, found: Found, whole: bool = False) -> bool:
    """Whether a shown quotation is the labelled one (by its first words); ``whole``:
    only one that holds the row's whole prefix, not one the prefix starts with."""
    if gold.doc != found.doc:
        return False
    g, f = normal(gold.prefix), normal(found.text)
    return f.startswith(g[:60]) or (not whole and len(f) >= 8 and g.startswith(f))


def right_speaker(gold: Gold, found: Found, others: frozenset[str] = frozenset()) -> bool:
    """Whether the speaker shown is the annotated one (or none, when none is).
    ``others``: the full names of the other people labelled as speakers in the row's
    article; one of them shown is wrong, though a bare surname of the row's fits it
    ("Ian Blair" for "Tony Blair;Blair" where Sir Ian speaks too), when the row gives a
    full name of its own (not "Allton" where another row has "Kevin Allton;Allton")."""
    if not gold.speakers:
        return found.speaker is None
    if found.speaker is None:
        return False
    shown = [normal(n) for n in found.speaker_names]
    own = {normal(n) for n in gold.speakers}
    if any(" " in n for n in own) and shown[0] in others - own:
        return False
    for name in map(normal, gold.speakers):
        for s in shown:
            if s == name or s.endswith(" " + name) or name.endswith(" " + s):
                return True
    return False


def score(gold: Sequence[Gold], found: Sequence[Found], verbose: bool) -> dict[str, float]:
    """Precision, recall and speaker accuracy of ``found`` against ``gold``."""
    docs = {g.doc for g in gold}
    shown = [f for f in found if f.doc in docs]
    used: dict[int, str] = {}  # shown quotation -> label of the row it matched
    hits = right = wrong_speaker = 0
    clear = [g for g in gold if g.label == "Q"]
    # each row takes the first shown quotation it matches that no row took, the rows
    # with the longest prefixes first ("Career sexism limits …" before a term "career
    # sexism" the same article puts in marks), in text order among equals, so that a
    # repeated quotation matches its own row; one that holds the whole prefix first, so
    # that "terrified of facing proper scrutiny" is not taken by an earlier "terrified"
    claimed: dict[int, int] = {}  # gold row -> shown quotation
    full_names: dict[str, set[str]] = {}  # article -> its labelled speakers' full names
    for g in gold:
        full_names.setdefault(g.doc, set()).update(normal(n) for n in g.speakers if " " in n)
    for k in sorted(range(len(gold)), key=lambda k: -len(normal(gold[k].prefix))):
        free = [i for i in range(len(shown)) if i not in used]
        match = next((i for i in free if matches(gold[k], shown[i], whole=True)), None)
        if match is None:
            match = next((i for i in free if matches(gold[k], shown[i])), None)
        if match is not None:
            used[match] = gold[k].label
            claimed[k] = match
    for k, g in enumerate(gold):
        match = claimed.get(k)
        if g.label != "Q":
            continue
        if match is None:
            if verbose:
                print(f"  missed   {g.doc}: {g.prefix[:70]!r}")
            continue
        hits += 1
        if right_speaker(g, shown[match], frozenset(full_names[g.doc])):
            right += 1
            continue
        wrong_speaker += shown[match].speaker is not None  # a wrong one, not just none
        if verbose:
            print(
                f"  speaker  {g.doc}: {g.prefix[:50]!r}: want {'/'.join(g.speakers) or 'none'},"
                f" got {shown[match].speaker_names[:1] or 'none'}"
            )
    labels = {i: g.label for g in gold for i, f in enumerate(shown) if matches(g, f)}
    wrong = 0
    for i, f in enumerate(shown):
        label = used.get(i, labels.get(i))
        if used.get(i) == "Q" or label == "M" or (f.continues and i not in used):
            continue  # the rest of a quotation counted once, or either reading holds
        wrong += 1
        if verbose:
            print(f"  shown    {f.doc}: {f.text[:70]!r} ({label or 'unlabelled'})")
    return {
        "clear quotations": len(clear),
        "shown": hits + wrong,
        "recall": hits / len(clear) if clear else 0.0,
        "precision": hits / (hits + wrong) if hits + wrong else 0.0,
        "speaker accuracy": right / hits if hits else 0.0,
        "wrong speaker": wrong_speaker,
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=(*SETS, "all"), default="all")
    parser.add_argument("--cache-dir", type=Path, help="reuse NLP results between runs")
    parser.add_argument("-v", action="store_true", help="list every miss and error")
    parser.add_argument(
        "--wikinewssum", type=Path, help="WikinewsSum's cleaned_endataset.json (wns sets)"
    )
    parser.add_argument("--bbc", type=Path, help="the BBC News dataset's bbc folder (bbc sets)")
    parser.add_argument("--reuters", type=Path, help="Reuters-21578's .sgm folder (reu sets)")
    args = parser.parse_args(argv)
    names = list(SETS) if args.set == "all" else [args.set]
    for prefix, given, option in (
        ("wns", args.wikinewssum, "--wikinewssum FILE"),
        ("bbc", args.bbc, "--bbc DIR"),
        ("reu", args.reuters, "--reuters DIR"),
    ):
        if given is None:
            if args.set.startswith(prefix):
                parser.error(f"--set {args.set} needs {option}")
            names = [n for n in names if not n.startswith(prefix)]
    golds = {n: load_gold(SETS[n]) for n in names}
    doc_ids = {g.doc for gs in golds.values() for g in gs}
    found = run(doc_ids, args.cache_dir, args.wikinewssum, args.bbc, args.reuters)
    print(
        "| set | clear quotations | shown | recall | precision | speaker accuracy "
        "| wrong speaker shown |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|")
    rows = []
    for n in names:
        if args.v:
            print(f"{n}:")
        s = score(golds[n], found, args.v)
        rows.append(
            f"| {LABELS[n]} | {s['clear quotations']:.0f} | {s['shown']:.0f} | "
            f"{s['recall']:.1%} | {s['precision']:.1%} | {s['speaker accuracy']:.1%} | "
            f"{s['wrong speaker']:.0f} |"
        )
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main(sys.argv[1:]))
