"""Entity resolution: clean mentions, type them, and group them into archive-wide entities.

Steps, each driven by indexes (never a scan of all articles per entity):

1. **Mentions** (:mod:`.prepared`, per article): every name the NLP found (and
   capitalised words it missed, label ``CAND``) gets a normalised key, context roles
   ("Foreign Minister X", "X, the top diplomat", "X said") and type votes (model label,
   gazetteer, name head words, titles: :mod:`.mentions`; the other names of its list:
   :mod:`.lists`; a title, an author's verb, a kin or a newspaper's word around it:
   :mod:`.person_cues`; a trade and "with" before it, "an analyst with L.F. Rothschild",
   says a firm: :mod:`.employers`; a wire's dateline says a town and its share code a
   company: :mod:`.wire`). Junk is dropped: common words,
   demonyms, fragments, boilerplate, a role or rank alone (:mod:`.names`); words the
   model ran into a person's name are cut (:mod:`.leading_words`), a nationality opening
   it too ("Russian Dmitriy Bogdanov": :mod:`.person_cues`). A work's title ("whose
   films include ...", "Iris director Sir Richard Eyre") gets no page (:mod:`.works`).
   A country's generic body gets its country (:mod:`.countries`); a place standing for
   its sports team ("Creighton defeated Drake") is the team (:mod:`.teams`).
   An "X and Y" whose sides the archive names alone is two names, left unlinked
   (:mod:`.joined`).
   Capitalised words the model missed that speak ("Eyewitness News asked", "according to
   EW"), end in a company's legal form ("Spar Aerospace Ltd") or stand beside what only a
   person has ("Darcy Davies, an agriculture student"),
   and a one-word name that speaks after its age ("And Edu, 26, added"), get a page of
   their own (:mod:`.speakers`). A news outlet's title the model cut after
   its town ("the Hollywood Reporter" read as "Hollywood") or missed after a medium's
   word ("trade publication Variety") is the outlet (:mod:`.media`).
2. **Name groups** (:mod:`.archive`): mentions with the same key (after known short
   forms: U.S. -> United States) form a group; acronyms defined in the text ("CNA (Center
   for Naval Analyses)", a translated name's "(PMDB)") join their full form
   (:mod:`.defined_acronyms`); a one-word short form joins the full name
   of its story or the archive's only one ending with it ("Duma", "Saints"), a team named
   by its place its team (:mod:`.short_forms`). A name the model cut in two ("June 19 -
   Standard" / "Poor's Corp", "Moody" of "Moody's") links each part to the whole name
   the archive writes elsewhere (:mod:`.cut_names`).
3. **Person names** (:mod:`.people`): full names that differ by a misspelling merge when
   the evidence agrees (same first name or surname, string similarity, same type, no
   co-occurrence as two people; across articles, a shared role or some company). A bare
   surname goes to the full name in the same article (the title in context first, then
   the nearest preceding full mention), else to the
   only person in the archive with that surname (or a near spelling of it). A full name
   the model read as a body or place still takes its bare surname when the story reads
   that word as a person (:mod:`.surnames`). Where two people of the article share the
   surname, it goes to the first one named (:mod:`.namesakes`). A surname the gazetteer
   reads as a body ("Wagner" as the Wagner Group) is the surname of the person its
   article names in full ("Allan Wagner"), unless the article names the body too
   (:mod:`.body_surnames`). A peer's titled name ("Lord Kinnock") joins a full name only
   in an article naming both, when the given name is not the other sex's (:mod:`.peers`).
   A first name alone goes to the only person of it named with the same company, and
   one first name written two ways ("Jon"/"John Owen") is one person
   (:mod:`.first_names`).
   A blended nickname ("LiLo") joins the person of its story it abbreviates
   (:mod:`.blends`); a nickname and surname ("Lucky Luciano") the person written with
   that nickname inside the name ('Charles "Lucky" Luciano': :mod:`.written_nicknames`).
4. **Variants** (:mod:`.variants`, :mod:`.nicknames`): one body's names that news
   varies join: a town before or after the name ("Malibu Promises Treatment Center",
   "Comic Corps of Canada"), a town's government ("City of Palmer"), a site's namesake
   ("Cliffside" for "Cliffside Rehab Center", "Mount Cook" for its park), a name spaced
   two ways ("Trailblazers", "Trail Blazers"), a clinic's
   generic words, a team's nickname written after its place ("Creighton Bluejays") or
   clipped ("Jags"). A one-word name the model typed a person that opens the name of an
   organisation of its stories, with no person's cue of its own, is the organisation
   ("Lycos" of "Lycos Europe"; not "Ford" where the archive names Gerald Ford):
   :mod:`.firm_first_words`. A company's name misspelt by a letter left out in a story
   that spells it right more often ("a Pennzol spokesman") is that company
   (:mod:`.misspellings`).
5. **Entities** (:mod:`.entities`): one type per entity by votes over all its mentions;
   the canonical name is the best-supported full form. Curation is applied last, so it
   always wins (:mod:`.curate`).
"""

from __future__ import annotations

from ..curation import Curation
from ..models import Article, Extraction, Resolution
from .archive import Resolver
from .blends import join_blended_nicknames
from .curate import CurationApplier
from .cut_names import link_names_cut_in_two
from .defined_acronyms import join_defined_acronyms
from .entities import canonical_name, make_resolution
from .firm_first_words import type_bodies_named_by_first_word
from .joined import drop_two_names_joined
from .leading_words import join_full_names_after_leading_words
from .mentions import MentionRecord
from .misspellings import join_misspelt_names_in_one_story
from .names import acronym_of, set_in_capitals, similarity
from .nicknames import join_clipped_team_nicknames, join_nicknames_after_their_team
from .people import resolve_people
from .prepared import (
    MentionsProvider,
    PreparedMentions,
    PreparedRow,
    prepare_mentions,
)
from .short_forms import link_short_forms
from .variants import (
    join_care_facility_variants,
    join_names_after_their_place,
    join_names_spaced_apart,
    join_sites_to_their_namesake,
    join_towns_to_their_municipality,
)
from .written_nicknames import join_written_nicknames

__all__ = [
    "MentionsProvider",
    "PreparedMentions",
    "PreparedRow",
    "acronym_of",
    "prepare_mentions",
    "resolve_entities",
    "similarity",
]


def resolve_entities(
    articles: list[Article],
    extractions: dict[str, Extraction],
    curation: Curation | None,
    prepared: MentionsProvider | None = None,
) -> Resolution:
    """Group the mentions of all articles into entities; curated facts win.

    ``prepared(article, extraction)`` gives the article-local half of each article's
    mentions (e.g. from a cache); by default it is computed here.
    """
    r = Resolver(articles, extractions)
    r.collect(prepared)
    r.drop_headline_fragments()
    drop_two_names_joined(r)
    r.group_names()
    join_defined_acronyms(r)
    r.join_acronyms()
    link_names_cut_in_two(r)
    resolve_people(r)
    join_blended_nicknames(r)
    join_written_nicknames(r)
    join_full_names_after_leading_words(r)
    link_short_forms(r)
    join_names_after_their_place(r)
    join_towns_to_their_municipality(r)
    join_nicknames_after_their_team(r)
    join_clipped_team_nicknames(r)
    type_bodies_named_by_first_word(r)
    r.link_candidates()
    join_care_facility_variants(r)
    join_sites_to_their_namesake(r)
    join_names_spaced_apart(r)
    r.merge_near_spellings()
    join_misspelt_names_in_one_story(r)
    clusters = r.clusters()

    def in_capitals(m: MentionRecord) -> bool:
        return set_in_capitals(r.paragraphs[m.article][m.paragraph], m.start)

    for c in clusters.values():
        c.name, c.aliases = canonical_name(c, in_capitals)
    warnings: list[str] = []
    if curation is not None and not curation.is_empty:
        applier = CurationApplier(r, clusters, curation)
        applier.apply()
        warnings = applier.warnings
    return make_resolution(r, clusters, warnings)
