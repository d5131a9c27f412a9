"""Which entity the words at a cue stand for: a name, a pronoun, a role or a description.

The attributor (:mod:`.attribute`) finds where a quotation's cue is; this class reads
who the cue's words name: the name right after a verb ("said Kuleba", "according to the
ministry"), the subject before it, "he" or "she", "the judge", "the ministry", "the
company". It holds what those lookups share for one article: the resolver's names and
types, the speakers so far (a pronoun looks back at them) and the archive's people.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from .according import name_in_modifier
from .apposed_names import apposed_name
from .archive import ArchivePeople
from .archive_names import archive_person
from .archive_roles import archive_role_holder
from .article_text import MASK, SPEAKER_TYPES, ArticleText, Candidate, after_preposition
from .blog_posts import blog_owner
from .clauses import bare_name, works_at
from .companies import BODY_WORDS, COMPANY_WORDS, is_company, most_named, the_company
from .cues import (
    DESCRIPTION,
    OBJECT_PRONOUNS,
    OPENING_PRONOUN,
    PREPOSITIONS,
    PRONOUN,
    SPOKESPERSON_FOR,
    TITLE_ABBREVIATION,
    TITLE_OF,
)
from .described import introduced_as
from .kin import is_shared, shared_surnames
from .letters import LETTER_SUBJECT, letter_author, sender
from .outlets import OUTLET_SUBJECT, editorial_of, is_outlet, the_outlet
from .pairs import joint_speaker
from .persons import person_with_full_name, person_with_surname
from .possessor import names_someone_else
from .premodified import described, describes_next
from .pronouns import Pronouns
from .ranks import ends_in_title
from .referring_roles import AGED, described_at, referred_subject
from .roles import ROLE_DESCRIPTION, role_holder
from .spokespeople import (
    BARE_SPOKESPERSON,
    introduced_body,
    named_spokesperson,
    spokesperson_body,
)
from .statements import (
    DOCUMENT_SUBJECT,
    own_issuer,
    statement_issuers,
    statement_speaker,
    unnamed_issuer,
)

# a possessive pronoun before a document: "his report said", "their statement read"
_OWNER = re.compile(r"(his|her|their)\s", re.IGNORECASE)
_OWNER_PRONOUN = {"his": "he", "her": "she", "their": "they"}
# a body's or an outlet's own document right after its name: "a China Daily editorial"
_ITS_DOCUMENT = re.compile(
    r"\s+(?:editorial|commentary|statement|communiqu[eé]|report|newsletter|bulletin)\b"
)
_ARTICLE_ONLY = re.compile(r"\s*(?:an?|the)\s+")


# what may open a sentence before its subject: "But Dunne is keen … and said:"
_CONJUNCTION_ONLY = re.compile(
    r"\s*(?:(?:But|And|Yet|So|However,?|Meanwhile,?|Later,|Earlier,|Separately,)\s+)?"
)
# "the Drexel spokesman": a role the article may have named someone with
_THE_SPOKESPERSON = re.compile(r"[Tt]he\s+(?:[A-Z][\w.&'’-]*\s+){1,3}spokes(man|woman|person)\b")


# what stands before a body's product: "its new Jeep ZJ", "their latest PlayStation"
_PRODUCT_BEFORE = re.compile(r"\b(?:its|their)\s+(?:new\s+|latest\s+)?$")
# a capital's initial before another capital: "E.F. Hutton", "J.P. Morgan"
_INITIALS = re.compile(r"\b[A-Z]\.(?=\s?[A-Z])")


# a group brought in with no name: "An investor group", "a group of shareholders" (not
# "a group of Acme's": one of a body's)
_UNNAMED_GROUP = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne)\s+(?:[a-z][\w'’-]*\s+){0,2}group\b(?!\s+of\s+[A-Z])"
)
# a document's noun right after the name that owns it: "the Treasury| report"
_NOUN_AFTER_NAME = re.compile(
    r"\s+(?:(?:press|news|written|joint)\s+)?(?:statement|release|communiqu[eé]|report|brief|filing)"
)
# who leads it: "… led by New York investor George Soros"
_LED_BY = re.compile(r"\s*,?\s*(?:led|headed)\s+by\s+")
_LEADER_REACH = 40  # characters from "by" in which the leader's name must start


# the unnamed person a body's description names ("the company official said"), and the
# paragraphs back in which an indefinite one introduced them ("one company official")
_OFFICIAL_AFTER = re.compile(r"(?:[Tt]he\s+)?\w+\s+(official|executive|source)\b")
_OFFICIAL_REACH = 3


class SpeakerLookup:
    """The entity that a cue's words name, in one article."""

    def __init__(
        self,
        text: ArticleText,
        names: Mapping[str, str],
        types: Mapping[str, str],
        gender: dict[str, str],
        spoken: list[tuple[int, int, str]],
        archive: ArchivePeople | None = None,
    ) -> None:
        self.text = text
        self.archive = archive or ArchivePeople()  # titles and full names, archive-wide
        self.names = names  # entity id -> name, for "the ministry" style descriptions
        self.types = types
        self.shared = shared_surnames(text.masked)  # "Wilhelm's widow, Candee,"
        self.spoken = spoken  # the attributor's speakers so far, shared
        self.pronouns = Pronouns(text, names, types, gender, spoken, self.person, self.subject)

    def sentence_subject(self, p: int, offset: int) -> str | None:
        """The name that opens the sentence before ``offset``, when nobody else who could
        speak is named between it and ``offset`` (the subject of "and said", "but
        confirmed"), or None."""
        t = self.text
        sentence = t.sentence_of(p, offset)
        names = [c for c in t.in_range(p, sentence, offset) if c.type in SPEAKER_TYPES]
        if not any(c.eligible for c in names):
            # "At that hearing, he chatted …, shook hands … and said “…”": a pronoun
            # that opens the sentence's first clause, after a phrase of time or place
            opening = OPENING_PRONOUN.match(t.masked[p], sentence, offset)
            if opening is not None:
                pronoun = opening.group(1).lower()
                return self.pronouns.resolve(p, opening.start(1), pronoun)
        if not names or not _CONJUNCTION_ONLY.fullmatch(t.masked[p], sentence, names[0].start):
            return None  # words before the name other than "But" or "And"
        first = names[0]
        described_one = described(t, p, first)
        if described_one is not None and described_one[1]:
            first = described_one[0]  # "Oxfam adviser Max Lawson welcomed … and said": his
        # a name after a preposition is no subject ("DeGeneres made the announcement on
        # Twitter … and said:", where the model took Twitter for a person)
        others = [c for c in names if c.start > first.start and (c.eligible or c.possessive)]
        if not first.eligible or any(c.entity_id != first.entity_id for c in others):
            return None
        return first.entity_id

    def quoted(self, p: int, found: re.Match[str]) -> str | None:
        """The one "quoted X as saying" names: a name, or a pronoun's referent."""
        return self.named_in(p, *found.span(1))

    def named_in(self, p: int, start: int, end: int) -> str | None:
        """The one these words name ("quoted X as saying", "reported that X said"): a
        name, the one body a description fits ("the board"), or a pronoun's referent."""
        names = [c for c in self.text.in_range(p, start, end) if c.type in SPEAKER_TYPES]
        if names:
            if len({c.entity_id for c in names}) == 1:
                return names[0].entity_id
            # "quoted Qantas chief executive Geoff Dixon as saying": the person its body's
            # name and role come before, the last of the words
            people = {c.entity_id for c in names if c.type == "person"}
            last = names[-1]
            whole = not self.text.masked[p][last.end : end].strip()
            return last.entity_id if people == {last.entity_id} and whole else None
        word = self.text.masked[p][start:end].lower()
        described = DESCRIPTION.fullmatch(word)
        if described is not None:
            return self.describe(described.group(1), p, start)
        pronoun = OBJECT_PRONOUNS.get(word, word)
        return self.pronouns.resolve(p, start, pronoun) if PRONOUN.fullmatch(pronoun) else None

    def person(self, words: str, whole: bool) -> str | None:
        """The one person of the article these words name (see :mod:`.persons`)."""
        people = [c for cs in self.text.candidates.values() for c in cs if c.type == "person"]
        if whole:
            found = person_with_full_name(words, people, self.names)
        else:
            found = person_with_surname(words, people, self.names)
        # a full name the article left unlinked: the archive's one person of that name
        return found or archive_person(words, self.archive.full_names)

    def named_after(self, p: int, start: int, end: int, inverted: bool) -> str | None:
        """The name right after a verb: "said Kuleba", "according to the ministry"."""
        masked = self.text.masked[p]
        if inverted:
            gap = len(masked[start:end]) - len(masked[start:end].lstrip())
            letter = LETTER_SUBJECT.match(masked, start + gap, end)
            if letter is not None:  # "“…,” said the letter, dated November 25."
                return letter_author(self.text, p, letter.start())
            titled = TITLE_OF.match(masked, start, end)
            if titled is not None and any(
                c.type == "person" for c in self.text.in_range(p, start, titled.start(1))
            ):
                titled = None  # "said Vahid Fathi of Prescott Ball": a person, then the firm
            if titled is not None:  # "said Secretary of the Interior Dirk Kempthorne"
                speaker = self.person(titled.group(1), whole=True)
                if speaker is not None:
                    return speaker
            apposed = apposed_name(masked, start, end, self.text.in_range(p, start, end))
            if apposed is not None:  # "said one of their lawyers, Ann Bell"
                return apposed
        near = self.text.in_range(p, start, min(end, start + 80))
        missed = bare_name(masked, start, end, [c.start for c in near]) if inverted else None
        if missed is not None and describes_next(
            masked, masked.index(missed, start) + len(missed), near
        ):
            missed = None  # "said Oscar producer Laurence Mark": the producer is meant
        if missed is not None and is_shared(self.shared, p, start, missed):
            return None
        if missed is not None and (speaker := self.person(missed, whole=False)) is not None:
            return speaker  # "added Immelman who follows … Gary Player": the model missed it
        read_on = start  # past a body and the role of the name after it, if any
        for i, c in enumerate(near):
            after = near[i + 1] if i + 1 < len(near) else None
            if after is not None and after.possessive and not masked[c.end : after.start].strip():
                continue  # one name the model cut in two: "said Marine Midland |NA's O'Neill"
            if (
                c.possessive
                and after is not None
                and after.type == "person"
                # a full name right after any possessive: "said Iron Maiden's Bruce
                # Dickinson", whatever the model took the band for
                and names_someone_else(
                    masked,
                    c.end,
                    after.start,
                    c.type == "organization" or " " in masked[after.start : after.end].strip(),
                )
            ):
                # "said Biancardi's attorney, James Zeszutek": read on; a single word
                # ("Ms. Davis's sister Crystal") may be linked to a namesake elsewhere,
                # but not a surname after a body ("added First Chicago's Johnson": the
                # Dana Johnson of First Chicago the article named)
                word = masked[after.start : after.end].strip()
                if len(word.split()) < 2 and not (
                    c.type == "organization" and self._surname_of_named(after, word)
                ):
                    return None
                read_on = c.end  # the body's own words ("Bank of Tokyo's") are no role's
                continue
            between = masked[start : c.start]
            # (initials are no sentence's end: "said E.F. Hutton Group analyst Michael Lewis")
            plain = _INITIALS.sub("", TITLE_ABBREVIATION.sub("", between))
            if MASK in between or re.search(r"[.;:]", plain):
                return None
            if inverted and c.type == "organization" and self.editorial(c):
                return c.entity_id  # "said an editorial in the daily X"
            words = masked[read_on : c.start].split()
            lead = start + len(between) - len(between.lstrip())
            spokesperson = c.type == "organization" and SPOKESPERSON_FOR.match(between)
            if (
                inverted
                and not spokesperson
                and (len(words) > 5 or any(w.lower() in PREPOSITIONS or w == "who" for w in words))
            ):
                if AGED.match(masked, lead, c.start):  # "added the 30-year-old, referring to"
                    return self.aged(p, lead)
                # "said the director of CENDA": the one the article named with that role
                # (not when a name follows: "said the director of the FBI, X")
                role = ROLE_DESCRIPTION.match(masked, lead)
                if role is None or role.end() > c.start or any(n.type == "person" for n in near):
                    return None
                return self.role(p, role.start(), role.group(1))
            if not inverted and not spokesperson and name_in_modifier(between):
                return None  # "according to experts acting for the X family"
            if (
                inverted
                and c.type == "organization"
                and _ITS_DOCUMENT.match(masked, c.end)
                and _ARTICLE_ONLY.fullmatch(between)
            ):
                return c.entity_id  # "said a China Daily editorial": the outlet's words
            if works_at(masked, c.end, end, c.type) or ends_in_title(masked, c.start, c.end, end):
                read_on = c.end
                continue  # "McAfee security expert Rahul Mohandas": read on
            described = inverted and described_at(masked, lead, end)
            if described and described.end() > c.end:
                # "said the Newport-based athlete", "says the Waterford man": a name that
                # describes the one just talked about is not the speaker; "said the
                # Newport-based athlete Jo Bell" names her: read on
                if any(0 <= o.start - described.end() <= 1 for o in near):
                    continue
                return referred_subject(self.text, p, lead)
            return None if self.shared_surname(p, c.start, c.end) else c.entity_id
        first = start + len(masked[start:]) - len(masked[start:].lstrip())
        if inverted and DOCUMENT_SUBJECT.match(masked, first):  # "said the report"
            return self.subject(p, first, "document", None)
        if inverted and (body := self.spokesperson(p, first, end)) is not None:
            return body  # "said an IAAF spokesman": the body's words
        if inverted and AGED.match(masked, first, end):  # "said the 30-year-old"
            return self.aged(p, first)
        role = ROLE_DESCRIPTION.match(masked, first, end)
        if role is not None:  # "said the team's coach"
            return self.role(p, role.start(), role.group(1))
        if inverted and described_at(masked, first, end):
            # "said the record holder", "says the Waterford man"
            return referred_subject(self.text, p, first)
        d = DESCRIPTION.match(masked, first)
        if d is not None and d.start() < end:
            return self.describe(d.group(1).lower(), p, d.start())
        outlet = OUTLET_SUBJECT.match(masked, first)
        if outlet is not None and outlet.start() < end:  # "said the newspaper"
            return self.subject(p, outlet.start(), "outlet", outlet.group(1).lower())
        bare = bare_name(masked, start, end) if inverted else None
        if bare is None or is_shared(self.shared, p, start, bare):
            return None
        return self.person(bare, whole=False)

    def aged(self, p: int, offset: int) -> str | None:
        """The person "the 30-year-old" at ``offset`` is: the subject just talked about,
        else the last person quoted, when nobody else has been named since."""
        found = referred_subject(self.text, p, offset)
        if found is not None:
            return found
        quoted = [(q, o, e) for q, o, e in self.spoken if (q, o) < (p, offset)]
        if not quoted or self.types.get(quoted[-1][2]) != "person":
            return None
        q, o, speaker = quoted[-1]
        others = {
            c.entity_id
            for c in self.text.everyone()
            if c.type == "person" and (q, o) < (c.paragraph, c.start) < (p, offset)
        }
        return speaker if others <= {speaker} else None

    def _product(self, c: Candidate) -> bool:
        """Whether the name at ``c`` follows "its" or "their" (and "new" or "latest"): a
        body's product or brand, not a body."""
        before = self.text.masked[c.paragraph][max(0, c.start - 20) : c.start]
        return _PRODUCT_BEFORE.search(before) is not None

    def _unnamed_group(self, p: int, offset: int) -> str | None:
        """When the article brought in a group with no name before ``(p, offset)`` ("An
        investor group led by New York investor George Soros said", "a group of
        shareholders"): the person said to lead it, or "" (nobody named); else None."""
        for q in range(p + 1):
            masked = self.text.masked[q]
            found = _UNNAMED_GROUP.search(masked, 0, offset if q == p else len(masked))
            if found is None:
                continue
            led = _LED_BY.match(masked, found.end())
            if led is None:
                return ""
            # the leader's name within a few words of role: "led by New York investor X"
            people = self.text.in_range(q, led.end(), led.end() + _LEADER_REACH)
            leader = next((c for c in people if c.type == "person" and c.eligible), None)
            return leader.entity_id if leader is not None else ""
        return None

    def _unnamed_one_before(self, word: str, p: int, offset: int) -> bool:
        """Whether the sentence of ``offset`` or the one before brings in an unnamed
        one of ``word`` ("One major Wall Street firm issued a sell recommendation."): "the
        firm" is that one, whom no name tells."""
        masked = self.text.masked[p]
        own = self.text.sentence_of(p, offset)
        start = self.text.sentence_of(p, own - 1) if own > 0 else own
        indefinite = re.compile(
            rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w.&'’-]+\s+){{0,3}}?{word}\b"
        )
        if indefinite.search(masked, start, offset) is not None:
            return True
        # "one auto company official conceded …" / … / "the company official said": the
        # same unnamed official, paragraphs later
        person = _OFFICIAL_AFTER.match(masked, offset)
        if person is None:
            return False
        earlier = re.compile(
            rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z][\w-]*\s+){{0,3}}?{word}\s+"
            rf"{person.group(1)}\b"
        )
        return any(
            earlier.search(self.text.masked[q], 0, offset if q == p else len(self.text.masked[q]))
            for q in range(max(0, p - _OFFICIAL_REACH), p + 1)
        )

    def _surname_of_named(self, c: Candidate, word: str) -> bool:
        """Whether ``word`` at ``c`` is the surname of a full name the article named
        before it."""
        full = self.names.get(c.entity_id, "").split()
        return (
            len(full) >= 2
            and full[-1] == word
            and any(
                o.entity_id == c.entity_id
                and (o.paragraph, o.start) < (c.paragraph, c.start)
                and len(self.text.paragraphs[o.paragraph][o.start : o.end].split()) >= 2
                for o in self.text.everyone()
            )
        )

    def spokesperson(self, p: int, start: int, end: int) -> str | None:
        """The body of "a/an <body> spokesman" at ``start`` (see :mod:`.spokespeople`);
        for "the Drexel spokesman", the one the article named so ("Drexel spokesman
        Steve Anredder"), when it did."""
        named = self.text.everyone()
        the = _THE_SPOKESPERSON.match(self.text.masked[p], start, end)
        if the is not None:
            holder = named_spokesperson(self.text.masked, named, the.group(1), p, start)
            if holder is not None:
                return holder
        return introduced_body(self.text.masked, named, self._company, p, start, end)

    def editorial(self, c: Candidate) -> bool:
        """Whether an outlet's name follows "an editorial in" (see :mod:`.outlets`)."""
        return editorial_of(self.text.masked, c, self.names.get(c.entity_id, ""))

    def shared_surname(self, p: int, start: int, end: int) -> bool:
        """Whether the name at ``start:end`` is a surname alone that a relative
        brought in before shares (see :mod:`.kin`)."""
        return is_shared(self.shared, p, start, self.text.paragraphs[p][start:end])

    def subject(self, p: int, offset: int, kind: str, value: str | None) -> str | None:
        """The entity a subject stands for: a name, a pronoun's referent, a description."""
        if kind == "name":
            return value
        if kind == "description":
            return self.describe(value or "", p, offset)
        if kind == "role":
            return self.role(p, offset, value or "")
        if kind == "referring":  # "the 30-year-old said": the one just talked about
            return referred_subject(self.text, p, offset)
        if kind == "outlet":
            organisations = [c for c in self.text.everyone() if c.type == "organization"]
            return the_outlet(self.text.masked, organisations, self.names, value or "", p, offset)
        if kind == "pair":
            return joint_speaker(self.text, self.spoken, (p, offset))
        if kind == "document" and value == "blog":
            return blog_owner(self.text, p, offset)
        if kind == "document" and value == "letter":
            return letter_author(self.text, p, offset)
        if kind == "document" and value == "sent":
            return sender(self.text, p, offset)
        if kind == "document" and value == "a":
            own = own_issuer(self.text, p, offset)
            if own is not None:  # "X issued a statement saying": X, whoever issued before
                return own or None
        owner = _OWNER.match(self.text.masked[p], offset) if kind == "document" else None
        if owner is not None:  # "his report said": the one "he" means
            return self.pronouns.resolve(p, offset, _OWNER_PRONOUN[owner.group(1).lower()])
        if kind == "document":
            named = self._named_in_document(p, offset)
            if named is not None:  # "the Treasury report said": the Treasury's
                return named
            issuer = statement_speaker(self.text, p, offset)
            if issuer is None and value == "a" and not statement_issuers(self.text, p, offset):
                # "“…,” a statement reads.", no issuer named: the company the article
                # means, as with "the company said" (none when that is unclear)
                return self.describe("company", p, offset)
            if issuer is None:  # "The NAO urged …. The report said:": the NAO's
                return unnamed_issuer(self.text, p, offset)
            return issuer
        return self.pronouns.resolve(p, offset, kind)

    def _named_in_document(self, p: int, offset: int) -> str | None:
        """The organisation a document subject at ``offset`` names right before its noun
        ("the Treasury report", "The ADB statement"), or None."""
        masked = self.text.masked[p]
        found = DOCUMENT_SUBJECT.match(masked, offset)
        if found is None:
            return None
        bodies = [
            c
            for c in self.text.in_range(p, offset, found.end())
            if c.type == "organization" and not c.possessive
        ]
        if len(bodies) != 1 or not _NOUN_AFTER_NAME.fullmatch(masked, bodies[0].end, found.end()):
            return None
        return bodies[0].entity_id

    def role(self, p: int, offset: int, role: str) -> str | None:
        """The person the article named with this role ("the judge": Judge Weinstein), or
        else the one the archive titles so ("the NATO chief": Stoltenberg)."""
        found = role_holder(self.text.masked, self.text.everyone(), role, p, offset)
        if found is None and BARE_SPOKESPERSON.match(self.text.masked[p], offset):
            # "a Microsoft spokesman said …" / "the spokesman said": the body's words
            found = spokesperson_body(
                self.text.masked, self.text.everyone(), self._company, p, offset
            )
        if found is None and self.archive.titles:
            found = archive_role_holder(
                self.text.masked, self.text.everyone(), self.archive.titles, p, offset
            )
        # "Gardener won … The world indoor champion said": the one just talked about
        return found or referred_subject(self.text, p, offset)

    def _company(self, p: int, offset: int) -> str | None:
        """The company "a company spokesman" at ``offset`` speaks for: the organisation
        that opens its sentence ("Meanwhile, Microsoft delivered …, a company spokesman
        said"), or None."""
        sentence = self.text.sentence_of(p, offset)
        names = self.text.in_range(p, sentence, offset)
        first = names[0] if names else None
        if first is None or first.type != "organization" or not first.eligible:
            return None
        opening = self.text.masked[p][sentence : first.start]
        return first.entity_id if re.fullmatch(r"(?:[A-Z]\w*,\s*)?", opening) else None

    def describe(self, word: str, p: int, offset: int) -> str | None:
        """The one organisation of the article whose name holds ``word`` ("the ministry"),
        or for "the company" the company the article has named the most so far."""
        organisations = [
            c for cs in self.text.candidates.values() for c in cs if c.type == "organization"
        ]
        found = {
            c.entity_id for c in organisations if word in self.names.get(c.entity_id, "").lower()
        }
        if not found:  # "news agency IRNA" / "the agency reported"
            named = introduced_as(self.text.masked, organisations, word, p, offset)
            if named is not None:
                return named
        if not found and word in COMPANY_WORDS and self._unnamed_one_before(word, p, offset):
            return None  # "One major Wall Street firm issued …. “…,” said the firm's …"
        if not found and word in COMPANY_WORDS:
            # a company's own product is no company: "will not build its new Jeep ZJ"
            organisations = [c for c in organisations if not self._product(c)]
            earlier = [c.entity_id for c in organisations if (c.paragraph, c.start) < (p, offset)]
            # "Meanwhile Eli Lilly is launching …. … the company says": the one company
            # its paragraph and the one before have named, over the one the article is
            # most about (not as a preposition's object: "The utility said the valves
            # are made by Rockwell International Inc. The company said")
            here = {
                c.entity_id
                for c in organisations
                if p - 1 <= c.paragraph <= p
                and (c.paragraph, c.start) < (p, offset)
                and not after_preposition(self.text.masked[c.paragraph], c.start)
                and is_company(self.names.get(c.entity_id, ""))
                and not is_outlet(self.text.masked, c, self.names.get(c.entity_id, ""))
            }
            if len(here) == 1:
                return here.pop()
            # else the one the text called a company or firm: "video game firm Bioware"
            return the_company(earlier, self.names) or introduced_as(
                self.text.masked, organisations, tuple(sorted(COMPANY_WORDS)), p, offset
            )
        unnamed = self._unnamed_group(p, offset) if not found and word == "group" else None
        if unnamed is not None:
            # "An investor group led by George Soros said …. The group said": that group,
            # its leader's words, or nobody known ("" for a group no one is said to lead)
            return unnamed or None
        if not found and word in BODY_WORDS:
            # "the organisation said": the one body its paragraph has named before it,
            # else the one the article has named the most
            named_before = [
                c
                for c in organisations
                if (c.paragraph, c.start) < (p, offset) and not self.editorial(c)
            ]
            in_paragraph = sorted(
                (c for c in named_before if c.paragraph == p), key=lambda c: c.start
            )
            masked = self.text.masked[p]
            # "CENTR, the Council of European …,": a body's name and its apposed full name
            here = {
                c.entity_id
                for i, c in enumerate(in_paragraph)
                if i == 0
                or not re.fullmatch(
                    r"\s*,\s*(?:the\s+)?", masked[in_paragraph[i - 1].end : c.start]
                )
            }
            if len(here) == 1:
                return here.pop()
            return None if here else most_named([c.entity_id for c in named_before], self.names)
        plain = re.match(rf"[Tt]he\s+{re.escape(word)}\b", self.text.masked[p][offset:])
        if len(found) > 1 and plain is not None:
            # "The New York Stock Exchange said it and its New York Futures Exchange
            # affiliate …. The exchange said": the one of them named most so far (not
            # "the German exchange", which its qualifier may tell)
            return most_named(
                [
                    c.entity_id
                    for c in organisations
                    if c.entity_id in found and (c.paragraph, c.start) < (p, offset)
                ],
                self.names,
            )
        return found.pop() if len(found) == 1 else None
