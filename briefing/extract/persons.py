"""Persons with their functions: "title + name", "name, title", merged across mentions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing.extract.gazetteer import Place
from briefing.extract.russian_names import nominative_word as _nominative_word
from briefing.extract.russian_names import russian_nominative as _russian_nominative
from briefing.extract.text import Doc, russian_known, russian_parse
from briefing.extract.vocab import Vocabulary

_NAME_TAGS = {"Name", "Surn", "Patr"}
_AND = {"und", "and", "и"}
# Particles that follow another one only ("von der Leyen", "van den Berg").
_SECOND_PARTICLES = {"der", "den", "дер"}
_INITIAL = re.compile(r"^[A-ZА-ЯЁ]\.$")


@dataclass
class Mention:
    """One passage naming a person, with what it says about them."""

    name_span: tuple[int, int]
    name: str
    function: str = ""
    function_span: tuple[int, int] | None = None
    country: str = ""
    country_span: tuple[int, int] | None = None
    token: int = 0
    rule: str = ""


@dataclass
class Person:
    """A person merged from every mention, in order of first mention."""

    name: str
    mentions: list[Mention] = field(default_factory=list)

    @property
    def key(self) -> str:
        return self.name.split()[-1].casefold() if self.name else ""

    @property
    def function(self) -> Mention | None:
        """The mention with the fullest function ("Minister of State" over "Sheikh")."""
        with_function = [m for m in self.mentions if m.function]
        return max(with_function, key=lambda m: len(m.function.split()), default=None)

    @property
    def country(self) -> Mention | None:
        return next((m for m in self.mentions if m.country), None)


class PersonFinder:
    """Finds persons in one document, using its places for countries and stops."""

    def __init__(self, doc: Doc, vocab: Vocabulary, places: list[Place]) -> None:
        self.doc, self.vocab = doc, vocab
        self.norms = [token.norm for token in doc.tokens]
        self.place_at = {}
        for place in places:
            for index in range(place.first_token, place.last_token):
                self.place_at.setdefault(index, place)
        raw = vocab.raw
        self.links = {w.lower() for w in raw.get("title_links", [])}
        self.particles = {w.lower() for w in raw.get("name_particles", [])}
        self._name_memo: dict[int, bool] = {}
        self.honorifics = {w.lower() for w in raw.get("honorifics", [])}
        self.country_prefixes = raw.get("title_country_prefixes", {})
        self.portfolio = {w.lower() for phrase in raw.get("portfolios", []) for w in phrase.split()}
        self.noun_endings = tuple(raw.get("noun_endings", []))
        from briefing.extract.dates import _calendar

        months, weekdays = _calendar(doc.language)
        self.calendar = {w.lower() for w in list(months) + list(weekdays)}

    def gap(self, left: int, right: int) -> str:
        """The text between two tokens."""
        return self.doc.text[self.doc.tokens[left].end:self.doc.tokens[right].start]

    def title_at(self, index: int) -> tuple[int, str] | None:
        return self.vocab.titles.match(self.norms, index)

    def is_name_token(self, index: int) -> bool:
        """True for a capitalised word that may be part of a person's name."""
        known = self._name_memo.get(index)
        if known is None:
            known = self._name_memo[index] = self._is_name_token(index)
        return known

    def _is_name_token(self, index: int) -> bool:
        token = self.doc.tokens[index]
        text = token.text
        if len(text) == 1 and text.isupper() and self.doc.text[token.end:token.end + 1] == ".":
            return True
        if self._particle_word(text):
            return True  # "al-Harthi", "аль-Масри", "El-Sayed": a particle joined to its surname
        if not text[:1].isupper() or text.isdigit() or index in self.place_at:
            return False
        if token.norm in self.vocab.not_names or text.lower() in self.vocab.not_names:
            return False
        if token.norm in self.vocab.stopwords or text.lower() in self.calendar or self.title_at(index):
            return False
        if self.noun_endings and token.norm.endswith(self.noun_endings):
            return False
        if self.vocab.documents.match(self.norms, index) or self.vocab.institutions.match(self.norms, index):
            return False
        if self.doc.language == "ru":
            parse = russian_parse(text.lower())
            tags = set(str(parse.tag).replace(" ", ",").split(","))
            if russian_known(text.lower()) and not (_NAME_TAGS & tags) and "Abbr" not in tags:
                return False
        if text.isupper() and len(text) > 1:
            return False
        return True

    def _initial(self, index: int) -> bool:
        """"И." of "И.В.Ткаченко": an initial, never the conjunction."""
        token = self.doc.tokens[index]
        return len(token.text) == 1 and token.text.isupper() and self.doc.text[token.end:token.end + 1] == "."

    def _particle_word(self, text: str) -> bool:
        head, dash, rest = text.partition("-")
        return bool(dash) and head.lower() in self.particles and rest[:1].isupper() and len(rest) > 1

    def _listed_portfolio(self, index: int, after_link: bool) -> bool:
        token = self.doc.tokens[index]
        if self.doc.language == "ru":
            return token.text.islower() and self.complement_word(index, after_link)
        if self.doc.language == "de":
            return after_link and token.text[:1].isupper() and not self.is_name_token(index)
        return after_link and token.norm in self.portfolio

    def complement_word(self, index: int, after_link: bool) -> bool:
        """True for a word that continues a title ("of Foreign Affairs", "иностранных дел")."""
        token, language = self.doc.tokens[index], self.doc.language
        if language == "ru":
            tags = str(russian_parse(token.text.lower()).tag)
            return "gent" in tags and not self.is_name_token(index)
        if not after_link:
            return False
        if language == "en":
            return token.norm in self.portfolio or not token.text[:1].isupper() \
                or bool(self.vocab.institutions.match(self.norms, index)) or self._run_to_comma(index)
        if not self.is_name_token(index) or self._run_to_comma(index):
            return True
        following = index + 1
        return not (following < len(self.norms) and self.gap(index, following) == " "
                    and self.is_name_token(following))

    def _run_to_comma(self, index: int) -> bool:
        """True when capitalised words run from ``index`` to a comma followed by a name."""
        for ahead in range(index, min(index + 5, len(self.norms) - 1)):
            gap = self.gap(ahead, ahead + 1)
            if gap.strip() == ",":
                return self.is_name_token(ahead + 1)
            if gap != " " or not self.doc.tokens[ahead + 1].text[:1].isupper():
                return False
        return False

    def _leads_name(self, index: int, end: int) -> bool:
        """A Russian capitalised word the dictionary reads otherwise ("Давит", "Ле") before a surname."""
        token = self.doc.tokens[index]
        if not (self.doc.language == "ru" and token.text[:1].isupper() and not token.text.isupper()
                and index not in self.place_at and not self.title_at(index)
                and token.norm not in self.vocab.not_names and token.norm not in self.vocab.stopwords):
            return False
        # "Ли Мин", "Давит Оганесян": capitalised words the dictionary also knows as common words.
        following = index + 1
        return following < end and self.gap(index, following) == " " and (
            self.is_name_token(following) or self._leads_name(following, end)
            or (self.doc.tokens[following].text[:1].isupper() and following not in self.place_at
                and not self.doc.tokens[following].text.isupper() and not self.title_at(following)
                and (following + 1 >= end or not self.doc.tokens[following + 1].text[:1].isupper())))

    def _capitalised_free(self, index: int) -> bool:
        token = self.doc.tokens[index]
        return token.text[:1].isupper() and not token.text.isupper() and index not in self.place_at \
            and not self.title_at(index) and token.norm not in self.vocab.not_names

    def read_name(self, index: int, end: int) -> int:
        """The index after a name starting at ``index`` (``index`` when there is none)."""
        limit = 5 if self.doc.language == "en" else 4  # "María Fernanda Ruiz de la Peña", "Do Thi Minh Ngoc"
        taken, cursor = 0, index
        while cursor < end and self.norms[cursor] in self.honorifics:
            cursor += 1
            index += 1
            if cursor < end and self.doc.text[self.doc.tokens[cursor - 1].end:self.doc.tokens[cursor].start].startswith("."):
                pass
        while cursor < end and taken < limit + 1:
            gap = self.gap(cursor - 1, cursor) if cursor > index else " "
            initial = cursor > index and len(self.doc.tokens[cursor - 1].text) == 1
            if not (re.fullmatch(r"[ \u00a0]", gap) or (initial and re.fullmatch(r"\. ?", gap))):
                break
            if self.is_name_token(cursor) or (taken == 0 and self._leads_name(cursor, end)) \
                    or (taken >= 1 and self.doc.language == "ru" and self._capitalised_free(cursor)):
                taken += 1
                cursor += 1
                continue
            # "Ursula von der Leyen", "Hamad Al Kuwari", "Luis de la Fuente": up to two particles
            # between the given name and the surname.
            if cursor > index and self.norms[cursor] in self.particles and self.norms[cursor] not in _SECOND_PARTICLES:
                ahead = cursor + 1
                if ahead < end and self.norms[ahead] in self.particles and self.gap(cursor, ahead) == " ":
                    ahead += 1
                if ahead < end and self.gap(ahead - 1, ahead) == " " and self.is_name_token(ahead):
                    cursor = ahead
                    continue
            break
        if taken > limit:
            cursor -= 1
        return cursor

    def nominative(self, start: int, stop: int, case: str | None = None) -> str:
        """The name as written; Russian names in the nominative (``case``: the title's case)."""
        words = []
        for i in range(start, stop):
            word = self.doc.tokens[i].text
            if len(word) == 1 and word.isupper() and self.doc.text[self.doc.tokens[i].end:][:1] == ".":
                word += "."
            elif self.doc.language == "ru" and self._particle_word(word):
                head, _, rest = word.partition("-")
                word = f"{head}-{_russian_nominative(rest, case)}"
            elif self.doc.language == "ru" and word.lower() in self.particles:
                pass
            elif self.doc.language == "ru":
                word = _russian_nominative(word, case)
            words.append(word)
        return " ".join(words)

    def find(self) -> list[Mention]:
        mentions: list[Mention] = []
        done = 0
        for index in self.vocab.titles.candidates(self.norms):
            if index < done:
                continue
            hit = self.title_at(index)
            if hit is None:
                continue
            sentence = self.doc.sentences[self.doc.sentence_index(self.doc.tokens[index].start)]
            if not sentence.first <= index < sentence.last:
                continue
            found, done = self._from_title(index, hit[0], sentence.first, sentence.last)
            mentions.extend(found)
        return mentions

    def _from_title(self, index: int, size: int, first: int, last: int):
        tokens = self.doc.tokens
        start = index
        while start > first and (self.norms[start - 1] in self.vocab.title_modifiers
                                 or (self.doc.language == "en" and self.is_name_token(start - 1)
                                     and start - 1 > first and not self.is_name_token(start - 2)
                                     and tokens[start - 1].text[:1].isupper()
                                     and self.gap(start - 1, start) == " ")):
            start -= 1
        country, country_span = "", None
        before = self.place_at.get(start - 1)
        if before is not None and before.kind in ("adjective", "country"):
            country, country_span = before.code, (before.start, before.end)
        word = tokens[index].text
        for prefix, code in self.country_prefixes.items():
            if word.startswith(prefix) and not country:
                country, country_span = code, (tokens[index].start, tokens[index].end)
        function_end = cursor = index + size
        after_link, count = False, 0
        second_country = None
        while cursor < last and count < 8:
            gap = self.gap(cursor - 1, cursor).strip()
            if gap and not (gap == "," and function_end > index + size and self._listed_portfolio(cursor, after_link)):
                break  # "Minister of Trade, Industry and Energy": a comma inside a list of portfolios goes on
            place = self.place_at.get(cursor)
            if place is not None and (place.kind != "adjective" or after_link):
                if not country:
                    country, country_span = place.code, (place.start, place.end)
                cursor = place.last_token
                # "Министры иностранных дел Египта и ОАЭ Тарек Фахми и Хамдан Аль Мансури"
                if cursor + 1 < last and self.norms[cursor] in _AND and cursor + 1 in self.place_at \
                        and not self.gap(cursor - 1, cursor).strip():
                    other = self.place_at[cursor + 1]
                    second_country = (other.code, (other.start, other.end))
                    cursor = other.last_token
                # "der Botschafter Usbekistans in Deutschland, Sardor Ismoilov"
                ahead = cursor
                while ahead < min(last, cursor + 3) and not self.gap(ahead - 1, ahead).strip() \
                        and not self._initial(ahead) \
                        and (self.norms[ahead] in self.links | {"in", "в", "to"} or ahead in self.place_at):
                    ahead += 1
                if ahead > cursor and ahead < last and (self.gap(ahead - 1, ahead).strip() == ","
                                                        or self.gap(ahead - 1, ahead) == " "
                                                        and ahead - 1 in self.place_at and self.is_name_token(ahead)):
                    cursor = ahead  # "посол России в Анголе Владимир Гусаков": the name follows the place
                break
            norm = self.norms[cursor]
            if norm in ("in", "в", "to") and cursor + 1 < last and cursor + 1 in self.place_at \
                    and self.place_at[cursor + 1].kind != "adjective" and not self.gap(cursor, cursor + 1).strip():
                # "Botschafter in Senegal, Jörg ...": the place of the post, not the person's country
                ahead = self.place_at[cursor + 1].last_token
                if ahead < last and (self.gap(ahead - 1, ahead).strip() == ","
                                     or self.gap(ahead - 1, ahead) == " " and self.is_name_token(ahead)):
                    cursor = ahead
                break
            if tokens[cursor].text.isdigit():
                break
            if norm in self.links:
                after_link = True
            elif self.doc.language != "ru" and self.title_at(cursor):
                break
            elif self.complement_word(cursor, after_link):
                function_end = cursor + 1
            else:
                break
            cursor += 1
            count += 1
        while cursor > function_end and self.norms[cursor - 1] in self.links:
            cursor -= 1
        joined = self._joined_title(start, index, function_end, cursor, last, country, country_span)
        if joined is not None:
            return joined
        # A comma then the name ("Der Industrieminister der Republik Belarus, Andrej Kusnezow")
        name_start = cursor
        if cursor < last and self.gap(cursor - 1, cursor).strip() == ",":
            name_start = cursor
        name_end = self.read_name(name_start, last) if name_start < last else name_start
        rule = "person.title_name"
        if name_end == name_start:
            # "Andrej Kusnezow, Industrieminister": a name before the title, behind a comma.
            back = start - 1
            if back >= first and self.gap(back, start).strip() == ",":
                name_end, probe = back + 1, back
                while probe >= first and self.is_name_token(probe) and back - probe < 4:
                    probe -= 1
                name_start = probe + 1
                if name_start >= name_end:
                    return [], index + size
                rule = "person.name_apposition"
            else:
                return [], index + size
        if name_end - name_start == 1 and name_start + 1 < last and self.doc.language != "ru" \
                and self.doc.tokens[name_start].text.endswith("."):
            return [], index + size
        case = tokens[index].text if self.doc.language == "ru" else None
        name = self.nominative(name_start, name_end, case if rule == "person.title_name" else None)
        function = self.doc.text[tokens[start].start:tokens[function_end - 1].end]
        if self.doc.language == "ru":
            function = self._nominative_title(function, tokens[index].text)
        mention = Mention(
            name_span=(tokens[name_start].start, tokens[name_end - 1].end), name=name,
            function=function, function_span=(tokens[start].start, tokens[function_end - 1].end),
            country=country, country_span=country_span, token=name_start, rule=rule,
        )
        mentions = [mention]
        # "Prime Ministers Tran Quoc Minh and Khamphay Vongsa": a second name shares the title.
        if name_end + 1 < last and self.norms[name_end] in _AND and self.gap(name_end - 1, name_end) == " ":
            second_end = self.read_name(name_end + 1, last)
            # "... and First Vice Foreign Minister Kim": words opening a title of their own are no name
            if second_end - (name_end + 1) >= 2 and not any(
                    self.norms[k] in self.vocab.title_modifiers for k in range(name_end + 1, second_end)) \
                    and not (second_end < last and self.title_at(second_end)):
                code, code_span = second_country or (country, country_span)
                mentions.append(Mention(
                    name_span=(tokens[name_end + 1].start, tokens[second_end - 1].end),
                    name=self.nominative(name_end + 1, second_end, case if rule == "person.title_name" else None),
                    function=function, function_span=mention.function_span, country=code,
                    country_span=code_span, token=name_end + 1, rule="person.title_coordinated"))
                name_end = second_end
        return mentions, max(name_end, index + size)


    def _joined_title(self, start, index, function_end, cursor, last, country, country_span):
        """"Deputy Prime Minister and Foreign Minister Bui Thanh Son": two titles, one person."""
        if not (cursor + 1 < last and self.norms[cursor] in _AND and self.gap(cursor - 1, cursor) == " "):
            return None
        ahead = cursor + 1
        while ahead < last and ahead - cursor <= 3 and self.norms[ahead] in self.vocab.title_modifiers \
                and not self.title_at(ahead):
            ahead += 1
        hit = self.title_at(ahead) if ahead < last else None
        if hit is None:
            return None
        found, done = self._from_title(ahead, hit[0], cursor + 1, last)
        if len(found) != 1 or found[0].rule != "person.title_name":
            return None  # a second title with names of its own is another person
        tokens = self.doc.tokens
        first = self.doc.text[tokens[start].start:tokens[function_end - 1].end]
        if self.doc.language == "ru":
            first = self._nominative_title(first, tokens[index].text)
        mention = found[0]
        mention.function = f"{first} {tokens[cursor].text} {mention.function}"
        mention.function_span = (tokens[start].start, mention.function_span[1])
        if country and not mention.country:
            mention.country, mention.country_span = country, country_span
        return found, done

    def _nominative_title(self, function: str, head: str) -> str:
        return function.replace(head, _nominative_word(head), 1)


def merge(mentions: list[Mention]) -> list[Person]:
    """One person per surname: a lone surname joins the person whose name holds it."""
    people: list[Person] = []
    for mention in mentions:
        words = [w.casefold() for w in mention.name.split()]
        match = None
        for person in people:
            known = [w.casefold() for w in person.name.split()]
            shorter, longer = sorted((words, known), key=len)
            if words[-1] == known[-1] or all(word in longer for word in shorter):
                match = person
                break
        if match is None:
            people.append(Person(mention.name, [mention]))
        else:
            match.mentions.append(mention)
            if len(mention.name.split()) > len(match.name.split()):
                match.name = mention.name
    return people


def find_people(doc: Doc, vocab: Vocabulary, places: list[Place]) -> list[Person]:
    """Every titled person of ``doc``, merged across mentions."""
    return merge(PersonFinder(doc, vocab, places).find())
