"""Plan → rows: a checked plan written over the story's blocks, quotes and mentions."""

from django.db import transaction

from ..models import Block, Mention, Quote
from .schema import ATOM_KINDS


def cleared(block, kind, text):
    """block turned into a text block of kind: the fields other kinds use are emptied, as the card form does."""
    block.kind, block.text = kind, text
    block.image, block.caption, block.quote = None, "", None
    block.link_title, block.link_article, block.link_url = "", None, ""
    return block


TEXT_BLOCK_FIELDS = ["kind", "text", "image", "caption", "quote", "link_title", "link_article", "link_url", "position"]
ATOM_BLOCK_FIELDS = ["position", "image", "caption", "quote", "link_title", "link_article", "link_url"]


@transaction.atomic
def write_body(plan):
    """Write the planned body over the story's blocks and quotes; people new to the CMS are created."""
    article = plan.article
    kept = {block.block_id for block in plan.blocks if block.block_id is not None}
    text_updates, atom_updates, new_blocks, keyed = [], [], [], []
    for position, planned in enumerate(plan.blocks, start=1):
        if planned.block_id is None:
            block = Block(article=article, position=position)
            if planned.kind in ATOM_KINDS:
                block.kind = planned.kind
                for attname, value in planned.values.items():
                    setattr(block, attname, value)
            else:
                cleared(block, planned.kind, planned.text)
            new_blocks.append(block)
        else:
            block = plan.existing_blocks[planned.block_id]
            if planned.kind in ATOM_KINDS:
                if block.position != position or any(
                    getattr(block, attname) != value for attname, value in planned.values.items()
                ):
                    block.position = position
                    for attname, value in planned.values.items():
                        setattr(block, attname, value)
                    atom_updates.append(block)
            elif (block.kind, block.text, block.position) != (planned.kind, planned.text, position) or any(
                getattr(block, name) for name in ("image_id", "quote_id", "link_article_id", "caption", "link_title",
                                                  "link_url")
            ):
                block.position = position
                text_updates.append(cleared(block, planned.kind, planned.text))
        planned.row = block
        if planned.quote_key is not None:
            keyed.append(planned)
    gone = set(plan.existing_blocks) - kept
    if gone:  # before the quotes: a pull quote block going too holds its quote (on_delete=RESTRICT)
        Block.objects.filter(pk__in=gone).delete()
    if atom_updates:  # also before: a pull quote may have moved off a quote being deleted
        Block.objects.bulk_update(atom_updates, ATOM_BLOCK_FIELDS)
    if plan.deleted_quote_ids:
        Quote.objects.filter(pk__in=plan.deleted_quote_ids).delete()
    if text_updates:
        Block.objects.bulk_update(text_updates, TEXT_BLOCK_FIELDS)
    if new_blocks:
        Block.objects.bulk_create(new_blocks)
    write_quotes(plan)
    if keyed:  # pull quotes of quotes marked in this document: their quotes have ids now
        for planned in keyed:
            planned.row.quote_id = plan.quote_keys[planned.quote_key].row.pk
        Block.objects.bulk_update([planned.row for planned in keyed], ["quote"])


def write_quotes(plan):
    article = plan.article
    names = {quote.new_speaker[0] for block in plan.blocks for quote in block.quotes if quote.new_speaker}
    new_people = find_or_create_speakers(names)
    roles = {}
    updates, new_quotes, number = [], [], 0
    for planned_block in plan.blocks:
        for planned in planned_block.quotes:
            number += 1
            speaker_id = planned.speaker_id
            if planned.new_speaker:
                person = new_people[planned.new_speaker[0]]
                speaker_id = person.pk
                roles.setdefault(person.pk, (planned.new_speaker[1], planned_block.row))
            else:
                roles.setdefault(speaker_id, ("", planned_block.row))
            if planned.quote_id is None:
                planned.row = Quote(
                    article=article, block=planned_block.row, position=number, text=planned.text,
                    speaker_id=speaker_id,
                )
                new_quotes.append(planned.row)
                continue
            quote = planned.row = plan.existing_quotes[planned.quote_id]
            before = (quote.text, quote.block_id, quote.speaker_id, quote.position, quote.confidence)
            if planned.confirmed or speaker_id != quote.speaker_id:
                quote.confirm()  # as the quote's card does when "confirmed" is ticked or another speaker chosen
            quote.text, quote.block, quote.speaker_id, quote.position = (
                planned.text, planned_block.row, speaker_id, number,
            )
            if (quote.text, quote.block_id, quote.speaker_id, quote.position, quote.confidence) != before:
                updates.append(quote)
    if updates:
        Quote.objects.bulk_update(updates, ["text", "block", "speaker", "position", "confidence"])
    if new_quotes:
        Quote.objects.bulk_create(new_quotes)
    add_mentions(article, roles)


def find_or_create_speakers(names):
    """name → Person for the new speakers typed in the editor; a person already in the CMS is reused."""
    if not names:
        return {}
    # Imported here: the importer's people matching is the one rule for "the same person".
    from ..importing import find_or_create_people
    from people.querysets import normalise_name

    found = find_or_create_people(names)
    return {name: found[normalise_name(name)] for name in names}


def add_mentions(article, roles):
    """A Mention in this story for each speaker it does not mention yet, with the role typed for them."""
    roles.pop(None, None)
    if not roles:
        return
    mentioned = set(Mention.objects.filter(article=article, person_id__in=roles).values_list("person_id", flat=True))
    Mention.objects.bulk_create([
        Mention(article=article, person_id=person_id, role=role, block=block, position=10_000 + number)
        for number, (person_id, (role, block)) in enumerate(roles.items()) if person_id not in mentioned
    ])
