"""Who "he", "she", "it" or "they" is at a place of one article: the person or body the
text last made a subject or a speaker, when no other one competes for it in the same
sentence and the text has not called that person by the other pronoun."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from ..resolve.wire import DATELINE
from .article_text import MASK, ArticleText, Candidate
from .clause_speakers import clause_speakers
from .cues import PERSON_PRONOUNS, SPEECH_VERB
from .described_speakers import speaking_description
from .document_owner import document_it_owner, document_owner
from .fronted_phrases import fronted_phrase_end
from .inverted_speakers import inverted_speakers
from .opening_participle import participle_clause_end
from .outlets import unnamed_outlet_opens
from .persons import coordinated, main_person, missed_speaker, missed_subjects, pronoun_chain
from .premodified import described
from .referring_roles import turned_to_described
from .relative_speakers import relative_speakers
from .repeated_pronoun import first_same_pronoun, opening_same_pronoun, opens_sentence
from .reported_complements import reported_words_end, reporting_pronoun, reporting_role
from .reported_leads import MAX_ROLE_WORDS
from .role_subjects import CONTRASTED, DESCRIBED, ROLE, role_subjects
from .spokesperson_pronouns import spokesperson_referent
from .unnamed import described_speaker

PRONOUN_REACH = 2  # paragraphs back in which a pronoun finds its person
_OPENING_WORDS = 3  # words before the name that opens a sentence ("Manchester United winger")
_DESCRIBED_RUN = 3  # sentences back a description's person is looked for
# a role's words before a name, capitalised or not, with no punctuation
_ROLE_WORDS_ONLY = re.compile(r"\s*(?:[\w'’&-]+\s+)+")


class Pronouns:
    """The pronouns of one article, read as its quotations are attributed in text order."""

    def __init__(
        self,
        text: ArticleText,
        names: Mapping[str, str],
        types: Mapping[str, str],
        gender: dict[str, str],
        spoken: list[tuple[int, int, str]],
        person: Callable[[str, bool], str | None],
        subject: Callable[[int, int, str, str | None], str | None],
    ) -> None:
        self.text = text
        self.names = names
        self.types = types
        self.gender = gender  # entity id -> "he" or "she": shared with the attributor
        self.spoken = spoken  # (paragraph, offset, entity id) of the speakers so far
        self.person = person  # the one person of the article some words name
        self.subject = subject  # the one a description ("the company") stands for

    def resolve(self, p: int, offset: int, pronoun: str) -> str | None:
        """The person (he, she) or organisation (it, they) a pronoun refers to, if clear."""
        t = self.text
        wanted = "person" if pronoun in PERSON_PRONOUNS else "organization"
        reach = PRONOUN_REACH if wanted == "person" else 1
        sentence = t.sentence_of(p, offset)
        # "Expressing certainty that Dr. Benjamin …, he said": not Benjamin
        opener = (
            participle_clause_end(t.masked[p], sentence, offset)
            or fronted_phrase_end(t.masked[p], sentence, offset)
            # "Mr Blair has failed …, he claimed": not Blair
            or reported_words_end(t.masked[p], sentence, offset)
        )
        owner = document_owner(t, p, sentence, offset) if wanted == "person" else None
        if owner is not None:  # "X's e-mail suggested …. In it, he said": X
            return self.agree(owner, pronoun)
        if pronoun == "it":  # "Mr Crosby's statement said: “…” It added": Crosby
            owner = document_it_owner(t, p, sentence, offset)
            if owner is not None:
                return owner
        named = [c for c in t.in_range(p, sentence, offset) if c.type == wanted]
        if opener is not None:
            named = []
        same = [c for c in named if c.eligible]
        subject = opening_same_pronoun(t.masked[p], sentence, offset, pronoun)
        if named and subject is not None:
            # "He said … Dr. Benjamin …, which he described as": the subject's "he"
            return self.resolve(p, subject, pronoun)
        if same and pronoun in PERSON_PRONOUNS:
            first = first_same_pronoun(t.masked[p], sentence, offset, pronoun)
            before = [c for c in named if first is not None and c.end <= first]
            if first is not None and not before:
                # "When he refused to support Harold Wilson …, he said": the first "he",
                # before every name, tells whom the later one means
                return self.resolve(p, first, pronoun)
            if (
                len({c.entity_id for c in named}) > 1
                and first is not None
                and len({c.entity_id for c in before}) == 1
                and all(c.eligible for c in before)
                and opens_sentence(t.masked[p], sentence, before[0].start)
            ):
                # the sentence's subject, whom its first "he" already meant
                return self.resolve(p, first, pronoun)
        if same:
            if len({c.entity_id for c in named}) > 1:
                # two people named in the sentence: "he" could be either, unless the
                # text has called all but one by the other pronoun ("Tara Reid's
                # representative Jack Ketsoyan left a statement …, he said")
                fitting = {c.entity_id for c in named if self.fits(c.entity_id, pronoun)}
                chosen = [c for c in same if c.entity_id in fitting]
                if len(fitting) != 1 or not chosen:
                    return None
                return self.agree(chosen[-1].entity_id, pronoun)
            return self.agree(same[-1].entity_id, pronoun)
        if not named and wanted == "person":
            # "A spokeswoman for X said …. She added": the body's spokeswoman
            body = spokesperson_referent(t, p, offset, pronoun)
            if body is not None:
                return body or None  # "": a spokesperson, for a body the text leaves untold
        if (
            wanted == "person"
            and lost_subject(t.masked, p)
            and not any(c.type == "person" for c in t.in_range(p, 0, offset))
        ):
            return None  # "was delighted to be paired with United. “…,” he said": unknown
        # earlier subjects and speakers, nearest first
        events: list[tuple[int, int, str]] = [
            (sp, so, c.entity_id)
            for sp, so, c in t.subjects
            if c.type == wanted and (sp, so) < (p, offset)
        ]
        subjects = set(events)
        events += [
            (sp, so, e)
            for sp, so, e in self.spoken
            if (sp, so) < (p, offset) and self.types.get(e) == wanted
        ]
        if opener is not None:
            events = [e for e in events if not (e[0] == p and sentence <= e[1] < opener)]
        first = self._window_start(p, reach, pronoun if wanted == "person" else "")
        events = [e for e in events if e[0] >= first]
        # a sentence opened by a name the model missed but found elsewhere in the article
        # ("O'Connor said Thursday his friend …" / "“…,” he said": John D. O'Connor)
        known = self._missed_subjects(first, p, offset) if wanted == "person" else {}
        events += [(sp, so, e) for (sp, so), e in known.items()]
        # "…, but Bracewell said McMillan …": a later clause's speaker, from its break on
        clauses = self._clause_speakers(first, p, offset, wanted)
        events += [(sp, so, e) for (sp, so), (e, _) in clauses.items()]
        # "… for Imelda Staunton, 49, who told BBC News …": the one a relative clause has speak
        events += relative_speakers(t, first, p, offset, wanted)
        # "…, said Mr Pollmann." / "“…,” he said": the one the cue named
        inverted = inverted_speakers(t, first, p, offset) if wanted == "person" else {}
        events += [(sp, so, e) for (sp, so), e in inverted.items()]
        # "The Tory leader was asked …": the person named with that role ("" if nobody)
        roles: dict[tuple[int, int], str] = {}
        if wanted == "person":
            roles = role_subjects(t.masked, t.everyone(), (first, 0), (p, offset))
            # the role is its sentence's subject: a name after it there is not
            # ("The Scot initially defended Beattie, whose …")
            opened = {(sp, t.sentence_of(sp, so)) for sp, so in roles}
            events = [
                (sp, so, e)
                for sp, so, e in events
                if (sp, so, e) not in subjects
                or (sp, t.sentence_of(sp, so)) not in opened
                or (sp, so) in roles
            ]
            events += [(sp, so, e) for (sp, so), e in roles.items()]
        events.sort()
        if wanted == "organization" and events and self._outlet_between(events[-1][:2], p, offset):
            return None  # "The Sunday Mail newspaper branded …. It said": not the one before
        if pronoun == "it":
            since = events[-1][:2] if events else (first, -1)
            said = speaking_description(t, since, p, offset)
            if said is not None:
                # "The daily said …. “…,” it said": the daily; when the body named last
                # is another one than the description is read as, either may be meant
                # (one sharing its first word is the same: "Contrack" and "Contrack
                # International")
                body = self.subject(*said)
                named_last = self.names.get(events[-1][2], "").split()[:1] if events else []
                one = body is not None and named_last == self.names.get(body, "").split()[:1]
                return body if not events or one else None
        if (
            wanted == "person"
            and events
            and turned_to_described(t, (events[-1][0], events[-1][1]), (p, offset))
        ):
            return None  # "The affair still rankles with the Dutchman. “…,” he said"
        for sp, so, entity_id in reversed(events):
            # a subject of words a later "he said" reports ("Tony Blair would be …, he
            # said. “…,” he promised"): the one that "he" means, not the subject
            reporter = self._reporter(sp, so) if wanted == "person" else None
            if reporter is not None and so < reporter and (sp, reporter) < (p, offset):
                if t.masked[sp][reporter : reporter + len(pronoun)].lower() != pronoun:
                    continue  # "…, she said": the subject is spoken of, and not hers
                return self.resolve(sp, reporter, pronoun)
            role = self._role_reporter(sp, so) if wanted == "person" else None
            if role is not None and so < role:
                continue  # "Mr Brown liked to …, the Tory leader said": Brown is spoken of
            body = self._body_reporter(sp, so) if wanted == "organization" else None
            if body is not None:
                return body  # "The EC is close to bankruptcy, the EC's Commission said"
            if entity_id == CONTRASTED:
                return self._contrasted(sp, so, pronoun)
            if entity_id == ROLE and described_speaker(t.masked, (sp, so), (p, offset)):
                return None  # "The dealer, who declined to be named, said …. “…,” he said"
            if entity_id in ("", DESCRIBED, ROLE):
                # a role or description the article tied to nobody: a description
                # ("The Brazilian confirmed …") is the person who opened the sentence
                # before; a role the article's main person, else that person; a
                # spokesperson's only the main person
                last = self._subject_before(sp, so, pronoun, roles) if entity_id else None
                if entity_id == DESCRIBED:  # "The 23-year-old" names nobody else
                    return None if last is None else self.agree(last, pronoun)
                main = self._main_person(sp, so, pronoun)
                if main is None and last is not None:
                    return self.agree(last, pronoun)
                their = "she" if pronoun == "he" else "he"
                if main is None and entity_id == ROLE and self._main_person(sp, so, their):
                    # the role is the main person, who takes the other pronoun: "The prime
                    # minister knows …. He must remember his clash with Sharron Storer,
                    # the Birmingham woman …. “…,” she told him"
                    main = self._only_one_fitting_before(p, offset, pronoun)
                return main
            if not self.fits(entity_id, pronoun):
                other = self._other_gender_named(sp, so, pronoun) if wanted == "person" else None
                if other is not None and (sp, other[1]) < (p, offset):
                    since = (sp, other[1])
                    if not missed_speaker(
                        t.masked, t.candidates, t.unlinked, since, (p, offset), known
                    ):
                        return self.agree(other[0], pronoun)
                    return None
                continue
            if (sp, so) in inverted and not missed_speaker(
                t.masked, t.candidates, t.unlinked, (sp, so), (p, offset), known
            ):
                return self.agree(entity_id, pronoun)  # over the sentence's subject
            # another one named earlier in the same sentence (other than as a possessive)
            # makes the pronoun ambiguous: "For Allton, Warhol was a legend. He said, ..."
            sentence_start = t.sentence_of(sp, so)
            if (sp, so) in clauses:
                sentence_start = clauses[(sp, so)][1]
            elif reporter is not None:  # "Mr Blair has “…”, he said": Blair is spoken of
                sentence_start = reporter
            elif role is not None:  # "…, the Tory leader said": so is a name before it
                sentence_start = role
            # a speaker who opened the sentence ("Simon Hughes branded Mr Howard “…” for
            # claiming …"): the names after the subject are no rivals
            upto = min(
                [so]
                + [
                    eo
                    for ep, eo, e in subjects
                    if (ep, e) == (sp, entity_id) and sentence_start <= eo
                ]
            )
            rivals = {
                c.entity_id
                for c in t.in_range(sp, sentence_start, upto + 1)
                if c.type == wanted and not c.possessive and (sp, c.start) not in t.subordinate
            }
            rivals |= {
                e
                for ep, eo, e in events
                if (ep, t.sentence_of(ep, eo)) == (sp, t.sentence_of(sp, so))
                and eo >= sentence_start
                # "The 31-year-old admitted …, calling it “…”", "the prime minister said":
                # the role or description of the one who spoke there, no rival
                and e not in (DESCRIBED, ROLE)
            }
            rivals |= coordinated(t.masked[sp], t.candidates.get(sp, []), so, wanted)
            # "Uefa suit Giorgio Marchetti takes …": the person is the one described
            at = [c for c in t.candidates.get(sp, ()) if c.start == so]
            after = described(t, sp, at[0]) if at and wanted == "person" else None
            if after is not None and after[1] and rivals <= {entity_id}:
                entity_id, rivals = after[0].entity_id, {after[0].entity_id}
                if not self.fits(entity_id, pronoun):
                    return None
            elif after is not None:
                rivals.add(after[0].entity_id)
            # one the text calls by the other pronoun is no rival for one it already
            # calls by this one: "Caroline Lucas welcomed Tony Blair's decision. She
            # added: “…”" (not for a name of no known sex: "Filmmaker and aviator Howard
            # Hughes pursued Page but she rebuffed him", the model's "Filmmaker")
            if self.gender.get(entity_id) == pronoun:
                rivals = {e for e in rivals if e == entity_id or self.fits(e, pronoun)}
            # nor when a speaker the model missed stands between ("O'Connor said …")
            since = (sp, sentence_start)
            if rivals <= {entity_id} and not missed_speaker(
                t.masked, t.candidates, t.unlinked, since, (p, offset), known
            ):
                return self.agree(entity_id, pronoun)
            return None
        if wanted == "person" and events:
            # none of them fits: "Mr Prater's sentiments were echoed by Christine Rush,
            # director of …. “…,” she said" is the one woman named just before
            alone = self._only_one_fitting_before(p, offset, pronoun)
            if alone is not None:
                return self.agree(alone, pronoun)
        if wanted != "person" or missed_speaker(
            t.masked, t.candidates, t.unlinked, (first, 0), (p, offset)
        ):
            return None
        alone = self._only_one_fitting_since(first, p, offset, pronoun)
        if alone is not None:  # "When Joy Rainey started …, she … / … / “…,” she said"
            return self.agree(alone, pronoun)
        main = self._main_person(p, offset, pronoun)
        if main is None and first > 0:
            main = self._only_person_so_far(p, offset, pronoun)
        return main

    def _outlet_between(self, since: tuple[int, int], p: int, offset: int) -> bool:
        """Whether a sentence after ``since`` and before ``(p, offset)`` opens with an
        outlet the model did not name."""
        t = self.text
        for q in range(since[0], p + 1):
            low = since[1] if q == since[0] else 0
            high = offset if q == p else len(t.masked[q])
            starts = [s for s in t.sentence_starts[q] if (q > since[0] or s > low) and s < high]
            known = (n for e, n in self.names.items() if self.types.get(e) == "organization")
            if unnamed_outlet_opens(t.masked[q], t.candidates.get(q, ()), starts, known):
                return True
        return False

    def _reporter(self, p: int, offset: int) -> int | None:
        """The "he" or "she" of a cue that reports the words opening the sentence at
        ``offset`` of paragraph ``p``, if there is one."""
        t = self.text
        return reporting_pronoun(t.masked[p], t.sentence_of(p, offset), t.sentence_end(p, offset))

    def _body_reporter(self, p: int, offset: int) -> str | None:
        """The body whose cue closes the sentence of ``offset`` after a comma and reports
        the words before it, when ``offset`` is in them: "The European Community is close
        to bankruptcy, the EC's Executive Commission said in a report" (the Commission)."""
        t = self.text
        masked = t.masked[p]
        start, end = t.sentence_of(p, offset), t.sentence_end(p, offset)
        verbs = list(SPEECH_VERB.finditer(masked, start, end))
        if not verbs:
            return None
        comma = masked.rfind(",", start, verbs[-1].start())
        if comma <= offset or len(masked[comma + 1 : verbs[-1].start()].split()) > 6:
            return None
        bodies = [c for c in t.in_range(p, comma, verbs[-1].start()) if c.type == "organization"]
        return bodies[-1].entity_id if bodies else None

    def _role_reporter(self, p: int, offset: int) -> int | None:
        """The role whose cue reports the words opening the sentence at ``offset``."""
        t = self.text
        return reporting_role(t.masked[p], t.sentence_of(p, offset), t.sentence_end(p, offset))

    def _only_person_so_far(self, p: int, offset: int, pronoun: str) -> str | None:
        """The one person the article has named before ``(p, offset)``, if a sentence
        opened with that name and the pronoun fits: paragraphs of quotations after "David
        Blunkett - who has resigned - built his reputation …" (not when a woman was named
        too: a man the model missed may be the one)."""
        people = [
            c
            for q in range(p + 1)
            for c in self.text.in_range(q, 0, offset if q == p else len(self.text.masked[q]))
            if c.type == "person"
        ]
        if len({c.entity_id for c in people}) != 1 or not self._opens(people[0]):
            return None
        return self._the_one_who_fits(people, pronoun)

    def _only_one_fitting_since(self, first: int, p: int, offset: int, pronoun: str) -> str | None:
        """The one person named from paragraph ``first`` up to the pronoun whom the text
        calls by it, named there once at least as more than a possessive, when everyone
        else named there is known by the other pronoun; else None."""
        t = self.text
        people = [
            c
            for q in range(first, p + 1)
            for c in t.in_range(q, 0, offset if q == p else len(t.masked[q]))
            if c.type == "person" and MASK not in t.masked[q][c.start : c.end]
        ]
        alone = self._the_one_who_fits(people, pronoun)
        if alone is None:
            return None
        # one a sentence opens with ("When Joy Rainey started"), not "Rafa Benitez's plans"
        # or "a row with Benitez" alone: that "he" may be a player the model missed
        return alone if any(self._opens(c) for c in people if c.entity_id == alone) else None

    def _opens(self, c: Candidate) -> bool:
        """Whether the name ``c`` stands, as more than a possessive, within the first
        three words of its sentence."""
        sentence = self.text.sentence_of(c.paragraph, c.start)
        opening = self.text.masked[c.paragraph][sentence : c.start]
        return not c.possessive and len(opening.split()) <= 2

    def _only_one_fitting_before(self, p: int, offset: int, pronoun: str) -> str | None:
        """The one person named in the sentence before the pronoun's (and in its own, up
        to it) whom the text already calls by this pronoun, when every other person named
        there is known by the other one; else None."""
        t = self.text
        before = t.sentence_before(p, t.sentence_of(p, offset))
        if before is None:
            return None
        q, start = before
        people = [c for c in t.in_range(q, start, len(t.masked[q])) if c.type == "person"]
        if q == p:
            people = [c for c in people if c.end <= offset]
        else:
            people += [c for c in t.in_range(p, 0, offset) if c.type == "person"]
        people = [c for c in people if MASK not in t.masked[c.paragraph][c.start : c.end]]
        return self._the_one_who_fits(people, pronoun)

    def _the_one_who_fits(self, people: Sequence[Candidate], pronoun: str) -> str | None:
        """The one of ``people`` the text calls by ``pronoun``, when all the others are
        known by the other one; else None."""
        known = {c.entity_id: self.gender.get(c.entity_id) for c in people}
        fitting = {e for e, g in known.items() if g == pronoun}
        if len(fitting) != 1 or any(g is None for g in known.values()):
            return None
        return fitting.pop()

    def _contrasted(self, p: int, start: int, pronoun: str) -> str | None:
        """The person "…, but the Scot admitted" means: not the first clause's subject
        (that one would be "he"), so the person the article is about, if that is not
        someone the sentence has named as more than a possessive ("Ferguson's striker
        Ruud van Nistelrooy is fit, but the Scot admitted": Ferguson), else nobody."""
        t = self.text
        sentence = t.sentence_of(p, start)
        main = self._main_person(p, start, pronoun)
        if main is None or any(
            c.entity_id == main and not c.possessive for c in t.in_range(p, sentence, start)
        ):
            return None
        return self.agree(main, pronoun)

    def _main_person(self, p: int, offset: int, pronoun: str) -> str | None:
        """The person the article is about, from its names before ``(p, offset)``."""
        named = [
            c for q, cs in self.text.candidates.items() for c in cs if (q, c.start) < (p, offset)
        ]
        return main_person(named, self.names, self.gender, pronoun)

    def _clause_speakers(
        self, first: int, p: int, offset: int, wanted: str
    ) -> dict[tuple[int, int], tuple[str, int]]:
        """The later main clauses' speakers (see :mod:`.clause_speakers`) from paragraph
        ``first`` up to ``(p, offset)``: (paragraph, offset) -> (entity id, clause start)."""
        t = self.text
        found = {}
        for q in range(first, p + 1):
            end = offset if q == p else len(t.masked[q])
            for c in clause_speakers(t, q, 0, end, wanted):
                found[(q, c.start)] = (c.entity_id, c.start)
        return found

    def _subject_before(
        self, p: int, start: int, pronoun: str, roles: Mapping[tuple[int, int], str]
    ) -> str | None:
        """The person who opens the sentence before the one starting at ``start``
        ("Ken Bates has completed his takeover … / The 73-year-old …"), if the pronoun
        fits; past sentences a description opens as well ("Johnson … / The American had
        … / And the American remains …"), a few at most."""
        t = self.text
        for _ in range(_DESCRIBED_RUN):
            if start > 0:
                q, low, high = p, t.sentence_of(p, start - 1), start
            elif p > 0 and t.masked[p - 1]:
                q, high = p - 1, len(t.masked[p - 1])
                low = t.sentence_of(q, high - 1)
            else:
                return None
            # a body that spoke through its spokesperson is no "he" ("A GM spokesman says
            # …. The former GM executive says …, he says")
            spoke = [
                e
                for sp, so, e in self.spoken
                if sp == q and low <= so < high and self.types.get(e) == "person"
            ]
            # or the one an inverted cue names ("Tony Blair has failed, Michael Howard
            # has said."), not the name the reported words open with
            spoke += [
                e for (sp, so), e in inverted_speakers(t, q, q, high).items() if low <= so < high
            ]
            # the sentence's speaker ("“…,” Umaga said."), else the name that opens it,
            # after a few words at most ("Everton manager David Moyes will …", not "None
            # more so than Henson, who … the likes of Brian O'Driscoll")
            opener = [
                c.entity_id
                for sp, so, c in t.subjects
                if sp == q
                and low <= so < high
                and c.type == "person"
                and _opens(t.masked[q], low, so)
            ]
            found = spoke or opener
            if found:
                return found[0] if self.fits(found[0], pronoun) else None
            if roles.get((q, low)) != DESCRIBED:
                return None
            p, start = q, low  # "The American had …": the one before that
        return None

    def _other_gender_named(self, p: int, offset: int, pronoun: str) -> tuple[str, int] | None:
        """In the sentence of a subject the pronoun does not fit ("Howard Hughes also
        pursued Page but she rebuffed him"), the one other person named there whom the
        text has called by this pronoun, when everyone else there has the other one: the
        pronoun's nearest person of its gender. (entity id, offset) or None."""
        t = self.text
        start = t.sentence_of(p, offset)
        people = [c for c in t.in_range(p, start, t.sentence_end(p, offset)) if c.type == "person"]
        fitting = {c.entity_id for c in people if self.gender.get(c.entity_id) == pronoun}
        if len(fitting) != 1 or any(
            self.gender.get(c.entity_id) in (None, pronoun)
            for c in people
            if c.entity_id not in fitting
        ):
            return None
        found = [c for c in people if c.entity_id in fitting and c.eligible]
        return (found[0].entity_id, found[0].start) if found else None

    def _missed_subjects(self, first: int, p: int, offset: int) -> dict[tuple[int, int], str]:
        """The people of the article that sentences from paragraph ``first`` up to
        ``(p, offset)`` open with, where the model missed the name: (paragraph, offset)
        -> entity id, for a name that is the one person's of the article it fits."""
        t = self.text
        found = {}
        for q, s, words in missed_subjects(t.masked, t.candidates, (first, 0), (p, offset)):
            speaker = self.person(words, False)
            if speaker is not None:
                found[(q, s)] = speaker
        return found

    def _window_start(self, p: int, reach: int, pronoun: str = "") -> int:
        """The first paragraph a pronoun in paragraph ``p`` looks back to: ``reach``
        paragraphs before the one where its quotation opened (a quotation over several
        paragraphs counts as one: "Kroon said … “… / … / …,” he said"), and further
        back over paragraphs that speak of the same "he" or "she" and name nobody
        (see :func:`.persons.pronoun_chain`)."""
        first = p
        while first > 0 and first in self.text.continued:
            first -= 1
        first = max(0, first - reach)
        if first in self.text.continued:
            first = self._run_start(first, p)
        return pronoun_chain(
            self.text.masked, self.text.candidates, self.text.unlinked, first, pronoun
        )

    def _run_start(self, first: int, p: int) -> int:
        """Where a look-back that starts at ``first``, inside a quotation over several
        paragraphs, begins: the paragraph that quotation opened in, when the lines
        between its end and ``p`` name its one speaker and nobody else ("“He and I
        talked …,” McDermott said." / "“That really stuck …" / "“…" / "“…”" / "In the
        end, those factors appealed more to McDermott …" / "“…,” he said"): the
        narrative keeps that speaker in view. Else ``first``: with nobody named between,
        the quotation's own speaker may be one it names inside its marks."""
        t = self.text
        opened = first
        while opened > 0 and opened in t.continued:
            opened -= 1
        end = first
        while end + 1 < p and end + 1 in t.continued:
            end += 1
        speakers = {e for q, _, e in self.spoken if opened <= q <= end}
        between = {
            c.entity_id
            for q in range(end + 1, p)
            for c in t.candidates.get(q, [])
            if c.type == "person"
        }
        return opened if len(speakers) == 1 and between == speakers else first

    def fits(self, entity_id: str, pronoun: str) -> bool:
        """Whether the text has not already called this person by the other pronoun."""
        known = self.gender.get(entity_id)
        return pronoun not in PERSON_PRONOUNS or known is None or known == pronoun

    def agree(self, entity_id: str, pronoun: str) -> str | None:
        """``entity_id`` if the pronoun fits it (and remember the pronoun for it)."""
        if not self.fits(entity_id, pronoun):
            return None
        if pronoun in PERSON_PRONOUNS:
            self.gender[entity_id] = pronoun
        return entity_id


def _opens(masked: str, start: int, name: int) -> bool:
    """Whether the name at ``name`` opens the sentence at ``start``: a few words at most
    before it, or its role's words alone ("Senate Banking Committee chairman William
    Proxmire says"), after a wire's dateline ("WASHINGTON, March 31 - ")."""
    dateline = DATELINE.match(masked, start) if start == 0 else None
    before = masked[dateline.end() if dateline else start : name]
    return len(before.split()) <= _OPENING_WORDS or (
        len(before.split()) <= MAX_ROLE_WORDS and _ROLE_WORDS_ONLY.fullmatch(before) is not None
    )


def lost_subject(masked: Sequence[str], p: int) -> bool:
    """Whether paragraph ``p`` opens its first sentence without its subject: a lower-case
    word after a paragraph that ended a sentence ("was delighted to be paired with …"),
    where a scraped page dropped a linked name. Its "he" is that lost person."""
    opening = masked[p].lstrip()[:1]
    return p > 0 and opening.islower() and masked[p - 1].rstrip()[-1:] in '.!?"”'
