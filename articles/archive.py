"""A synthetic archive of stories, for measuring the site at newsroom scale.

Deterministic for a given seed: sections with subsections of very different sizes (one
section tree holds nearly half the archive, so its 2,000th page exists at 100,000 stories),
staff writers, a pool of people quoted and mentioned (one of them quoted in every
twentieth story), agency photos sharing a few placeholder files, related links to older
stories, pull quotes, some drafts and a few scheduled stories. Rows go in with
``bulk_create`` in batches, one transaction per batch, so signals do not fire: the page
cache is invalidated once at the end.
"""

import random
from datetime import timedelta

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection, transaction
from django.utils import timezone
from django.utils.text import slugify

from people.models import Organization, Person
from people.querysets import normalise_name

from . import invalidation
from .models import Article, Block, Byline, Image, Mention, Quote, Section
from .renditions import make_placeholder_jpeg

SLUG_PREFIX = "archive-"
# (path, name, share of the archive)
SECTIONS = [
    ("world", "World", 0.05), ("world/europe", "Europe", 0.14), ("world/asia", "Asia", 0.09),
    ("world/americas", "Americas", 0.08), ("world/middle-east", "Middle East", 0.06),
    ("world/africa", "Africa", 0.04),
    ("politics", "Politics", 0.12), ("business", "Business", 0.10), ("business/markets", "Markets", 0.04),
    ("technology", "Technology", 0.07), ("science", "Science", 0.04), ("sports", "Sports", 0.08),
    ("culture", "Culture", 0.03), ("opinion", "Opinion", 0.02),
]
WORDS = (
    "government minister council talks agreement ceasefire election budget market shares report "
    "officials city river storm harbor museum exhibit transit strike workers union court ruling "
    "vote parliament border trade energy battery plant factory jobs prices inflation bank rates "
    "research scientists observatory comet telescope players season coach match final league "
    "festival artists audience film critics school students teachers hospital doctors patients "
    "police investigation witnesses residents neighborhood mayor governor president senators "
    "committee hearing testimony documents policy reform tax spending deficit growth forecast "
    "company executives investors profits losses regulators data privacy network software "
    "drought harvest farmers water supply climate emissions targets summit delegation envoy "
    "after before during amid despite while under over across against within without toward"
).split()
FIRST_NAMES = (
    "Ana Ben Carla David Elena Farid Grace Hugo Iris Jonas Kira Liam Maya Noah Olga Pavel Quinn "
    "Rosa Sami Tara Umar Vera Wen Ximena Yusuf Zoe Amir Beatriz Chen Dmitri Esther Femi Gustavo "
    "Hana Ivan Julia Kofi Lena Marco Nadia Omar Priya Rafael Sofia Tomas Uma Viktor Wanjiru Yara"
).split()
LAST_NAMES = (
    "Abbott Baker Castillo Dubois Eriksen Fischer Garcia Haddad Ito Jensen Kowalski Lopez Moreau "
    "Nakamura Okafor Petrov Quintero Rossi Schmidt Tanaka Usman Varga Weber Xu Yilmaz Zhang "
    "Adeyemi Bianchi Costa Dahl Engel Ferreira Gruber Hansen Ibrahim Jovanovic Kim Lindqvist "
    "Mendes Novak Oliveira Park Reyes Silva Torres Umarov Vasquez Wojcik Young Ziegler"
).split()
# Story topics: made-up place and company names, from common to rare (about 1 in 6 stories
# carries the first, a few dozen the last), so searches have realistic numbers of matches.
TOPICS = [
    f"{a}{b}" for a in ("Kor", "Vel", "Mar", "Tal", "Bren", "Osk", "Lun", "Quar", "Sev", "Dra")
    for b in ("avia", "ington", "mere", "holt", "ridge", "ova", "stad", "field", "wick", "ora")
]
TOPIC_WEIGHTS = [1 / (rank + 1) for rank in range(len(TOPICS))]
AGENCIES = ["Global Wire", "Metro Photo Agency", "Northern Press Service", "Harbor Images", "Civic Newswire"]
PEOPLE = 2000
WRITERS = 80
PHOTO_FILES = 8
STAR_EVERY = 20


class ArchiveBuilder:
    def __init__(self, count, *, seed=6, batch_size=1000, progress=None):
        self.count = count
        self.random = random.Random(seed)
        self.batch_size = batch_size
        self.progress = progress or (lambda done, total: None)
        self.now = timezone.now()

    def build(self):
        """Write the whole archive; returns the number of stories written."""
        with transaction.atomic():
            self.sections = self.make_sections()
            self.people, self.writers, self.agencies = self.make_people()
            self.photo_files = self.make_photo_files()
        self.start = Article.objects.filter(slug__startswith=SLUG_PREFIX).count()
        self.recent_ids = []
        done = 0
        self.progress(0, self.count)
        while done < self.count:
            size = min(self.batch_size, self.count - done)
            with transaction.atomic():
                self.write_batch(self.start + done, size)
            done += size
            self.progress(done, self.count)
        # Do now what autovacuum would do later: table sizes for the planner and, on PostgreSQL,
        # the visibility map that lets counts read the listing index alone.
        with connection.cursor() as cursor:
            vacuum = connection.vendor == "postgresql" and not connection.in_atomic_block
            cursor.execute("VACUUM ANALYZE" if vacuum else "ANALYZE")
        invalidation.content_changed()
        return done

    def make_sections(self):
        sections, weights = [], []
        by_path = {section.path: section for section in Section.objects.all()}
        for order, (path, name, share) in enumerate(SECTIONS):
            section = by_path.get(path)
            if section is None:
                parent_path, _, slug = path.rpartition("/")
                section = Section(name=name, slug=slug, parent=by_path.get(parent_path), order=order)
                section.save()
                by_path[path] = section
            sections.append(section)
            weights.append(share)
        return list(zip(sections, weights))

    def make_people(self):
        rng = self.random
        names = []
        while len(names) < PEOPLE + WRITERS:
            name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
            if name not in names:
                names.append(name)
        titles = [rng.choice(["", "", "Minister", "Spokesperson", "Professor", "Chief executive", "Mayor"]) for _ in names]
        existing = set(
            Person.objects.filter(normalized_name__in=[normalise_name(n) for n in names]).values_list("normalized_name", flat=True)
        )
        new = [
            Person(name=name, slug=slugify(name), normalized_name=normalise_name(name), title=title)
            for name, title in zip(names, titles) if normalise_name(name) not in existing
        ]
        Person.objects.bulk_create(new, batch_size=500)
        people = list(Person.objects.filter(normalized_name__in=[normalise_name(n) for n in names]).order_by("name"))
        rng.shuffle(people)
        writers, quoted = people[:WRITERS], people[WRITERS:]
        agencies = []
        for name in AGENCIES:
            agency = Organization.objects.filter(name=name).first()
            if agency is None:
                agency = Organization(name=name, kind=Organization.Kind.NEWS_AGENCY)
                agency.save()
            agencies.append(agency)
        return quoted, writers, agencies

    def make_photo_files(self):
        names = []
        for n in range(PHOTO_FILES):
            name = f"images/archive/placeholder-{n + 1}.jpg"
            if not default_storage.exists(name):
                name = default_storage.save(name, ContentFile(make_placeholder_jpeg(width=1200, height=800, text=f"Archive photo {n + 1}")))
            names.append(name)
        return names

    def sentence(self, low, high):
        words = self.random.choices(WORDS, k=self.random.randint(low, high))
        return " ".join(words).capitalize()

    def published_time(self, number):
        # Newer numbers are newer stories: about a story every 45 minutes, going back years.
        age = (self.start + self.count - number) * 45 + self.random.randint(0, 40)
        return self.now - timedelta(minutes=age)

    def write_batch(self, first, size):
        rng = self.random
        sections = [s for s, _ in self.sections]
        weights = [w for _, w in self.sections]
        articles, images = [], []
        for number in range(first, first + size):
            topic = rng.choices(TOPICS, TOPIC_WEIGHTS)[0]
            headline = f"{topic}: {self.sentence(5, 11)}"
            roll = rng.random()
            if roll < 0.02:
                status, published_at = Article.Status.DRAFT, None
            elif roll < 0.021 and number >= self.start + self.count - size:
                status, published_at = Article.Status.PUBLISHED, self.now + timedelta(days=rng.randint(1, 30))
            else:
                status, published_at = Article.Status.PUBLISHED, self.published_time(number)
            image = None
            if rng.random() < 0.6:
                image = Image(
                    file=rng.choice(self.photo_files), width=1200, height=800,
                    caption=self.sentence(8, 16) + ".", alt_text=self.sentence(5, 9) + ".",
                    photographer=rng.choice(self.people), agency=rng.choice(self.agencies),
                )
                images.append(image)
            articles.append(Article(
                headline=headline, slug=f"{SLUG_PREFIX}{number + 1}-{slugify(headline)[:60].strip('-')}",
                dek=self.sentence(14, 28) + ".", section=rng.choices(sections, weights)[0],
                status=status, published_at=published_at, updated_at=None, lead_image=image,
                comment_count=rng.choice([None, 0, rng.randint(1, 400)]), version=1,
                source_key=f"archive:{number + 1}",
            ))
        Image.objects.bulk_create(images)
        for article in articles:
            if article.lead_image is not None:
                article.lead_image_id = article.lead_image.pk
        Article.objects.bulk_create(articles)
        self.write_bodies(articles)
        self.recent_ids = ([a.pk for a in articles if a.status == Article.Status.PUBLISHED] + self.recent_ids)[:5000]

    def write_bodies(self, articles):
        rng = self.random
        blocks, bylines, quote_plans, mentions = [], [], [], []
        for article in articles:
            number = int(article.source_key.split(":")[1])
            position = 0
            paragraphs = []
            for i in range(rng.randint(6, 14)):
                position += 1
                if i and i % 5 == 0:
                    blocks.append(Block(article=article, kind=Block.Kind.SUBHEAD, position=position, text=self.sentence(3, 6)))
                    position += 1
                text = self.sentence(25, 55) + "."
                if i in (0, 3):
                    text = f"{text[:-1]} in {article.headline.partition(':')[0]}."
                block = Block(article=article, kind=Block.Kind.PARAGRAPH, position=position, text=text)
                blocks.append(block)
                paragraphs.append(block)
            if article.lead_image_id and rng.random() < 0.3:
                position += 1
                blocks.append(Block(article=article, kind=Block.Kind.IMAGE, position=position, image_id=article.lead_image_id))
            for _ in range(rng.choice([0, 1, 1, 2, 3])):
                position += 1
                if self.recent_ids and rng.random() < 0.8:
                    blocks.append(Block(
                        article=article, kind=Block.Kind.RELATED, position=position,
                        link_article_id=rng.choice(self.recent_ids[:2000]),
                    ))
                else:
                    blocks.append(Block(
                        article=article, kind=Block.Kind.RELATED, position=position,
                        link_title=self.sentence(5, 10), link_url=f"https://example.org/news/{number}-{position}",
                    ))
            speakers = rng.sample(self.people[1:], rng.randint(1, 4))
            if number % STAR_EVERY == 0:
                speakers.insert(0, self.people[0])
            for n, speaker in enumerate(speakers):
                quote_plans.append((article, n + 1, speaker, rng.choice(paragraphs)))
                mentions.append(Mention(article=article, person=speaker, position=n + 1, role=speaker.title))
            if rng.random() < 0.25:
                article._pull_position = position + 1
            for n, writer in enumerate(rng.sample(self.writers, rng.choice([1, 1, 1, 2]))):
                bylines.append(Byline(article=article, person=writer, position=n + 1))
        Block.objects.bulk_create(blocks, batch_size=2000)
        quotes = Quote.objects.bulk_create([
            Quote(article=article, position=n, speaker=speaker, block=block, text=self.sentence(10, 24) + ".",
                  context=rng.choice(["", "told reporters", "said in a statement", "in an interview"]))
            for article, n, speaker, block in quote_plans
        ], batch_size=2000)
        pulls = []
        for quote in quotes:
            position = getattr(quote.article, "_pull_position", None)
            if position and quote.position == 1:
                pulls.append(Block(article=quote.article, kind=Block.Kind.QUOTE, position=position, quote=quote))
        Block.objects.bulk_create(pulls, batch_size=2000)
        Mention.objects.bulk_create(mentions, batch_size=2000)
        Byline.objects.bulk_create(bylines, batch_size=2000)


def build_archive(count, *, seed=6, batch_size=1000, progress=None):
    """Add count synthetic stories to the database; returns how many were written."""
    return ArchiveBuilder(count, seed=seed, batch_size=batch_size, progress=progress).build()
