"""Who said what: the quotations of every article, attributed to people and organisations.

A stage of its own: it reads the article text, the sentences and names the NLP stage
found (cached per article) and the resolver's links from names to entities, so it
needs no parser and adds no NLP work. The modules, in the order a quotation meets them:

- **Finding quotations**: :mod:`.marks` (the text between marks, however typed, with
  :mod:`.unclosed_cue`, a closing mark left out before "…, X says.", and
  :mod:`.reopened`, a mark that opens the next piece of a quotation still open,
  "weeks. "We …", where paragraphs were run together; a reopened piece whose own cue names
  someone else is that person's quotation, the writer's words having run on before it),
  :mod:`.labels` (quoted titles, nicknames and labels, which are no quotations) and
  :mod:`.term_subjects` (a term the writer's sentence is about, "“Fix Its” are …").
- **The article as the rules read it**: :mod:`.article_text` (quotations masked, the
  names that may speak), :mod:`.persons` (people the model typed otherwise, the pronoun
  each person takes), :mod:`.surnames` (a surname alone kept apart from its person),
  :mod:`.name_words`, and :mod:`.cues` (speech verbs and word lists).
- **The speaker**: :mod:`.attribute` (where the cue is: "said X", the subject before
  a verb, continuations), :mod:`.speaker_lookup` (which entity the cue's words name)
  and the forms they ask about: :mod:`.pronouns` (with :mod:`.clause_speakers`, "…, but
  X said …" / "“…,” he said", :mod:`.premodified`, "Uefa suit Giorgio Marchetti",
  :mod:`.opening_participle`, "Asked
  about X, he said", :mod:`.fronted_phrases`, "At a dinner hosted by X, he said",
  :mod:`.repeated_pronoun`, a second "he" of one sentence,
  :mod:`.spokesperson_pronouns`, "A spokeswoman for X said …. She added", :mod:`.adding_speaker`,
  "He said X had …, adding: “…”", :mod:`.relative_clauses`, never a name of the
  subject's "whose …" clause, :mod:`.role_subjects`, "The Tory leader was asked …"
  before a "he", :mod:`.document_owner`, "X's e-mail …. In it, he said",
  :mod:`.relative_speakers`, "… for X, 49, who told …. “…,” she said",
  :mod:`.described_speakers`, "The company said …. “…,” it said", and
  :mod:`.inverted_speakers`, "…, said Mr X." / "“…,” he said"),
  :mod:`.clauses` (a verb with no subject of its own), :mod:`.possessor` ("said X's
  attorney, Y"), :mod:`.leads` (with a list's "- Bolton boss X: “…”"), :mod:`.colon_leads`
  ("X was blunt:" before the quotation, in its paragraph or the one before),
  :mod:`.inverted_leads` (", said Yeager:" ending a lead, "Said Wales coach X:" opening
  a sentence, "“…” once he realised …, said Mr Blair") and
  :mod:`.resumed` (a quotation whose cue is in another sentence), :mod:`.next_line_cue`
  (a cue on the next line of a source with a line per sentence),
  :mod:`.paraphrase_leads` (after reported words whose cue comes last),
  :mod:`.reported_leads` ("She said …. “…”", "…, he said. “…”": reported words first in one
  paragraph),
  :mod:`.reported_complements` ("Mr Blair's government was a “…,” he added": not Blair),
  :mod:`.topic_leads` ("But Redford knows …. “…”", a sentence about one person before a
  quotation with no cue), :mod:`.sole_voice` (the last resort: an article that has
  quoted one person only),
  :mod:`.words_leads` ("His exact words:", "His message to X was: “…”"),
  :mod:`.later_cue`, :mod:`.interrupted`, :mod:`.questions`,
  :mod:`.cue_sentences` ("“….” Acme Chairman X said Thursday."),
  :mod:`.open_appositions` ("X, head of retail at group Acme said"),
  :mod:`.apposed_names` ("said one of their lawyers, Ann Bell"),
  :mod:`.reported_that` ("Acme News reported that the board called for “…”"),
  :mod:`.replies`, :mod:`.asides`, :mod:`.according` (the head of "according to …"),
  :mod:`.piece_source` ("described in a Post profile as"), :mod:`.dash_bylines` ("“…”
  - Arsenal vice chairman Jane Roe.", which also ends a quotation left open before it),
  :mod:`.name_lines` (a pull quote, the speaker's name on the line below) and
  :mod:`.appositions` ("“…,” said X, … at Acme Corp. “…”").
- **Speakers named by what they are**: :mod:`.roles` ("the judge said"),
  :mod:`.referring_roles` ("X won … The world indoor champion said:", the one just
  talked about),
  :mod:`.companies`, :mod:`.described` ("the agency"), :mod:`.outlets` ("the paper
  said", a news outlet's title the model cut short), :mod:`.statements`,
  :mod:`.letters` ("the letter reads"), :mod:`.blog_posts` ("The blog adds"),
  :mod:`.spokespeople` ("a Microsoft spokesman" / "the spokesman said"),
  :mod:`.bare_spokespeople` ("Acme said …. But a spokesman added"),
  :mod:`.pairs`, :mod:`.ranks`; and from the rest
  of the archive (:mod:`.archive`): a role the article ties to nobody
  (:mod:`.archive_roles`) and a full name it left unlinked (:mod:`.archive_names`).
- **Who never speaks, so that nothing is guessed**: :mod:`.unnamed` ("the friend said"),
  :mod:`.unnamed_lines` (their next line), :mod:`.participle_subject` ("with a spokesman
  stating"), :mod:`.unnamed_voice` ("the driver yelled, “…”"), :mod:`.reported_clause`
  (a phrase an unnamed speaker's verb reports), :mod:`.self_named` (a "he" the words
  call by first name: "“… a quiet word with Olof …,” he told"),
  :mod:`.indefinite` ("someone said"), :mod:`.aliases`, :mod:`.kin` (a surname two
  relatives share) and :mod:`.modifier_names` ("The Lightpointe laser bridges", a name
  that modifies a noun, is no subject).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from ..models import Article, Extraction, Quote, Resolution, mention_links
from .appositions import apposition_carried
from .archive import ArchivePeople, archive_people
from .article_text import ArticleText, Candidate, make_candidates
from .attribute import Attribution, Attributor
from .clauses import is_role_word, opens_clause, qualifies_role
from .colon_leads import colon_speaker, own_colon_speaker
from .cues import ADDRESSEE_VERBS
from .interrupted import interrupted
from .labels import DESCRIBING, is_name_like, is_repeated_name, repeated_names
from .later_cue import later_cue
from .leads import speaker_after
from .marks import Marked, find_marked, spans_between, typed_marks
from .name_lines import named_below
from .outlets import complete_titles
from .persons import known_pronouns, people_retyped
from .replies import replied_to
from .reported_clause import reports_phrase
from .reported_leads import closing_cue_lead, inverted_lead, reported_lead
from .resumed import carries_subject, resumed
from .self_named import names_own_speaker
from .sole_voice import named_after_comma, sole_voice
from .surnames import join_surnames
from .term_subjects import is_term_subject
from .topic_leads import topic_lead
from .unnamed import unnamed_spoke
from .unnamed_lines import carries_unnamed
from .words_leads import opinion_lead, words_lead

__all__ = ["article_quotes", "extraction_quotes", "find_quotes"]

# a quotation nobody is named for must look like speech, not a label or a headline
MIN_UNATTRIBUTED_WORDS = 6
QUOTED_TAGS = frozenset({"p", "blockquote", "li"})
CONTINUATION_REACH = 240  # characters of other text a continued quotation may follow


def find_quotes(
    articles: Sequence[Article], extractions: Mapping[str, Extraction], resolution: Resolution
) -> tuple[Quote, ...]:
    """Return the quotations of every article, in article and text order."""
    names = {e.id: e.name for e in resolution.entities}
    types = {e.id: e.type for e in resolution.entities}
    archive = archive_people(articles, resolution)
    quotes: list[Quote] = []
    for article in articles:
        extraction = extractions.get(article.id)
        if extraction is None:
            continue
        ids = mention_links(resolution.links, article.id, len(extraction.mentions))
        quotes.extend(extraction_quotes(article, extraction, ids, names, types, archive))
    return tuple(quotes)


def extraction_quotes(
    article: Article,
    extraction: Extraction,
    ids: Sequence[str | None],
    names: Mapping[str, str],
    types: Mapping[str, str],
    archive: ArchivePeople | None = None,
) -> list[Quote]:
    """Return one article's quotations from its extraction and the entity each of its
    mentions stands for (``ids``, None where none does); ``archive`` is what the other
    articles tell of each person (titles, full names). The dev server's preview of an
    edited article calls it too."""
    linked = [
        (m.paragraph, m.start, m.end, entity_id, types[entity_id])
        for m, entity_id in zip(extraction.mentions, ids, strict=True)
        if entity_id is not None and entity_id in types
    ]
    # names the model found but the archive could not link (a person's is still
    # someone a pronoun may mean), and the words it took for a person
    unlinked = [
        (m.paragraph, m.start, m.end, m.label)
        for m, entity_id in zip(extraction.mentions, ids, strict=True)
        if entity_id is None
    ]
    as_person = frozenset(
        article.paragraphs[m.paragraph].text[m.start : m.end]
        for m in extraction.mentions
        if m.label == "PERSON"
    )
    return article_quotes(article, linked, names, types, unlinked, as_person, archive)


def article_quotes(
    article: Article,
    linked: Sequence[tuple[int, int, int, str, str]],
    names: Mapping[str, str],
    types: Mapping[str, str],
    unlinked: Sequence[tuple[int, int, int, str]] = (),
    as_person: frozenset[str] = frozenset(),
    archive: ArchivePeople | None = None,
) -> list[Quote]:
    """Return one article's quotations; ``linked`` holds its names resolved to entities
    as ``(paragraph, start, end, entity id, entity type)``, ``unlinked`` the names no
    entity stands for as ``(paragraph, start, end, the model's label)``, ``as_person``
    the words the model labelled a person."""
    shown = [p.text if p.tag in QUOTED_TAGS else "" for p in article.paragraphs]
    # marks typed as two apostrophes read as curly ones (same length), so the words
    # around a quotation hold no stray apostrophe; the quotations keep the text's own
    paragraphs = [typed_marks(text) for text in shown]
    # a nickname in marks inside a name is the name's ('John "Bud" Frazier')
    names_at = [(p, s, e) for p, s, e, *_ in linked] + [(p, s, e) for p, s, e, _ in unlinked]
    marked = [m for m in find_marked(paragraphs) if not _inside_a_name(m, names_at)]
    if not marked:
        return []
    titles = repeated_names(paragraphs, marked)
    # names the model mistyped that this article treats as people may speak as people
    people = people_retyped(paragraphs, linked, names)
    if people:
        linked = [(p, s, e, i, "person" if i in people else t) for p, s, e, i, t in linked]
        types = {**types, **{i: "person" for i in people}}
    # a surname alone the model or the resolver kept apart from its person
    linked, unnamed = join_surnames(paragraphs, linked, unlinked, names, as_person)
    # a role word alone is nobody ("Director" linked to another article's director)
    linked = [
        x for x in linked if not is_role_word(paragraphs[x[0]][x[1] : x[2]], names.get(x[3], ""))
    ]
    # nor a word before a role and a person's name ("Beat writer Larry Holder")
    linked = _without_role_qualifiers(paragraphs, linked, names, types)
    # "The Hollywood Reporter wrote", the model's mention "Hollywood": the title's words
    linked = complete_titles(paragraphs, linked, names)
    candidates = make_candidates(paragraphs, linked, marked)
    # a role word alone the resolver left unlinked ("Sgt", "'s Sgt") is nobody either
    # (or a capitalised word the model missed that a relative "who" follows: "DiCaprio,
    # who lost out …, will face him again" is someone a later "he" may mean; not a club
    # the article places things at: "Leicester, who signed White", "at Leicester")
    people_unlinked = [
        (p, s, e)
        for p, s, e, label in unnamed
        if (
            label == "PERSON"
            or (
                label == "CAND"
                and _WHO_AFTER.match(paragraphs[p], e)
                and not _named_as_a_place(paragraphs, paragraphs[p][s:e])
            )
        )
        and not is_role_word(paragraphs[p][s:e], "")
    ]
    spans = [(p, s, e) for p, s, e, _, _ in linked] + [(p, s, e) for p, s, e, _ in unlinked]
    text = ArticleText(paragraphs, marked, candidates, people_unlinked, spans)
    attributor = Attributor(text, names, types, known_pronouns(paragraphs, linked, names), archive)
    quotes: list[Quote] = []
    previous: tuple[list[Marked], Attribution | None] | None = None
    pending = _chains(marked)
    while pending:
        chain = pending.pop(0)
        # "“…,” said Fairman, “…”": the cue between two pieces names the second's speaker
        attribution = None
        if previous is not None:
            attribution = interrupted(text, previous[0][-1], previous[1], chain[0])
        for piece in chain if attribution is None else ():
            attribution = attributor.attribute(piece)
            if attribution is not None:
                break
        if previous is not None and (
            carried := apposition_carried(text, previous[1], attribution, chain[0])
        ):
            attribution = carried  # "“…,” said X, … at Acme Corp. “…”": X's words on
        if attribution is None:
            attribution = later_cue(
                text, attributor, chain[-1], marked
            )  # "“…” because “…,” X said"
        continued = False
        if attribution is None:
            below = named_below(text, chain)  # a pull quote: "“…”" / "Jane Roe" / "Mayor"
            if below is not None:
                attribution = Attribution(below[0], "", below[1], below[2], True)
        if attribution is None and previous is not None:
            attribution = _continued(text, previous, chain[0], types)
            continued = attribution is not None
        if attribution is None:
            attribution = attributor.lead_in(chain[0])
        if attribution is None and (reported := reported_lead(text, chain[0])) is not None:
            attribution = attributor.verb_speaker(reported)  # "She said …. “…”"
        if attribution is None and (closing := closing_cue_lead(text, chain[0])) is not None:
            attribution = attributor.verb_speaker(closing)  # "…, he said. “…”"
        if attribution is None:
            attribution = attributor.inverted_before(chain[0])  # "…, says X. “…”"
        if attribution is None and (inverted := inverted_lead(text, chain[0])) is not None:
            attribution = Attribution(inverted[3], inverted[2], inverted[0], inverted[1])
        if attribution is None:
            colon = colon_speaker(text, chain[0])  # "X was blunt:" / "“…”"
            if colon is not None:
                attribution = Attribution(colon[0], "", chain[0].paragraph - 1, colon[1])
        if attribution is None and (own := own_colon_speaker(text, chain[0])) is not None:
            # "Mr Dean is confident though: “I think …”", "He was blunt: “…”"
            p = chain[0].paragraph
            speaker = own.entity or attributor.pronouns.resolve(p, own.offset, own.pronoun)
            if speaker is not None:
                attribution = Attribution(speaker, "", p, own.offset)
        if attribution is None:
            lead = words_lead(text, chain[0])  # "X has said … ." / "His exact words:" / "“…”"
            lead = lead or opinion_lead(text, chain[0])  # "In his opinion, “…”"
            if lead is not None:
                speaker = attributor.pronouns.resolve(*lead)
                if speaker is not None:
                    attribution = Attribution(speaker, "", lead[0], lead[1])
        if attribution is None and previous is not None:
            # "“…,” Mr. Pigeon said." / "Mr. Pigeon also commended police …" / "“…”"
            attribution = resumed(text, previous, chain[0], types, attributor.gender)
        if attribution is None and not quotes:
            after = speaker_after(text, chain[0], chain[-1])
            if after is not None:
                attribution = Attribution(after[0], after[1], chain[-1].paragraph + 1, 0)
        if attribution is None:
            topic = topic_lead(text, chain[0], attributor.gender)  # "But Redford knows this …. “…”"
            if topic is not None:
                attribution = Attribution(topic[2], "", topic[0], topic[1])
        if attribution is None and previous is not None:
            # "“…,” a bystander told CBS." / "“Always reckless.”": the same unnamed speaker
            continued = carries_unnamed(paragraphs, previous, chain)
        if attribution is None and not continued and previous is not None:
            # "“…,” said Idowu. … “I've not jumped indoors …”": the one voice so far
            attribution = sole_voice(text, attributor.spoken, previous, chain[0])
        if attribution is not None and (cut := _own_voice(attributor, chain, attribution)):
            pending.insert(0, chain[cut:])  # "…. "Mido's apology …," Shalaby said": his own
            chain = chain[:cut]
        if attribution is not None and names_own_speaker(text, chain, attribution, names, types):
            attribution = replace(attribution, speaker=None)  # "“… with Olof …,” he told"
        if not continued and not _is_quotation(paragraphs, chain, attribution, titles):
            continue
        if _repeated_term(paragraphs, chain, titles):
            # "“when issued” trading", in four paragraphs: a term, whoever's sentence it
            # stands in; its speaker's next words may still go on from it
            previous = (chain, attribution) if attribution is not None else previous
            continue
        if len(chain) == 1 and is_term_subject(paragraphs[chain[0].paragraph], chain[0]):
            continue  # "“Fix Its” are pieces of software …": the writer's subject
        if attribution is not None:
            attribution = replied_to(text, attribution, attributor.gender)  # "he answered"
            attributor.remember(attribution)
        previous = (chain, attribution)
        for piece in chain:
            quotes.append(_quote(article, shown, piece, attribution, len(quotes) + 1))
    return quotes


_WHO_AFTER = re.compile(r",\s+who\s")
# the rest of a joint speaker's cue after the first name: " and chief operating officer "
_JOINED = re.compile(r"\s+and\s+[^.,;:!?\x00]{0,60}$")


def _named_as_a_place(paragraphs: Sequence[str], word: str) -> bool:
    """Whether the article writes ``word`` where a place or a club stands: after "at",
    "in" or "from", or as a modifier before a noun ("the Leicester tight-head")."""
    w = re.escape(word)
    place = re.compile(rf"\b(?:at|in|from)\s+{w}\b|\b[Tt]he\s+{w}\s+[a-z]")
    return any(place.search(text) for text in paragraphs)


def _without_role_qualifiers(
    paragraphs: Sequence[str],
    linked: list[tuple[int, int, int, str, str]],
    names: Mapping[str, str],
    types: Mapping[str, str],
) -> list[tuple[int, int, int, str, str]]:
    """``linked`` without the one-word names that only qualify a role before a person's
    name ("Beat writer Larry Holder"; see :func:`.clauses.qualifies_role`)."""
    people = {(p, s) for p, s, _, i, t in linked if t == "person" or types.get(i) == "person"}
    kept = []
    for x in linked:
        p, start, end, entity_id, kind = x
        if kind != "person":  # "Oscar producer Laurence Mark": the awards, not a person
            kept.append(x)
            continue
        gap = paragraphs[p][end : end + 40]
        after = {end + i for i in range(len(gap)) if (p, end + i) in people}
        if not any(
            qualifies_role(paragraphs[p], start, end, names.get(entity_id, ""), a) for a in after
        ):
            kept.append(x)
    return kept


def _inside_a_name(piece: Marked, names: Sequence[tuple[int, int, int]]) -> bool:
    """Whether the piece and its marks stand inside a name's span, words of it on both
    sides."""
    return any(
        p == piece.paragraph and s < piece.start - 1 and piece.end + 1 < e for p, s, e in names
    )


def _chains(marked: list[Marked]) -> list[list[Marked]]:
    """Group the pieces of quotations that run on over several paragraphs."""
    chains: list[list[Marked]] = []
    for m in marked:
        if not m.opened and chains:
            chains[-1].append(m)
        else:
            chains.append([m])
    return chains


def _own_voice(attributor: Attributor, chain: list[Marked], attribution: Attribution) -> int:
    """The index of the first piece of ``chain`` that a mark reopened in its paragraph
    and that a cue of its own gives to someone else than ``attribution`` does ("“… at
    times. Meanwhile, spokesman Y said …. “Mido's apology …,” Y said"): the writer's
    words ran on in the open quotation, and from there on the words are Y's; 0: none."""
    for i in range(1, len(chain)):
        piece = chain[i]
        if piece.opened or piece.paragraph != chain[i - 1].paragraph or not piece.closed:
            continue
        own = attributor.cue_after(piece)
        if own is not None and own.speaker is not None and own.speaker != attribution.speaker:
            return i
    return 0


def _continued(
    text: ArticleText,
    previous: tuple[list[Marked], Attribution | None],
    first: Marked,
    types: Mapping[str, str],
) -> Attribution | None:
    """The attribution of the quotation before, if this one carries it on: it starts
    its own sentence and nobody else is named in the few words between."""
    chain, attribution = previous
    if attribution is None or attribution.speaker is None:
        return None
    speaker_type = types.get(attribution.speaker)
    last = chain[-1]
    p = first.paragraph
    if p - last.paragraph > 1:
        return None
    sentence = text.sentence_of(p, max(0, first.start - 1))
    lead = text.masked[p][sentence : first.start - 1]
    # (a closing mark typed after a space, "… and Tour. " "Looking …", is no word)
    if lead.strip(' \x00"“”') and not carries_subject(
        lead, text.paragraphs[p][first.start : first.end]
    ):
        return None  # words before it in its sentence, and none of them a cue
    between = spans_between(text.masked, last, first)
    # the rest of the cue's sentence: "“…,” said Christina Greenway, daughter of slain
    # court reporter Julie Ann Brandau." says who the speaker is, not who speaks next
    cue_end = text.sentence_end(attribution.paragraph, attribution.offset)
    length = 0
    for q, start, end in between:
        length += len(text.masked[q][start:end].replace("\x00", "").strip())
        for c in text.in_range(q, start, end):
            if q == attribution.paragraph and attribution.offset < c.start < cue_end:
                continue
            if q == attribution.paragraph and _JOINED.match(
                text.masked[q], c.end, attribution.offset
            ):
                continue  # "“…,” chief executive X and chief operating officer Y said": both
            if _after_speaker_subject(text, q, c, attribution.speaker):
                continue  # "But Henman urged Bogdanovic … to seize his chance. “…”": Henman's
            # another person, or another of the speaker's kind, may be the one speaking
            # now; not one spoken to ("X told France Info")
            before = text.masked[q][max(0, c.start - 12) : c.start].split()
            if before and before[-1].lower() in ADDRESSEE_VERBS:
                continue
            rival = c.type == "person" or c.type == speaker_type
            if c.eligible and rival and c.entity_id != attribution.speaker:
                return None
    if length > CONTINUATION_REACH or unnamed_spoke(text.masked, between):
        return None
    if first.closed and named_after_comma(text, first, attribution.speaker):
        return None  # "“…,” Mr Kennedy hopes.": a cue this tool cannot read, not a carry-on
    return Attribution(attribution.speaker, attribution.cue, p, first.start)


def _after_speaker_subject(text: ArticleText, q: int, c: Candidate, speaker: str) -> bool:
    """Whether ``c`` stands after the subject of its sentence, who is ``speaker``: the
    sentence is about the speaker, and a name it puts after them is no one who speaks."""
    sentence = text.sentence_of(q, c.start)
    before = [o for o in text.in_range(q, sentence, c.start) if o.eligible]
    return (
        bool(before)
        and before[0].entity_id == speaker
        and opens_clause(text.masked[q], sentence, before[0].start)
    )


def _repeated_term(paragraphs: list[str], chain: list[Marked], titles: frozenset[str]) -> bool:
    """Whether a quoted piece is a lower-case term the article quotes more than once."""
    m = chain[0]
    quoted = paragraphs[m.paragraph][m.start : m.end]
    return len(chain) == 1 and quoted[:1].islower() and is_repeated_name(quoted, titles)


def _is_quotation(
    paragraphs: list[str],
    chain: list[Marked],
    attribution: Attribution | None,
    titles: frozenset[str] = frozenset(),
) -> bool:
    """Whether quoted text is a quotation, not scare quotes or the name of a thing."""
    if len(chain) > 1:
        # a book's title the writer broke over two lines ("co-author of “Bettie Page: /
        # The Life of a Pinup Legend,” said") is a title whatever its length
        joined = " ".join(paragraphs[c.paragraph][c.start : c.end] for c in chain)
        head = chain[0]
        capitalised = all(
            w[0].isupper() or not w[0].isalpha() for w in joined.split() if len(w) > 3
        )
        before = paragraphs[head.paragraph][: max(0, head.start - 1)]
        return not (capitalised and is_name_like(joined, before))
    m = chain[0]
    quoted = paragraphs[m.paragraph][m.start : m.end]
    before = paragraphs[m.paragraph][: max(0, m.start - 1)]
    spoken = attribution is not None and attribution.speaker is not None
    describer = spoken and attribution is not None and attribution.cue.lower() in DESCRIBING
    if is_name_like(quoted, before, describer):
        return False
    if not spoken and is_repeated_name(quoted, titles):
        return False  # "“Twilight,” like “Moon,” …": a title the article keeps citing
    if attribution is not None and (spoken or attribution.adjacent):
        return True  # attributed, or governed by a cue ("she said", "a friend screamed")
    if attribution is not None and reports_phrase(paragraphs[m.paragraph], attribution, m):
        return True  # "The local fire chief says the fire “is definitely suspicious.”"
    words = quoted.split()
    if len(words) < MIN_UNATTRIBUTED_WORDS:
        return False
    if attribution is not None or re.search(r"[.!?,…]\W*$", quoted):
        return True
    # British style puts the sentence's full stop after the closing mark ("… in a Los
    # Angeles hospital”."): a quotation of six words or more that ends its sentence
    return bool(m.closed and re.match(r"[^\s\w]?[.!?]", paragraphs[m.paragraph][m.end + 1 :]))


def _quote(
    article: Article,
    paragraphs: list[str],
    m: Marked,
    attribution: Attribution | None,
    number: int,
) -> Quote:
    """Make the record of one quoted piece."""
    text = paragraphs[m.paragraph]
    before = text[: max(0, m.start - 1)].rstrip()
    quoted = text[m.start : m.end]
    partial = m.opened and (
        (bool(before) and before[-1].isalnum()) or quoted.lstrip()[:1].islower()
    )
    return Quote(
        id=f"{article.id}-q{number}",
        article_id=article.id,
        paragraph=m.paragraph,
        start=m.start,
        end=m.end,
        text=quoted.strip(),
        speaker=attribution.speaker if attribution else None,
        cue=attribution.cue if attribution else "",
        kind="partial" if partial else "direct",
    )
