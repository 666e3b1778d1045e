"""Hypothesis strategies for notes: any valid note, for round trips and robustness tests."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from briefing.model import (
    ChronologyEntry,
    DocumentKind,
    DocumentStatus,
    ExpectedDocument,
    Meta,
    Note,
    PartialDate,
    Participant,
    Press,
    ProgrammeItem,
    Provenance,
    Purpose,
    Role,
    Section,
    SectionKind,
    Side,
    Source,
    Span,
    Visit,
)

text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)
short = st.text(max_size=12)
dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
partial_dates = st.one_of(
    st.none(),
    dates.map(PartialDate.from_date),
    dates.map(lambda d: PartialDate(d.year, d.month)),
)
codes = st.sampled_from(["", "BY", "CN", "DE", "RU", "FR", "GB", "US"])
provenance = st.builds(
    Provenance,
    spans=st.lists(
        st.builds(lambda s, n: Span(source_id="s1", start=s, end=s + n), st.integers(0, 50), st.integers(0, 20)),
        max_size=2,
    ).map(tuple),
    confirmed=st.booleans(),
    rule=st.one_of(st.none(), short),
    confidence=st.one_of(st.none(), st.floats(0, 1)),
)
evidence = st.dictionaries(st.sampled_from(["name", "function", "date", "title"]), provenance, max_size=2)

participants = st.builds(
    Participant, name=text, function=text, organisation=text, country=codes,
    side=st.sampled_from(Side), role=st.one_of(st.none(), st.sampled_from(Role)), notes=text,
    evidence=evidence,
)
documents = st.builds(
    ExpectedDocument, title=text, kind=st.one_of(st.none(), st.sampled_from(DocumentKind)),
    parties=st.lists(text, max_size=3).map(tuple), status=st.sampled_from(DocumentStatus),
    date=partial_dates, notes=text, evidence=evidence,
)
chronology = st.builds(ChronologyEntry, date=partial_dates, text=text, evidence=evidence)
programme = st.builds(
    ProgrammeItem, date=partial_dates, time=short, place=text, event=text,
    press=st.one_of(st.none(), st.sampled_from(Press)),
)
visits = st.builds(
    Visit, guest_country=codes, host_country=codes, start=partial_dates, end=partial_dates,
    places=st.lists(text, max_size=3).map(tuple), occasion=text,
    purpose=st.lists(text, max_size=3).map(tuple), sectors=st.lists(text, max_size=3).map(tuple),
    programme=st.lists(programme, max_size=3).map(tuple), evidence=evidence,
)
metas = st.builds(
    Meta, title=text, classification=text, file_reference=text, unit=text, author=text,
    phone=short, addressee=text, routing=text, purpose=st.sampled_from(Purpose),
    date=st.one_of(st.none(), dates), as_of=st.one_of(st.none(), dates),
    deadline=st.one_of(st.none(), dates), clearances=st.lists(text, max_size=2).map(tuple),
    language=st.sampled_from(["de", "en"]), template=short,
)
sources = st.builds(
    Source, id=st.just("s1"), text=st.text(max_size=200), title=text, agency=text, place=text,
    published=st.one_of(st.none(), dates), url=short, language=st.sampled_from(["de", "en", "ru", ""]),
)
sections = st.lists(
    st.builds(Section, key=st.sampled_from(["summary", "talking_points", "x1", "x2", "visit"]),
              heading=text, kind=st.sampled_from(SectionKind), text=text),
    max_size=5, unique_by=lambda section: section.key,
).map(tuple)

notes = st.builds(
    Note, meta=metas, sources=st.lists(sources, max_size=1).map(tuple), visit=visits,
    participants=st.lists(participants, max_size=4).map(tuple),
    documents=st.lists(documents, max_size=3).map(tuple),
    chronology=st.lists(chronology, max_size=3).map(tuple), sections=sections,
)
