"""Who said each quotation of one article: cues, subjects, pronouns, continuations.

The rules read the text around a quotation (the rest of its sentence, quotations
masked) and the names the resolver already linked to entities:

* a speech verb after the quotation: ``"…," X said`` / ``"…," said X`` / ``"…," he said``;
* a speech verb before it: ``X said: "…"``, ``X told reporters "…"``, ``according to X``;
* the subject is a linked person or organisation right before the verb (an apposition,
  a parenthesis or an adverb may stand between), a pronoun, or "the ministry" when one
  organisation of the article fits that word;
* a pronoun is the person (he, she) or organisation (it, they) the text last made a
  subject, and only when no other one competes for it in the same sentence;
* a quotation with no cue of its own continues the quotation just before it, when
  nobody else was named in between.

Which entity the words at a cue name (a name, a pronoun, "the judge", "the ministry")
is :mod:`.speaker_lookup`'s to say. When none of these tells, the quotation has no
speaker: nothing is guessed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from .adding_speaker import adding_pronoun
from .archive import ArchivePeople
from .article_text import MASK, ArticleText, after_preposition
from .asides import cue_verbs
from .bare_spokespeople import bare_spokesperson_body
from .blog_posts import BLOG_SUBJECT
from .clauses import (
    UNCLOSED_ROLE,
    clause_subject,
    opening_subject,
    opens_clause,
    reported_subject,
)
from .cues import (
    AND_COLLEAGUES,
    APOLOGY,
    COORDINATED,
    DESCRIPTION,
    DOCUMENT_OF,
    GAP,
    GOVERNED,
    INVERTED_GAP,
    LEAD_PHRASE,
    OPENED_DOCUMENT,
    PARTICIPLES,
    PRONOUN,
    QUOTED_AS,
    QUOTED_AS_PASSIVE,
    SPEAKER_AFTER,
    SPEECH_VERB,
    TITLE_ABBREVIATION,
    UNCLOSED_APPOSITION,
    WHO_SAID,
)
from .dash_bylines import byline_after
from .indefinite import indefinite_subject
from .inverted_leads import clause_ends, inverted_lead, opens_inverted
from .inverted_speakers import inverted_speakers
from .kin import KIN_SUBJECT, relative_called
from .leads import STANCE, bare_lead, captioned, introduced, introduced_person, stance_taken
from .letters import LETTER_SUBJECT, SENT_SUBJECT
from .marks import Marked
from .name_words import in_name
from .next_line_cue import cue_on_next_line
from .open_appositions import (
    aide_holder,
    apposition_holder,
    named_with_open_role,
    opening_role_holder,
)
from .outlets import OUTLET_SUBJECT
from .pairs import PAIR_SUBJECT
from .paraphrase_leads import inverted_before, inverted_speaker
from .participle_subject import WITH_BEFORE, WITH_NAME_END, unnamed_subject
from .piece_source import piece_source
from .premodified import described_person, described_subject
from .questions import cue_sentence_end
from .referring_roles import AGED, DESCRIBED, NATIONAL, ORIGIN, SEAT
from .relative_clauses import in_relative_clause
from .reported_complements import pronoun_before_participle
from .reported_that import REPORT_VERBS, reported_subject_span
from .roles import ROLE_DESCRIPTION, ROLES
from .speaker_lookup import SpeakerLookup
from .spokespeople import INTRODUCED as SPOKESPERSON
from .statements import (
    DOCUMENT_SUBJECT,
    UNNAMED_DOCUMENT,
    document_opens,
    statement_speaker,
)
from .unnamed_voice import unnamed_voice

# an infinitive of speech whose subject is the sentence's: "…, except to say, “…”"
_EXCEPT_TO = re.compile(r"\b(?:except|only|other\s+than)\s+to\s+$")
# a passive agent's titles before the name: "by Brazilian President X", and a role
# after a title of a work that has no page: "by Iris director Sir Richard Eyre"
_TITLED_AGENT = re.compile(
    rf"\s+by\s+(?:[A-Z][\w.'’-]*\s+){{1,3}}(?:(?:{ROLES})\s+(?:[A-Z][\w.'’-]*\s+){{0,2}})?"
)


# a participle of saying after "is" is a finite verb: "Mr Blair is saying:" is Mr Blair's
# (not "calling": "It is calling on bloggers to …" says nothing)
_PROGRESSIVE = re.compile(r"\b(?:is|are|was|were|been)\s+(?:also\s+|now\s+)?$")
_SAYING = frozenset({"saying", "telling", "writing", "adding", "stating", "arguing", "insisting",
                     "claiming", "warning", "explaining"})  # fmt: skip


@dataclass(frozen=True, slots=True)
class Attribution:
    """The cue found for a quotation and the speaker it names (None: cannot be told)."""

    speaker: str | None
    cue: str
    paragraph: int
    offset: int  # where the cue stands (pronouns look back from here)
    adjacent: bool = False  # the cue governs the quotation ("X said, “…”", "“…,” X said")


class Attributor:
    """Find the speaker of each quotation of one article, in text order."""

    def __init__(
        self,
        text: ArticleText,
        names: Mapping[str, str],
        types: Mapping[str, str],
        pronouns: Mapping[str, str] | None = None,
        archive: ArchivePeople | None = None,
    ) -> None:
        self.text = text
        self.spoken: list[tuple[int, int, str]] = []  # (paragraph, offset, entity id)
        # entity id -> "he" or "she": as the article's words give it, then as it used it
        self.gender: dict[str, str] = dict(pronouns or {})
        self.lookup = SpeakerLookup(text, names, types, self.gender, self.spoken, archive)
        self.pronouns = self.lookup.pronouns

    def attribute(self, m: Marked) -> Attribution | None:
        """Return the attribution the text gives ``m`` (None: no cue at all)."""
        t = self.text
        p = m.paragraph
        masked = t.masked[p]
        after = None
        if m.opened:
            # "the driver yelled, “…” …, she said": the words of someone never named
            voice = unnamed_voice(masked, t.sentence_of(p, max(0, m.start - 1)), m.start - 1)
            if voice is not None:
                return Attribution(None, voice[0], p, voice[1], True)
        if m.closed:
            end = cue_sentence_end(t, m)
            after = self._after(p, m.end + 1, end)
            if after is not None and not (m.opened and _source_only(after)):
                return after
        if m.opened:
            start = t.sentence_of(p, max(0, m.start - 1))
            region_start = start
            if not masked[start : m.start - 1].strip() and p > 0 and m.start - 1 <= start + 1:
                previous = t.masked[p - 1].rstrip()
                if previous.endswith((":", ",")):
                    q = p - 1
                    lead = inverted_lead(previous)  # "…, said Yeager:" / "“…”"
                    if lead is not None:
                        name = self.lookup.named_after(q, lead.end(), len(previous) - 1, True)
                        return Attribution(name, lead.group(), q, lead.start(), True)
                    opens = t.sentence_of(q, len(previous) - 1)
                    found = self._before(q, opens, len(previous))
                    found = found or self._introduced(q, len(previous))
                    return found or self._stance(q, opens, len(previous)) or after
            before = self._before(p, region_start, m.start - 1)
            if before is None:
                before = self._introduced(p, m.start - 1)
            if before is None:
                before = self._stance(p, region_start, m.start - 1)
            if before is not None and (
                after is None or (before.speaker and (before.adjacent or _source_only(after)))
            ):
                return before
        if after is not None:
            return after
        if m.closed and cue_on_next_line(self.text, m):
            return self._after(p + 1, 0, t.sentence_end(p + 1, 0))
        return None

    def _introduced(self, p: int, end: int) -> Attribution | None:
        """A name that a colon right before the quotation ends (see :mod:`.leads`)."""
        found = introduced(self.text, p, end)
        if found is None and (caption := captioned(self.text, p, end)) is not None:
            # the name the caption opens with, whole: the model may run it into the role
            speaker = self.lookup.person(caption[0], whole=True)
            found = (speaker, caption[1]) if speaker is not None else None
        return Attribution(found[0], ":", p, found[1], True) if found else None

    def _stance(self, p: int, start: int, end: int) -> Attribution | None:
        """A stance taken in a sentence that a colon ends right before a quotation, with
        no speech verb: "He also praised the film director: “Thank you …”" gives the
        floor to the one who took it, when nobody is named after the verb."""
        masked = self.text.masked[p]
        head = masked[start:end].rstrip()
        if not head.endswith(":"):
            return None
        colon = start + len(head) - 1
        stance = STANCE.search(masked, start, colon)
        if stance is None or any(c.eligible for c in self.text.in_range(p, stance.end(), colon)):
            return None
        found = self._verb(p, start, stance, colon)
        return found if found is not None and found.speaker is not None else None

    def lead_in(self, m: Marked) -> Attribution | None:
        """For a quotation that opens its paragraph with no cue: the speaker of a speech
        verb in the last sentence of the paragraph before ("Heald noted the findings
        show …" / "“An air-quality cleanup …”"), when that paragraph quotes nobody."""
        t = self.text
        p = m.paragraph
        if p == 0 or not m.opened or not bare_lead(t.masked[p][: max(0, m.start - 1)]):
            return None
        if t.in_range(p, 0, m.start) or any(s < m.start for s, _ in t.unlinked.get(p, ())):
            return None  # a name before it, linked or not: "Simons, “…”" is not a lead
        previous = t.masked[p - 1].rstrip()
        if not previous:
            return None
        start = t.sentence_of(p - 1, len(previous) - 1)
        verbs = list(SPEECH_VERB.finditer(previous, start))
        if MASK in previous:  # a paragraph that quotes someone: only "…, said X." leads in
            if MASK in previous[start:]:
                return None
            # or "…, Mr Howard said." (the name after the reported words' comma)
            named = [
                (so, e)
                for (_, so), e in inverted_speakers(t, p - 1, p - 1, len(previous)).items()
                if so >= start
            ]
            if named:
                return Attribution(named[-1][1], "", p - 1, named[-1][0])
            return self._inverted(p - 1, start, verbs)
        if not verbs:
            person = introduced_person(t, m, start)
            stance = stance_taken(t, m, start) if person is None else None
            if stance is None:
                return Attribution(person[0], "", p - 1, person[1]) if person else None
            verbs = [stance]  # "X lauded Y's experience." / "“…”": X's
        inverted = self._inverted(p - 1, start, verbs)
        if inverted is not None:
            return inverted
        found = self._verb(p - 1, start, verbs[-1], len(previous))
        return found if found is not None and found.speaker is not None else None

    def _inverted(self, p: int, start: int, verbs: list[re.Match[str]]) -> Attribution | None:
        """ "He is a very approachable person …, said Sean B. Tipton, spokesman for …" /
        "“…”": the name after the verb (see :mod:`.paraphrase_leads`)."""
        found = inverted_speaker(self.text, self.lookup.named_after, p, start, verbs)
        return Attribution(found[0], found[1].group(), p, found[1].start()) if found else None

    def inverted_before(self, m: Marked) -> Attribution | None:
        """ "…, says Mr Pearson. “So the gadgets …”": the name after the inverted cue that
        closes the sentence before, in the same paragraph (see :mod:`.paraphrase_leads`)."""
        found = inverted_before(self.text, self.lookup.named_after, m)
        return (
            Attribution(found[1], found[2].group(), found[0], found[2].start()) if found else None
        )

    def cue_after(self, m: Marked) -> Attribution | None:
        """The cue right after quotation ``m`` in its sentence ("“…,” Shalaby said")."""
        return self._after(m.paragraph, m.end + 1, cue_sentence_end(self.text, m))

    def verb_speaker(self, lead: tuple[int, int, re.Match[str], int]) -> Attribution | None:
        """The speaker a speech verb names, when it names one (see :mod:`.reported_leads`)."""
        found = self._verb(*lead)
        return found if found is not None and found.speaker is not None else None

    def _after(self, p: int, start: int, end: int) -> Attribution | None:
        """A cue in the rest of the sentence after a quotation."""
        masked = self.text.masked[p]
        for verb in SPEECH_VERB.finditer(masked, start, end):
            if in_name(self.text, p, verb):
                continue  # "the United States": a word of a name
            if MASK in masked[start : verb.start()]:
                return None  # another quotation stands between: its cue, not this one's
            cue = verb.group().lower()
            if cue.startswith("call") and re.match(r"\s+for\b", masked[verb.end() :]):
                continue  # "Mr Barber, who said the “…”, called for": a call cues what follows
            if cue == "asked" and _WHEN_BEFORE.search(masked, start, verb.start()):
                continue  # "Baker said “no,” when asked about …": the one who answered
            between = masked[start : verb.start()]
            if re.match(r"\s*:", masked[verb.end() :]):
                return None  # "…. " Hayes said: "…": the cue opens the next quotation
            if INVERTED_GAP.match(between) and cue not in SPEAKER_AFTER:
                speaker = self.lookup.named_after(p, verb.end(), end, inverted=True)
                if speaker is not None:
                    return Attribution(speaker, verb.group(), p, verb.start(), True)
            if (
                clause_ends(masked, start, between)
                and cue not in SPEAKER_AFTER
                and not self.text.in_range(p, start, verb.start())
            ):
                # a partial quotation whose clause ends in the writer's words: "“we need
                # to set aside” the plan, said new Interior Secretary Ken Salazar"
                speaker = self.lookup.named_after(p, verb.end(), end, inverted=True)
                if speaker is not None:
                    return Attribution(speaker, verb.group(), p, verb.start())
            if re.match(r"[\s,]*(?:and|but|or)\b", between):
                return None  # "… “for months”, and said …": the subject stands before
            # "“…,” the ministry said" governs the quotation; "“inspections” of the
            # troops, the directorate warned" does not
            # (the quotation's last character, past a closing mark typed as "“")
            last = self.text.paragraphs[p][: start - 1].rstrip(" “")[-1:]
            adjacent = (
                len(between) <= 60
                and not re.search(r"[.;:!?]", TITLE_ABBREVIATION.sub("", between))
                and (last in (",", "!", "?", "…") or between.lstrip().startswith((",", "—", "–")))
            )
            if (
                not adjacent
                and MASK in masked[verb.end() : end]
                # (not a name's own "and": "Ministry of International Trade and Industry")
                and re.search(
                    r"\b(?:and|but|while|whereas)\b", self._unnamed(p, start, verb.start())
                )
                and not named_with_open_role(self.text, p, start, verb.start())
            ):
                # "he had been “…” with the series …, and said he is “…”": a cue further
                # on that opens a quotation of its own is that one's; look before this one
                return None
            found = self._verb(p, start, verb, end)
            # a cue whose speaker the archive does not know ("…," the NATO chief said):
            # the quotation has no speaker, rather than the one of the quotation before
            speaker = found.speaker if found else None
            return Attribution(speaker, verb.group(), p, verb.start(), adjacent)
        byline = byline_after(masked, start)
        if byline is not None:
            # "“…” - Arsenal vice chairman David Dein.": the person the byline names, or
            # nobody (not the speaker of the line before)
            people = [c for c in self.text.in_range(p, *byline) if c.type == "person"]
            return Attribution(people[0].entity_id if people else None, "—", p, start, True)
        dash = re.match(r"[\s,]*[—–-]+\s*", masked[start:end])
        if dash:
            names = self.text.in_range(p, start + dash.end(), start + dash.end() + 60)
            if names and names[0].start == start + dash.end() and names[0].type == "person":
                return Attribution(names[0].entity_id, "—", p, start)
        return None

    def _before(self, p: int, start: int, end: int) -> Attribution | None:
        """A cue earlier in the sentence before a quotation (the nearest that names one)."""
        t = self.text
        masked = t.masked[p]
        verbs = [v for v in cue_verbs(masked, start, end) if not in_name(t, p, v)]
        # "X said, “…”", "X told reporters: “…”", "telling her, “…”": the cue governs it
        adjacent = bool(verbs) and bool(GOVERNED.match(masked[verbs[-1].end() : end]))
        if adjacent and indefinite_subject(masked, start, verbs[-1].start()):
            return Attribution(None, verbs[-1].group(), p, verbs[-1].start(), True)
        if adjacent:
            # "her daughter cried out “…”": the one the article names as a daughter, or
            # nobody (not the subject of an earlier "she said that her daughter …")
            kin = KIN_SUBJECT.search(masked, start, verbs[-1].start())
            if kin is not None:
                people = [c for c in self.text.everyone() if c.type == "person"]
                relative = relative_called(t.masked, people, kin.group(1), self.gender)
                return Attribution(relative, verbs[-1].group(), p, verbs[-1].start(), True)
        for i, verb in enumerate(reversed(verbs)):
            found = self._verb(p, start, verb, end)
            if found is not None and found.speaker is None and found.cue.lower() in APOLOGY:
                continue  # "the governor said she apologizes if …": the outer cue's
            if found is not None:
                if i == 0 and adjacent:
                    found = Attribution(found.speaker, found.cue, p, found.offset, True)
                elif adjacent and found.speaker is None:  # "The mother said … her
                    break  # daughter cried out “…”": the cue that governs it, with nobody
                return found
        if verbs:
            return Attribution(None, verbs[-1].group(), p, verbs[-1].start(), adjacent)
        return None

    def _unnamed(self, p: int, start: int, end: int) -> str:
        """The words from ``start`` to ``end``, the names in them blanked out."""
        words = self.text.masked[p][start:end]
        for c in self.text.in_range(p, start, end):
            words = words[: c.start - start] + " " * (c.end - c.start) + words[c.end - start :]
        return words

    def _verb(self, p: int, start: int, verb: re.Match[str], end: int) -> Attribution | None:
        """The speaker one speech verb names: its subject, or the name after it."""
        cue = verb.group()
        if cue.lower() in SPEAKER_AFTER:
            speaker = self.lookup.named_after(p, verb.end(), end, inverted=False)
            return Attribution(speaker, cue, p, verb.start()) if speaker else None
        masked = self.text.masked[p]
        if opens_inverted(masked, start, verb):  # "Said Wales coach Scott Johnson: “…”"
            speaker = self.lookup.named_after(p, verb.end(), end, inverted=True)
            return Attribution(speaker, cue, p, verb.start()) if speaker else None
        report = reported_subject_span(masked, verb.end(), end)
        if cue.lower() in REPORT_VERBS and report is not None:
            # "X reported that the board called for “…”": the board's, never X's
            return Attribution(self.lookup.named_in(p, *report), cue, p, verb.start())
        quoted_as = QUOTED_AS.search(masked, start, verb.start())
        if quoted_as is not None:
            return Attribution(self.lookup.quoted(p, quoted_as), cue, p, verb.start())
        # a passive verb's agent: "the man described by The New York Times Magazine as “…”"
        agent = re.match(r"\s+by\s+(?:[Tt]he\s+)?", masked[verb.end() : end])
        names = self.text.in_range(p, verb.end(), end)
        passive = QUOTED_AS_PASSIVE.search(masked, start, verb.start())
        if passive is not None:
            names = []  # "he is quoted as saying by Manager Magazin": the paper quotes him
        if agent and names and names[0].start == verb.end() + agent.end():
            speaker = described_person(self.text, p, names[0])  # "by Iris director X"
            return Attribution(speaker, cue, p, verb.start())
        if (
            names
            and names[0].type == "person"
            and _TITLED_AGENT.fullmatch(masked, verb.end(), names[0].start)
        ):  # "as it was described by Brazilian President Luiz Inácio Lula da Silva"
            return Attribution(names[0].entity_id, cue, p, verb.start())
        source = piece_source(masked, verb.end(), names)
        if source is not None:  # "described in a 1972 Washington Post profile as “…”"
            return Attribution(source, cue, p, verb.start())
        # the subject: the nearest name, pronoun or description right before the verb
        options: list[tuple[int, int, str, str | None]] = []  # (start, end, kind, id)
        for c in self.text.in_range(p, start, verb.start()):
            if (
                c.eligible
                or (c.possessive and DOCUMENT_OF.match(masked[c.end : verb.start()]))
                or (c.type == "organization" and self.text.speaks_for(p, c))
                or (c.type == "organization" and self.lookup.editorial(c))
            ):
                options.append((c.start, c.end, "name", c.entity_id))
            if (
                c.type == "person"
                and c.eligible
                and AND_COLLEAGUES.fullmatch(masked, c.end, verb.start())
            ):
                options.append((c.start, verb.start(), "name", c.entity_id))  # "X and colleagues"
            elif (
                not c.possessive
                and WHO_SAID.fullmatch(masked, c.end, verb.start())
                and not masked[: c.start].endswith((" and ", ", "))  # "X and Y, who said": two
            ):
                options.append((c.start, verb.start(), "name", c.entity_id))  # "X, who said"
            elif (
                c.possessive  # "Madonna's introduction began:": the owner of the cue's noun
                and cue.split()[0].lower() in OPENED_DOCUMENT
                and re.fullmatch(r"['’]s?\s+", masked[c.end : verb.start()])
            ):
                options.append((c.start, verb.start(), "name", c.entity_id))
        for s in SPOKESPERSON.finditer(masked, start, verb.start()):
            # "a police spokesman said": the one police force named; "a Conservative
            # spokesperson said", a party's adjective the model left unnamed: the party
            told = s.group("before") and any(
                o[0] <= s.start("before") and s.end("before") <= o[1] + 1 for o in options
            )
            body = None if told else self.lookup.spokesperson(p, s.start(), s.end())
            if body is not None:
                options.append((s.start(), s.end(), "name", body))
        for pr in PRONOUN.finditer(masked, start, verb.start()):
            options.append((pr.start(), pr.end(), pr.group().lower(), None))
        spans = [(o[0], o[1]) for o in options]
        for d in DESCRIPTION.finditer(masked, start, verb.start()):
            if not any(s < d.end() and d.start() < e for s, e in spans):  # "the Home Office"
                options.append((d.start(), d.end(), "description", d.group(1).lower()))
        for o in OUTLET_SUBJECT.finditer(masked, start, verb.start()):
            options.append((o.start(), o.end(), "outlet", o.group(1).lower()))  # "the paper"
        for r in ROLE_DESCRIPTION.finditer(masked, start, verb.start()):
            if not after_preposition(masked, r.start()):  # not "a friend of the actress"
                options.append((r.start(), r.end(), "role", r.group(1)))  # "the NATO chief"
        for d in DOCUMENT_SUBJECT.finditer(masked, start, verb.start()):
            options.append((d.start(), d.end(), "document", None))  # "the statement said"
        for d in BLOG_SUBJECT.finditer(masked, start, verb.start()):
            options.append((d.start(), d.end(), "document", "blog"))  # "The blog adds"
        for d in LETTER_SUBJECT.finditer(masked, start, verb.start()):
            options.append((d.start(), d.end(), "document", "letter"))  # "the letter reads"
        for d in SENT_SUBJECT.finditer(masked, start, verb.start()):
            options.append((d.start(), d.end(), "document", "sent"))  # "A letter from X says"
        for d in UNNAMED_DOCUMENT.finditer(masked, start, verb.start()):
            options.append((d.start(), d.end(), "document", "a"))  # "a statement reads"
        for pair in PAIR_SUBJECT.finditer(masked, start, verb.start()):
            options.append((pair.start(), pair.end(), "pair", None))  # "the pair said"
        for described in (
            *AGED.finditer(masked, start, verb.start()),
            *DESCRIBED.finditer(masked, start, verb.start()),
            *SEAT.finditer(masked, start, verb.start()),
            *ORIGIN.finditer(masked, start, verb.start()),
            *NATIONAL.finditer(masked, start, verb.start()),
        ):
            # "the 30-year-old told", "the world indoor champion said" (a role the article
            # may name someone with, "the Oscar-nominated actor", is read as a role first)
            if described.re is AGED or not ROLE_DESCRIPTION.match(masked, described.start()):
                kind = "seat" if described.re is SEAT else None  # "the MP for Grantham"
                options.append((described.start(), described.end(), "referring", kind))
        # "The actress, whose films include Annie Hall, said": never a name of the clause
        options = [o for o in options if not in_relative_clause(masked, start, o[0], verb.start())]
        # the farthest that fits: in "X, the Y spokesperson, said" both X and Y do
        options.sort()
        fitting = [
            o
            for o in options
            if GAP.match(masked[o[1] : verb.start()])
            or (o[2] == "document" and _WHEN_ISSUED.fullmatch(masked, o[1], verb.start()))
        ]
        if not fitting:
            # "“…,” Robert McFarlane, an assistant state attorney general said": a name
            # that opens the clause, before an apposition left unclosed
            phrase = LEAD_PHRASE.match(masked, start, verb.start())
            lead = phrase.end() if phrase else start  # "In testimony today, X, …"
            fitting = [
                o
                for o in options
                if o[2] == "name"
                # only capitalised words may stand before it: a title, a given name the
                # model left out, an opening "However"
                and not re.sub(r"[\s,]|\b[A-Z][\w.'’-]*", "", masked[min(lead, o[0]) : o[0]])
                and (
                    UNCLOSED_APPOSITION.match(masked[o[1] : verb.start()])
                    or UNCLOSED_ROLE.match(masked[o[1] : verb.start()])
                )
            ]
        progressive = _PROGRESSIVE.search(masked[start : verb.start()])
        if cue.lower() in _SAYING and progressive is not None:
            aux = start + progressive.start()
            fitting = [o for o in options if o[1] <= aux and GAP.match(masked[o[1] : aux])]
        elif cue.lower() in PARTICIPLES:
            if unnamed_subject(masked, start, verb.start()):
                return Attribution(None, cue, p, verb.start())  # "with a spokesman stating"
            inverted = pronoun_before_participle(masked, start, verb.start())
            if inverted is not None:  # "Mr Blair has failed, he claimed, saying": not Blair
                speaker = self.lookup.subject(p, inverted[0], inverted[1], None)
                return Attribution(speaker, cue, p, verb.start())
            own = next(
                (
                    c.entity_id
                    for c in self.text.in_range(p, start, verb.start())
                    if WITH_NAME_END.fullmatch(masked, c.end, verb.start())
                    and WITH_BEFORE.search(masked, max(start, c.start - 40), c.start)
                ),
                None,
            )
            if own is not None:  # "…, with leader Charles Kennedy saying …": Kennedy's
                return Attribution(own, cue, p, verb.start())
            # "X told reporters that Hiller called 911, saying “…”": Hiller's words
            reported = reported_subject(masked, self.text.in_range(p, start, verb.start()))
            if reported is not None:
                return Attribution(reported, cue, p, verb.start())
            # "… met with Cheeks, describing …", "… directed the departments to review it,
            # stating …": a participle's subject, a name or a pronoun, opens the clause
            # (not one a preposition governs: "… the advice given by the Attorney
            # General, warning: “…”" is the sentence's subject's warning)
            fitting = [
                o
                for o in fitting
                if (
                    o[2] in ("description", "role", "document", "pair", "outlet")
                    and not after_preposition(masked, o[0])
                )
                or opens_clause(masked, start, o[0])
            ]
        openers = [(o[0], o[1], o[3]) for o in options if o[2] == "name" and o[3]]
        holder = opening_role_holder(masked, start, openers, verb.start())
        if holder is not None:  # "…, but Ann Bell, head of sales at the firm says": Bell,
            # also when nothing else fits ("Ann Bell, founder of the Bell Center said")
            return Attribution(holder, cue, p, verb.start())
        if fitting:
            chosen = fitting[0]
            if chosen[2] in ("role", "description", "referring", "document"):
                # "the Troy police chief, Charles Craft, said": the name says who (not a seat's)
                inside = chosen[1] if chosen[3] == "seat" else chosen[0]
                chosen = next((o for o in fitting if o[2] == "name" and o[0] >= inside), chosen)
            if (
                chosen[2] == "name"
                and _AFTER_INDEFINITE.search(masked, max(0, chosen[0] - 4), chosen[0])
                and not re.search(r"\b[a-z]", masked[chosen[0] : verb.start()])
                and cue.lower() in _PLAIN_CUES
            ):  # "a U.S. Banker told": a kind; not "a Foreign Office spokesman said" nor "a
                # BBC statement read" (whose cue is "statement read")
                return Attribution(None, cue, p, verb.start())
            speaker = self.lookup.subject(p, chosen[0], chosen[2], chosen[3])
            if chosen[2] == "name":  # "Gary Smith, head of retail at group Acme said"
                speaker = (
                    apposition_holder(self.text, p, start, chosen[0])
                    or aide_holder(self.text, p, start, chosen[0])
                    or speaker
                )
            if chosen[2] == "name" and self.lookup.shared_surname(p, chosen[0], chosen[1]):
                speaker = None
            return Attribution(speaker, cue, p, verb.start())
        if passive is not None:
            # "“…,” she is quoted as saying": a name or a pronoun right before it; not a
            # description ("the company was quoted as saying"), which a report quoting
            # another outlet uses for a body it may never have named
            subjects = [
                o
                for o in options
                if o[2] not in ("role", "description", "outlet")
                and GAP.match(masked[o[1] : passive.start()])
            ]
            if subjects:
                chosen = subjects[0]
                return Attribution(
                    self.lookup.subject(p, chosen[0], chosen[2], chosen[3]), cue, p, verb.start()
                )
        if COORDINATED.search(masked, start, verb.start()) and MASK in masked[verb.end() : end + 2]:
            subject = self.lookup.sentence_subject(p, verb.start())
            if subject is not None:
                return Attribution(subject, cue, p, verb.start())
        named = any(c.eligible for c in self.text.in_range(p, start, verb.start()))
        adding = adding_pronoun(masked, start, verb.start(), cue, named)
        if adding is not None:  # "He said X had …, adding: “…”": the pronoun's words
            speaker = self.lookup.subject(p, adding[0], adding[1], None)
            return Attribution(speaker, cue, p, verb.start())
        if cue.lower() in PARTICIPLES and passive is None:  # not "the Arsenal boss is quoted"
            subject = clause_subject(masked, self.text.in_range(p, start, verb.start()), start)
            opened = document_opens(self.text, p, verb.start()) if subject is None else None
            if opened is not None:  # "The statement expresses …, saying, “…”"
                subject = statement_speaker(self.text, p, opened)
            elif subject is None and not named:
                # "The Tory leader will call …, arguing": the title's holder; "The
                # Argentine had stoked … by saying": the one just talked about
                opening = opening_subject(masked, start, verb.start())
                subject = self.lookup.subject(p, *opening) if opening else None
            if subject is not None:  # "Acme CEO John Roe apologized, saying": Roe's
                return Attribution(
                    described_subject(self.text, p, start, subject), cue, p, verb.start()
                )
        if _EXCEPT_TO.search(masked, start, verb.start()):
            # "He would not give details, except to say, “…”": the sentence's subject
            subject = self.lookup.sentence_subject(p, verb.start())
            if subject is not None:
                return Attribution(subject, cue, p, verb.start())
        body = bare_spokesperson_body(self.text, p, verb.start())
        if body is not None:  # "Acme said …. But a spokesman added: “…”": Acme's
            return Attribution(body, cue, p, verb.start())
        bare = re.search(
            r"(?:^|[\s,])((?:[A-Z][\w'’.-]+\s+){0,2}[A-Z][\w'’-]+)\s+$",
            masked[start : verb.start()],
        )
        if bare is not None and not self.lookup.shared_surname(p, *bare.span(1)):
            speaker = self.lookup.person(bare.group(1), whole=False)
            if speaker is not None:
                return Attribution(speaker, cue, p, verb.start())
        return None

    def remember(self, attribution: Attribution) -> None:
        """Note a speaker: a later pronoun may refer to it."""
        if attribution.speaker is not None:
            self.spoken.append((attribution.paragraph, attribution.offset, attribution.speaker))


# when a document came out, between it and its verb: "The Boeing statement after the
# crash said:", "the ministry's statement on Monday said" (not "a statement on her
# website said", whose "her" tells whose it is)
_WHEN_ISSUED = re.compile(
    r"\s+(?:(?:issued|released|published)\s+)?(?:(?:after|before|following|last|earlier)\b"
    r"[^,.;:!?\"“”\x00]{1,40}?|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+"
)
# a name no one bears as the subject: "“…,” a U.S. Banker told Reuters" (a banker from the
# U.S., in the wire's capitals): someone of a kind, whom the text never names
_AFTER_INDEFINITE = re.compile(r"(?<![\w'’.-])[Aa]n?\s+$")
_PLAIN_CUES = frozenset(["said", "says", "told", "tells", "added", "adds", "noted", "explained"])
# a passive "asked" of the speaker's answer: "when asked", "if asked", "after being asked"
_WHEN_BEFORE = re.compile(r"\b(?:when|if|after\s+being|when\s+being)\s+$")


def _source_only(after: Attribution) -> bool:
    """Whether a cue after a quotation names no speaker of its own: it says where the
    report came from ("“…,” according to court records") or goes on with the subject of
    a cue before ("But he added, “…,” adding “…”"). A cue before the quotation that
    governs it names the speaker ("… and telling her, “…,” according to court records")."""
    cue = after.cue.lower()
    return after.speaker is None and (cue == "according to" or cue in _SAYING)
