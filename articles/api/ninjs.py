"""Stories and photos as IPTC ninjs 3.x (https://iptc.org/standards/ninjs/).

How our fields map, where ninjs has no field of the same name:

- the body is the readers' HTML (each block drawn by its kind's macro, links made absolute),
  in which each quote's paragraph carries its anchor; the quotes' speakers are ``people`` with
  ``rel`` "quoted", the people named are ``rel`` "mentioned" (followed by the role this story
  gives them, e.g. "mentioned as Defense Minister"), the byline's writers ``rel`` "author";
- ``by`` is the byline for a story and the credit line readers see for a photo (ninjs 3 has no
  credit-line field); ``copyrightHolder`` is the photo's agency, else its photographer;
- ``subjects`` are the section and its parents (``rel`` "section") and the tags (``rel`` "tag");
- a story's photos are ``associations`` (``lead`` first, then ``inline`` in body order), each a
  picture item with its ``renditions``; its related links follow (``rel`` "related"), a public
  story by its API address, a page elsewhere by its own.
"""

import re

from django.conf import settings
from django.template import engines

from articles.structured_data import language_tag

from .serializers import renditions_of, site_url

VERSION = "3.1"
SCHEMA_URI = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#"
STANDARD = {"name": "ninjs", "version": VERSION, "schema": SCHEMA_URI}
BODY_TEMPLATE = "articles/includes/body.html"
# A root-relative address in an attribute (href, src, or one entry of a srcset).
RELATIVE_URL = re.compile(r'(?:(?<=href=")|(?<=src=")|(?<=srcset=")|(?<=, ))/(?!/)')


def story_uri(story):
    return site_url(f"/api/v1/stories/{story.pk}/")


def photo_uri(photo):
    return site_url(f"/api/v1/photos/{photo.pk}/")


def timestamp(moment):
    return moment.isoformat() if moment else None


def without_empty(item):
    """ninjs forbids nulls where a string is expected: an absent value is left out."""
    return {key: value for key, value in item.items() if value not in (None, "", [], {})}


def person_entry(person, rel):
    return {"name": person.name, "rel": rel, "uri": site_url(person.get_absolute_url()), "literal": person.slug}


def people_of(story):
    people = [person_entry(person, "author") for person in story.page_bylines_people]
    speakers = {}
    for quote in story.page_quotes:
        if quote.speaker_id and quote.speaker_id not in speakers:
            speakers[quote.speaker_id] = person_entry(quote.speaker, "quoted")
    people += speakers.values()
    for mention in story.page_mentions:
        rel = f"mentioned as {mention.role}" if mention.role else "mentioned"
        people.append(person_entry(mention.person, rel))
    return people


def subjects_of(story):
    sections = [
        {"name": section.name, "rel": "section", "uri": site_url(section.get_absolute_url()), "literal": section.path}
        for section in story.section_path
    ]
    return sections + [{"name": tag.name, "rel": "tag", "literal": tag.slug} for tag in story.page_tags]


def body_html(story):
    """The story's body as readers see it, with every link and image address made absolute."""
    html = engines["jinja2"].get_template(BODY_TEMPLATE).render({"blocks": story.page_blocks})
    return RELATIVE_URL.sub(settings.NEWSROOM_SITE_URL + "/", html).strip()


def story_item(story):
    """A public story (loaded by ``articles.api.loading.public_story``) as a ninjs text item."""
    photos = [("lead" if photo.pk == story.lead_image_id else "inline", photo) for photo in story.page_photos]
    associations = [
        {**photo_item(photo), "name": f"{rel}-{index}", "rel": rel}
        for index, (rel, photo) in enumerate(photos, start=1)
    ]
    associations += [
        {**related_item(block), "name": f"related-{index}", "rel": "related"}
        for index, block in enumerate((b for b in story.page_related if b.related_title and b.related_href), start=1)
    ]
    item = {
        "uri": story_uri(story),
        "type": "text",
        "standard": STANDARD,
        "firstCreated": timestamp(story.published_at),
        "versionCreated": timestamp(story.last_modified),
        "pubStatus": "usable",
        "language": language_tag(),
        "slugline": story.slug,
        "headlines": [{"role": "main", "value": story.headline}],
        "descriptions": [{"role": "summary", "value": story.dek}] if story.dek else [],
        "genres": [{"name": story.label}] if story.label else [],
        "located": story.dateline,
        "by": ", ".join(person.name for person in story.page_bylines_people),
        "bodies": [{"role": "main", "contentType": "text/html", "value": body_html(story)}],
        "people": people_of(story),
        "subjects": subjects_of(story),
        "altIds": [{"role": "canonical-url", "value": site_url(story.get_absolute_url())}],
        "associations": associations,
    }
    return without_empty(item)


def related_item(block):
    """A related link as a ninjs item: a public story by its API address, a page elsewhere by its own."""
    story = block.link_article if block.link_article_id and block.link_article.is_public else None
    return {
        "uri": story_uri(story) if story else block.related_href,
        "type": "text",
        "headlines": [{"value": block.related_title}],
    }


def photo_item(photo):
    """A public photo as a ninjs picture item, with its credits and renditions."""
    people = [person_entry(photo.photographer, "photographer")] if photo.photographer_id else []
    organisations = [
        {"name": photo.agency.name, "rel": "agency", "literal": photo.agency.slug}
    ] if photo.agency_id else []
    holder = photo.agency.name if photo.agency_id else (photo.photographer.name if photo.photographer_id else "")
    renditions = [
        without_empty({
            "name": f"{r['mime_type'].split('/')[1]}-{r['width']}w", "href": r["url"], "contentType": r["mime_type"],
            "width": r["width"], "height": r["height"],
        })
        for r in renditions_of(photo)
    ]
    return without_empty({
        "uri": photo_uri(photo),
        "type": "picture",
        "standard": STANDARD,
        "versionCreated": timestamp(photo.updated_at) if "updated_at" in photo.__dict__ else None,
        "pubStatus": "usable",
        "headlines": [{"value": photo.caption}] if photo.caption else [],
        "descriptions": [{"role": "alt", "value": photo.alt_text}] if photo.alt_text else [],
        "by": photo.credit,
        "copyrightHolder": holder,
        "usageTerms": photo.usage_terms if "usage_terms" in photo.__dict__ else None,
        "people": people,
        "organisations": organisations,
        "renditions": renditions,
    })
