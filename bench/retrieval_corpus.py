"""The retrieval benchmark's corpus, written by the project: long multi-session conversations with planted facts.

Deterministic (seeded). Each conversation is between two named people over ten or more
sessions weeks apart, like the long-conversation benchmarks recall search is judged by:
greetings that name the other person ("Sure, Maria!"), small talk, and planted facts
that questions later ask about. Each question knows its evidence (the turns that answer
it) and its kind:

- `single`: the fact is stated in one turn and the question shares its topic words;
- `adjacent`: the other person asks, the answer is the *next* turn, which shares few
  words with the question ("How long have you done yoga?" -> "Six years now");
- `paraphrase`: the question shares no content word with the evidence;
- `temporal`: "when did ..." about an event told in a dated session;
- `multi-hop`: two turns in different sessions are both needed;
- `chinese`: a conversation in Chinese, asked in Chinese.

Every question names the person it is about, so the person's name matches half the
turns of the conversation (the trap a participant name sets for full-text ranking).
Distractor turns share a fact's topic words without answering it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta


@dataclass
class Turn:
    speaker: str
    text: str
    session: int
    time: float  # seconds since the epoch

    def content(self) -> str:
        return f"{self.speaker}: {self.text}"


@dataclass
class Question:
    text: str
    evidence: list[int]  # indexes into Conversation.turns
    kind: str


@dataclass
class Conversation:
    name: str
    speakers: tuple[str, str]
    language: str
    turns: list[Turn] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)


# A fact: who says what, what asks about it. {p} is the person the fact is about, {o} the other.
# style "statement": {p} says `say`; "adjacent": {o} asks `ask`, {p} answers `say`.
@dataclass(frozen=True)
class Fact:
    style: str
    say: str
    question: str
    kind: str
    ask: str = ""
    distractors: tuple[str, ...] = ()
    slots: dict[str, tuple[str, ...]] = field(default_factory=dict)


EN_FACTS = [
    Fact(
        "adjacent",
        "{n} years now. It's the only thing that keeps my back from hurting.",
        "How long has {p} been practicing yoga?",
        "adjacent",
        ask="{p}, how long have you done yoga?",
        distractors=("My cousin keeps telling me to try yoga, but I never find the time.",),
        slots={"n": ("Three", "Five", "Six", "Nine")},
    ),
    Fact(
        "statement",
        "We finally adopted a {breed} puppy last weekend, her name is {pet}.",
        "What kind of pet does {p} have?",
        "paraphrase",
        distractors=("The neighbours' cat sat on our car all morning.",),
        slots={"breed": ("golden retriever", "beagle", "border collie"), "pet": ("Luna", "Biscuit", "Pepper")},
    ),
    Fact(
        "statement",
        "I signed up for a pottery class downtown, every {day} evening.",
        "Which day of the week is {p}'s pottery class?",
        "single",
        distractors=("I saw some beautiful pottery at the market, way too expensive though.",),
        slots={"day": ("Tuesday", "Wednesday", "Thursday")},
    ),
    Fact(
        "adjacent",
        "{city}. I grew up near the harbour and still miss the seafood.",
        "Where did {p} grow up?",
        "adjacent",
        ask="Where are you originally from, {p}?",
        distractors=("I've always wanted to visit a city with a real harbour.",),
        slots={"city": ("Lisbon", "Halifax", "Valparaiso", "Busan")},
    ),
    Fact(
        "statement",
        "I went to the {event} yesterday and it was so moving, everyone shared their stories.",
        "When did {p} go to the {event}?",
        "temporal",
        distractors=("There's another {event} next month if you want to come along.",),
        slots={"event": ("support group meeting", "charity run", "community town hall")},
    ),
    Fact(
        "statement",
        "I just got promoted to {role} at the hospital!",
        "What job title did {p} get promoted to?",
        "single",
        distractors=("The hospital parking lot is a nightmare on Mondays.",),
        slots={"role": ("head nurse", "charge nurse", "department manager")},
    ),
    Fact(
        "statement",
        "I'm allergic to {food}, I found out the hard way at a wedding.",
        "What food should {p} avoid eating?",
        "paraphrase",
        distractors=("That wedding had the best cake I have ever had.",),
        slots={"food": ("peanuts", "shellfish", "sesame")},
    ),
    Fact(
        "adjacent",
        "The {book}. I couldn't put it down, finished it in two nights.",
        "What novel did {p} read recently?",
        "adjacent",
        ask="Read anything good lately, {p}?",
        distractors=("I really need to read more, my shelf is full of unopened books.",),
        slots={"book": ("Night Circus", "Remains of the Day", "Left Hand of Darkness")},
    ),
    Fact(
        "statement",
        "We booked a trip to {place} for our anniversary in the fall.",
        "Where is {p} travelling for the anniversary?",
        "single",
        distractors=("Planning trips stresses me out more than it should.",),
        slots={"place": ("Kyoto", "Iceland", "Patagonia")},
    ),
    Fact(
        "statement",
        "My daughter {kid} just started kindergarten, she cried for the first hour.",
        "How old is {p}'s child, roughly, and what school stage?",
        "paraphrase",
        distractors=("The school fundraiser was chaos but fun.",),
        slots={"kid": ("Emma", "Zoe", "Mia")},
    ),
    Fact(
        "statement",
        "I started volunteering at the animal shelter on Saturdays.",
        "What does {p} do on Saturday mornings to help out?",
        "single",
        distractors=("Saturdays are for sleeping in, honestly.",),
    ),
    Fact(
        "adjacent",
        "A {car}, bought it used, it's been great so far.",
        "What car does {p} drive?",
        "adjacent",
        ask="What did you end up buying, {p}? You were looking at cars.",
        distractors=("Traffic this morning was unbelievable, I sat in my car for an hour.",),
        slots={"car": ("blue Subaru Outback", "red Mazda 3", "grey Toyota Prius")},
    ),
    Fact(
        "statement",
        "I ran my first marathon in {time}, my legs still hurt.",
        "How fast did {p} finish the long race?",
        "paraphrase",
        slots={"time": ("four hours and ten minutes", "three hours fifty", "four and a half hours")},
    ),
    Fact(
        "statement",
        "I've decided to learn {lang}, I practice with an app every morning.",
        "Which language is {p} learning?",
        "single",
        distractors=("My grandmother spoke three languages, I only speak one.",),
        slots={"lang": ("Portuguese", "Japanese", "Korean")},
    ),
    Fact(
        "statement",
        "We moved into a new apartment on {street}, it has a tiny balcony.",
        "When did {p} move into the new apartment?",
        "temporal",
        slots={"street": ("Maple Street", "Harbour Road", "Elm Avenue")},
    ),
    Fact(
        "adjacent",
        "Painting. Mostly sunsets over the lake, it calms me down.",
        "What hobby helps {p} relax?",
        "adjacent",
        ask="What do you do to unwind these days, {p}?",
        distractors=("The lake was freezing when we went swimming.",),
    ),
    Fact(
        "statement",
        "My brother {sib} is getting married in {month}, I'm the best man.",
        "Who is getting married and when, in {p}'s family?",
        "single",
        slots={"sib": ("Tom", "Lucas", "Omar"), "month": ("June", "August", "October")},
    ),
    Fact(
        "statement",
        "I quit coffee a month ago and switched to green tea.",
        "What does {p} drink instead of coffee now?",
        "single",
        distractors=("This coffee shop downstairs has the best pastries.",),
    ),
]

# Two statements, one question that needs both.
EN_HOPS = [
    (
        "My aunt {who} lives in {city} now, she moved there for work.",
        "{who} sent me a vintage guitar for my birthday!",
        "In which city does the person who gave {p} a guitar live?",
        {"who": ("Rosa", "Ines", "Greta"), "city": ("Toronto", "Melbourne", "Dublin")},
    ),
    (
        "My best friend from college, {who}, works as a chef.",
        "{who} is opening a restaurant called {rest} next month.",
        "What is the name of the restaurant {p}'s chef friend is opening?",
        {"who": ("Sam", "Priya", "Jonah"), "rest": ("Olive & Ash", "Little Fern", "Blue Door")},
    ),
    (
        "I'm training for a half marathon with my coworker {who}.",
        "{who} twisted an ankle, so I'll run the race alone.",
        "Why will {p} run the race without a partner?",
        {"who": ("Dana", "Kofi", "Beth")},
    ),
]

EN_FILLER = [
    "How was your week, {o}?",
    "Pretty good, {o}! Busy at work as usual.",
    "Sure, {o}!",
    "That's awesome, {o}!",
    "Haha, totally.",
    "I know, right?",
    "Sounds great, let's catch up soon.",
    "Work has been hectic but I finally had a quiet weekend.",
    "The weather has been so grey lately, I miss the sun.",
    "Did you watch the game on Sunday?",
    "I made lasagna last night, it turned out better than expected.",
    "My phone died in the middle of the day, what a mess.",
    "We spent the afternoon at the park with some friends.",
    "I've been sleeping badly, too much screen time I think.",
    "Thanks for asking, {o}, that means a lot.",
    "Oh no, I hope everything is okay now.",
    "My mom called, she says hi.",
    "Honestly I just need a long vacation.",
    "I tried that new bakery, the croissants are amazing.",
    "Let me know how it goes, {o}!",
    "I'm so proud of you, {o}.",
    "The commute has been terrible with all the construction.",
    "We had friends over for dinner on Friday, it was lovely.",
    "I cleaned out the garage, found so much old stuff.",
    "I've been trying to drink more water and walk more.",
    "Same here, {o}.",
    "Good luck with everything, {o}!",
    "That sounds like a lot of fun.",
    "I'm thinking of redecorating the living room.",
    "Yeah, I remember you mentioned that.",
]

# Small talk made from parts, so turns vary and share the facts' topic words without answering them.
EN_SUBJECTS = ("I", "We", "My sister", "My coworker", "Our neighbour", "My dad", "A friend of mine", "My partner")
EN_ACTIONS = (
    "spent the weekend at the lake",
    "finally fixed the car",
    "went to a class at the gym",
    "watched a documentary about the ocean",
    "started reading a new book",
    "cooked dinner for the whole family",
    "took the dog to the park",
    "had a long day at the hospital",
    "went to a concert downtown",
    "planned a trip for next year",
    "tried a new coffee place",
    "painted the fence",
    "moved some furniture around the apartment",
    "ran a few miles in the morning",
    "went to a birthday party",
    "visited the museum",
    "worked late all week",
    "called an old friend from college",
    "signed up for a language course",
    "volunteered at the school fair",
)
EN_COMMENTS = (
    "it was fine",
    "it was exhausting",
    "it was more fun than I expected",
    "not sure I'd do it again",
    "it made my week",
    "the weather was perfect for it",
    "it took forever",
    "we laughed a lot",
    "I was so tired afterwards",
    "it cost way too much",
)
EN_WHEN = ("last weekend", "on Monday", "yesterday", "last night", "this morning", "a few days ago", "on Friday")


def en_small_talk(rng: random.Random) -> str:
    return f"{rng.choice(EN_SUBJECTS)} {rng.choice(EN_ACTIONS)} {rng.choice(EN_WHEN)}, {rng.choice(EN_COMMENTS)}."


ZH_FACTS = [
    Fact(
        "statement",
        "我叫{p}，是一名产品经理，在一家做电商的公司上班。",
        "{p}是做什么工作的？",
        "chinese",
        distractors=("我们公司的产品发布会推迟到下个月了。",),
    ),
    Fact(
        "adjacent",
        "{n}年了，每天早上都练，腰不疼了。",
        "{p}练瑜伽多久了？",
        "chinese",
        ask="{p}，你练瑜伽多长时间了？",
        slots={"n": ("三", "五", "六")},
    ),
    Fact(
        "statement",
        "上周我们家领养了一只小猫，叫{pet}，特别黏人。",
        "{p}养了什么宠物？",
        "chinese",
        distractors=("楼下的狗每天晚上都叫，吵得睡不着。",),
        slots={"pet": ("豆豆", "咪咪", "团子")},
    ),
    Fact(
        "statement",
        "我对{food}过敏，吃一点就起疹子。",
        "{p}不能吃什么？",
        "chinese",
        slots={"food": ("花生", "海鲜", "芒果")},
    ),
    Fact(
        "statement",
        "我们下个月去{place}旅行，机票已经订好了。",
        "{p}下个月要去哪里玩？",
        "chinese",
        distractors=("旅行前收拾行李是我最头疼的事。",),
        slots={"place": ("成都", "西安", "厦门")},
    ),
    Fact(
        "statement",
        "我最近开始学{skill}，每周六上课。",
        "{p}周末在学什么？",
        "chinese",
        slots={"skill": ("钢琴", "游泳", "书法")},
    ),
    Fact(
        "statement",
        "我搬家了，新家在{area}，离公司很近。",
        "{p}现在住在哪里？",
        "chinese",
        slots={"area": ("西湖区", "滨江区", "朝阳区")},
    ),
    Fact(
        "statement",
        "我戒咖啡了，现在每天喝绿茶。",
        "{p}现在喝什么代替咖啡？",
        "chinese",
        distractors=("公司楼下新开了一家咖啡店，人特别多。",),
    ),
]

ZH_FILLER = [
    "{o}，最近怎么样？",
    "挺好的，{o}，就是工作有点忙。",
    "好的，{o}！",
    "太棒了，{o}！",
    "哈哈，是啊。",
    "周末天气不错，我们去公园走了走。",
    "昨天晚上做了红烧肉，味道还可以。",
    "最近睡得不太好，可能是手机看多了。",
    "我妈打电话来了，让我问你好。",
    "真想放个长假。",
    "新开的面包店挺好吃的。",
    "路上一直在修路，堵得要命。",
    "谢谢你，{o}，真的很感动。",
    "加油，{o}！",
    "周五请朋友来家里吃饭了，很开心。",
    "我在考虑重新装修客厅。",
]

EN_NAMES = [("Caroline", "Melanie"), ("John", "Maria"), ("Deborah", "Jolene"), ("Andrew", "Audrey"), ("Tim", "Nate")]
ZH_NAMES = [("小明", "丽丽")]
START = datetime(2023, 3, 4, 18, 0, tzinfo=UTC)


def _fill(text: str, values: dict[str, str]) -> str:
    return text.format(**values)


def conversation(
    index: int, language: str, sessions: int, facts: list[Fact], hops: list, filler: list[str]
) -> Conversation:
    rng = random.Random(1000 + index)
    names = (EN_NAMES if language == "en" else ZH_NAMES)[index % (5 if language == "en" else 1)]
    conv = Conversation(f"{language}-{index}", names, language)
    # Plan: which session each fact, distractor and hop lands in.
    events: dict[int, list[tuple[str, object, dict[str, str]]]] = {s: [] for s in range(sessions)}
    for fact in facts:
        person = rng.randrange(2)
        values = {k: rng.choice(v) for k, v in fact.slots.items()}
        values |= {"p": names[person], "o": names[1 - person]}
        session = rng.randrange(sessions)
        events[session].append(("fact", fact, values))
        for d in fact.distractors:
            events[rng.randrange(sessions)].append(("distractor", _fill(d, values), values))
    for first, second, question, slots in hops:
        person = rng.randrange(2)
        values = {k: rng.choice(v) for k, v in slots.items()} | {"p": names[person], "o": names[1 - person]}
        a = rng.randrange(sessions - 1)
        b = rng.randrange(a + 1, sessions)
        events[a].append(("hop1", (first, second, question), values))
        events[b].append(("hop2", (first, second, question), values))
    pending_hops: dict[str, int] = {}
    when = START
    for session in range(sessions):
        when += timedelta(days=rng.randint(6, 20), minutes=rng.randint(0, 300))
        t = when.timestamp()
        speaker = rng.randrange(2)

        def add(who: int, text: str, t0: float = t, at: int = session) -> int:
            conv.turns.append(Turn(names[who], text, at, t0 + len(conv.turns) * 30))
            return len(conv.turns) - 1

        def chatter(who: int) -> str:
            if language == "en" and rng.random() < 0.6:
                return en_small_talk(rng)
            return _fill(rng.choice(filler[2:]), {"o": names[1 - who]})

        add(speaker, _fill(filler[0], {"o": names[1 - speaker]}))
        add(1 - speaker, _fill(filler[1], {"o": names[speaker]}))
        todo = events[session]
        rng.shuffle(todo)
        for kind, item, values in todo:
            for _ in range(rng.randint(2, 5)):  # small talk between the facts
                who = rng.randrange(2)
                add(who, chatter(who))
            person = names.index(values["p"])
            if kind == "distractor":
                add(rng.randrange(2), str(item))
            elif kind == "fact":
                fact: Fact = item  # type: ignore[assignment]
                if fact.style == "adjacent":
                    add(1 - person, _fill(fact.ask, values))
                evidence = add(person, _fill(fact.say, values))
                add(1 - person, _fill(rng.choice(filler[2:6]), {"o": names[person]}))
                conv.questions.append(Question(_fill(fact.question, values), [evidence], fact.kind))
            else:
                first, second, question = item  # type: ignore[misc]
                key = question
                if kind == "hop1":
                    pending_hops[key] = add(person, _fill(first, values))
                else:
                    evidence = add(person, _fill(second, values))
                    conv.questions.append(
                        Question(_fill(question, values), [pending_hops.pop(key), evidence], "multi-hop")
                    )
        for _ in range(rng.randint(3, 8)):
            who = rng.randrange(2)
            add(who, chatter(who))
    return conv


def corpus(scale: int = 1) -> list[Conversation]:
    """Five English conversations and one Chinese one (scale multiplies the sessions)."""
    out = [conversation(i, "en", 12 * scale, EN_FACTS, EN_HOPS, EN_FILLER) for i in range(5)]
    out.append(conversation(0, "zh", 10 * scale, ZH_FACTS, [], ZH_FILLER))
    return out


if __name__ == "__main__":
    for conv in corpus():
        print(conv.name, conv.speakers, len(conv.turns), "turns", len(conv.questions), "questions")
    c = corpus()[0]
    for t in c.turns[:40]:
        print(t.session, t.content())
    for q in c.questions[:8]:
        print(q.kind, q.text, [c.turns[i].content() for i in q.evidence])
