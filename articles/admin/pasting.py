"""“Paste a story”: a story's text, pasted or from a .txt or .docx file, checked, then saved as a draft.

The editor pastes text (or chooses a file) and presses "Check": the importer's parser runs and a
review page shows what it decided (headline, blocks as they will be saved, quotes with their
proposed speakers, people already in the CMS vs new ones, the comment count left out). Nothing is
written until "Save as draft": the text travels in the review form, signed so it cannot be changed
on the way, and is parsed again and written by ``articles.importing.import_article`` as a draft in
one transaction, exactly as ``manage.py import_article`` writes it. Whoever may add stories may
paste one; a contributor's pasted story is their own draft.
"""

import io
import logging
import zipfile
from pathlib import PurePath

from django import forms
from django.contrib import messages
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.db import DatabaseError
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse

from people.querysets import normalise_name

from .. import importing
from ..encoding import MIS_DECODING_REPAIRED, repair_mis_decoding
from ..models import Article, Image
from .scoping import choices_for

logger = logging.getLogger(__name__)

SIGNING_SALT = "articles.paste-story"
# A review page left open over a long lunch still saves; a week-old one is checked again.
SIGNED_TEXT_MAX_AGE = 12 * 60 * 60
FILE_KINDS = (".txt", ".docx")
# The lines left out of the story that the review lists: a whole page's menus and rails run to
# hundreds, and the first few hundred show what kind of lines went.
LEFT_OUT_SHOWN = 300


# The review form's fields that correct the parse, named as parse_article takes them.
CORRECTIONS = ("keep", "leave_out", "turn", "not_people")


class PasteError(Exception):
    """A pasted text or file that cannot become a story; the message says why."""


# A reporter's Word file may carry photos, so it may weigh far more than its text; and being
# a zip, it may unpack into far more XML than it weighs. The text it yields meets the
# importer's limit for one story, as pasted text does.
MAX_DOCX_BYTES = 16 * 1024 * 1024
MAX_DOCX_UNPACKED_BYTES = 64 * 1024 * 1024


def read_docx(data, *, name):
    """The text of a Word file, one line per paragraph; PasteError when it is not one python-docx can read.

    The package's unpacked size is checked before it is opened, and the text it yields against
    the importer's limit for one story, as a pasted text's is.
    """
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import LxmlError

    try:
        unpacked = sum(item.file_size for item in zipfile.ZipFile(io.BytesIO(data)).infolist())
    except (zipfile.BadZipFile, ValueError) as exc:
        raise PasteError(f"{name}: not a Word (.docx) file that can be read ({exc.__class__.__name__})") from exc
    if unpacked > MAX_DOCX_UNPACKED_BYTES:
        raise PasteError(f"{name}: the Word file unpacks to {unpacked:,} bytes, more than the "
                         f"{MAX_DOCX_UNPACKED_BYTES:,}-byte limit")
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise PasteError(f"{name}: not a Word (.docx) file that can be read ({exc.__class__.__name__})") from exc
    except LxmlError as exc:
        raise PasteError(f"{name}: the Word file is damaged and cannot be read ({exc.__class__.__name__})") from exc
    text = "\n".join(paragraph.text for paragraph in document.paragraphs)
    if not text.strip():
        raise PasteError(f"{name}: the Word file holds no text")
    if len(text.encode()) > importing.MAX_FILE_BYTES:
        raise PasteError(importing.too_large(f"{name}: its text", len(text.encode())))
    return text


def read_upload(upload):
    """An uploaded .txt or .docx file as text, within the importer's size limit."""
    name = PurePath(upload.name).name
    suffix = PurePath(name).suffix.lower()
    if suffix not in FILE_KINDS:
        raise PasteError(f"{name}: choose a .txt or .docx file")
    limit = MAX_DOCX_BYTES if suffix == ".docx" else importing.MAX_FILE_BYTES
    if upload.size > limit:
        raise PasteError(importing.too_large(name, upload.size, limit))
    data = upload.read()
    if suffix == ".docx":
        return read_docx(data, name=name)
    try:
        text, _warnings = importing.decode_article_text(data, name=name)
    except importing.ArticleImportError as exc:
        raise PasteError(str(exc)) from exc
    return text


def parse_text(text, **corrections):
    try:
        return importing.parse_text(text, source="The pasted text", **corrections)
    except importing.ArticleImportError as exc:
        raise PasteError(str(exc)) from exc


class PasteForm(forms.Form):
    text = forms.CharField(
        label="Story text", required=False, strip=False,
        widget=forms.Textarea(attrs={
            "rows": 18, "class": "paste-text",
            "placeholder": "Paste the whole story: headline, paragraphs, subheads, captions, related links.",
        }),
    )
    file = forms.FileField(
        label="or a file", required=False,
        help_text=f"A .txt file of up to {importing.MAX_FILE_BYTES // 1024:,} KB, or a .docx file of up to "
                  f"{MAX_DOCX_BYTES // (1024 * 1024)} MB.",
        widget=forms.ClearableFileInput(attrs={"accept": ".txt,.docx"}),
    )

    def clean(self):
        cleaned_data = super().clean()
        text, upload = cleaned_data.get("text") or "", cleaned_data.get("file")
        if upload and text.strip():
            raise forms.ValidationError("Paste the text or choose a file, not both.")
        try:
            if upload:
                text = read_upload(upload)
            elif not text.strip():
                raise PasteError("Paste the story's text or choose a .txt or .docx file.")
            elif len(text.encode()) > importing.MAX_FILE_BYTES:
                raise PasteError(importing.too_large("The pasted text", len(text.encode())))
            text, cleaned_data["repaired"] = repair_mis_decoding(text)
            cleaned_data["parsed"] = parse_text(text)
        except PasteError as exc:
            raise forms.ValidationError(str(exc)) from exc
        cleaned_data["story_text"] = text
        return cleaned_data


class PastedStoryForm(forms.Form):
    """The review page's form: the signed text, the headline and summary to keep, the section."""

    signed_text = forms.CharField(widget=forms.HiddenInput)
    headline = forms.CharField(max_length=Article._meta.get_field("headline").max_length)
    dek = forms.CharField(label="Summary", required=False, widget=forms.Textarea(attrs={"rows": 2}))
    # Without any section yet, the importer files the story under its default one (News).
    section = forms.ModelChoiceField(queryset=None, empty_label=None, required=False)
    # Lines the parser left out that the editor keeps: their numbers, offered once the signed
    # text is read (see clean_signed_text), so only lines of that text that went can be chosen.
    keep = forms.TypedMultipleChoiceField(coerce=int, required=False)
    # Blocks the parser kept that the editor leaves out, by their first line's number: offered
    # in the same way, so only blocks of that text's parse can be chosen.
    leave_out = forms.TypedMultipleChoiceField(coerce=int, required=False)
    # Paragraphs the editor makes subheads and subheads made paragraphs, named in the same way.
    turn = forms.TypedMultipleChoiceField(coerce=int, required=False)
    # Names the parser took for people that the editor says are not ("New York"): offered in
    # the same way, so only names of that text's parse can be chosen.
    not_people = forms.MultipleChoiceField(required=False)
    # The line the editor named as the headline ("Use as headline"), when the parser's was not
    # it: the text is read around that line instead (see parse_article's headline_line).
    headline_line = forms.IntegerField(min_value=1, required=False, widget=forms.HiddenInput)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["section"].queryset = choices_for(Article._meta.get_field("section"), user)

    def clean_signed_text(self):
        text = read_signed_text(self.cleaned_data["signed_text"], self.user)
        try:
            # (a number that is no whole number is the headline_line field's own error)
            self.headline_line = self.fields["headline_line"].clean(self.data.get(self.add_prefix("headline_line")))
        except forms.ValidationError:
            self.headline_line = None
        try:
            self.parsed = parse_text(text, headline_line=self.headline_line)
        except PasteError as exc:
            raise forms.ValidationError(str(exc)) from exc
        self.fields["keep"].choices = [(number, line) for number, line in self.parsed.left_out]
        self.fields["leave_out"].choices = [(block.line, block.text) for block in self.parsed.body]
        self.fields["turn"].choices = [(block.line, block.text) for block in self.parsed.body
                                       if block.kind in ("paragraph", "subhead")]
        self.fields["not_people"].choices = [(name, name) for name in importing.people_named(self.parsed)]
        return text

    def clean(self):
        cleaned_data = super().clean()
        corrections = {name: cleaned_data[name] for name in CORRECTIONS if cleaned_data.get(name)}
        if corrections and hasattr(self, "parsed") and not self.errors:
            # (the review, shown again after an error, lists the ticked lines and blocks as the
            # parser had them, with their ticks)
            self.checked = self.parsed
            try:
                self.parsed = parse_text(cleaned_data["signed_text"], headline_line=self.headline_line, **corrections)
            except PasteError as exc:
                self.parsed = self.checked
                raise forms.ValidationError(str(exc)) from exc
        return cleaned_data


def read_signed_text(signed_text, user):
    """The pasted text a review page carries, signed for ``user``; a ValidationError if it is
    too old, was changed on the way or was signed for someone else."""
    try:
        signed = signing.loads(signed_text, salt=SIGNING_SALT, max_age=SIGNED_TEXT_MAX_AGE)
    except signing.SignatureExpired as exc:
        raise forms.ValidationError("This check is too old: paste the story again.") from exc
    except signing.BadSignature as exc:
        raise forms.ValidationError("The story text was changed on the way: paste it again.") from exc
    if signed.get("user") != user.pk:
        raise forms.ValidationError("This text was checked by someone else: paste it again.")
    return signed["text"]


def sign_text(text, user):
    return signing.dumps({"text": text, "user": user.pk}, salt=SIGNING_SALT, compress=True)


def default_section(queryset, wanted):
    """The section asked for (by id or path) among those offered, else the first one."""
    if wanted:
        chosen = queryset.filter(path=wanted.strip("/")).first() if not wanted.isdigit() else \
            queryset.filter(pk=wanted).first()
        if chosen is not None:
            return chosen
    return queryset.first()


def shown_confidence(value):
    """The parser's confidence in a speaker as the review shows it (a share as 0.00–1.00, a label as is)."""
    if isinstance(value, float):
        return f"{value:.2f}"
    return value


def review_of(parsed, kept=(), left_out=(), turned=(), not_people=(), after=None):
    """What the parser decided, as the review page lists it: blocks, quotes, people new or already
    known, the lines it left out (``kept``: the numbers of those the editor ticked to keep;
    ``left_out`` and ``turned``: the first lines' numbers of the blocks the editor ticked to leave
    out and to turn; ``not_people``: the names ticked as no one). ``after``, the text read with
    those ticks, gives each quote what saving would make of it."""
    people = importing.find_people(importing.names_in(parsed))
    related = importing.find_articles_by_title([b.text for b in parsed.body if b.kind == "related"])
    quoted = {}
    for quote in parsed.quotes:
        quoted.setdefault(quote.block_index, []).append(quote)
    blocks = []
    for index, block in enumerate(parsed.body):
        row = {"number": index + 1, "kind": block.kind, "text": block.text, "quotes": quoted.get(index, []),
               "line": block.line, "left_out": block.line in left_out, "turned": block.line in turned,
               "headline_choice": block.kind in ("paragraph", "subhead") and could_be_headline(block.text)}
        if block.kind == "image":
            row.update(credit=block.credit, photographer=block.photographer, agency=block.agency,
                       existing_image=Image.objects.filter(caption=block.text, credit_line=block.credit or "").exists())
        if block.kind == "related":
            row["target"] = related.get(importing.fold(block.text))
        blocks.append(row)
    quotes = [
        {
            "number": number, "text": quote.text, "speaker": quote.speaker, "paragraph": quote.block_index + 1,
            "confidence": shown_confidence(getattr(quote, "confidence", None)),
            "known": quote.speaker is not None and normalise_name(quote.speaker) in people,
        }
        for number, quote in enumerate(parsed.quotes, start=1)
    ]
    if after is not None:
        for row, then in zip(quotes, quotes_after(parsed.quotes, after.quotes)):
            row["after"] = then and {"speaker": then.speaker,
                                     "confidence": shown_confidence(getattr(then, "confidence", None))}
            row["changed"] = then is None or (then.speaker, row["after"]["confidence"]) != (
                row["speaker"], row["confidence"])
    roles = {normalise_name(p.name): p.role for p in parsed.people}
    everyone = [
        {"name": name, "role": roles.get(key), "person": people.get(key), "not_person": name in not_people}
        for key, name in importing.wanted_people(importing.names_in(parsed)).items()
    ]
    return {
        "blocks": blocks, "quotes": quotes,
        "known_people": [p for p in everyone if p["person"] is not None],
        "new_people": [p for p in everyone if p["person"] is None],
        "people_count": len(everyone),
        "comment_count": parsed.comment_count,
        "dek": parsed.dek,
        "bylines": list(dict.fromkeys(parsed.bylines)),
        "left_out": [{"number": number, "text": line, "kept": number in kept, "headline_choice": could_be_headline(line)}
                     for number, line in parsed.left_out[:LEFT_OUT_SHOWN]],
        "left_out_count": len(parsed.left_out),
        "read_again": after is not None,
        "quotes_changed": sum(bool(row.get("changed")) for row in quotes),
        "quotes_added": len(after.quotes) - sum(row.get("after") is not None for row in quotes) if after else 0,
    }


def quotes_after(quotes, then):
    """For each quote, the quote of the same text in ``then`` (in order, when a text repeats), or None."""
    by_text = {}
    for quote in then:
        by_text.setdefault(quote.text, []).append(quote)
    return [by_text[quote.text].pop(0) if by_text.get(quote.text) else None for quote in quotes]


def could_be_headline(text):
    """Whether the check page offers a line as the headline: one that fits the field."""
    return len(text) <= Article._meta.get_field("headline").max_length


def paste_story(model_admin, request):
    """The "Paste a story" page: paste or choose a file, check what the parser made of it, save a draft."""
    if not model_admin.has_add_permission(request):
        raise PermissionDenied
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": Article._meta, "title": "Paste a story", "has_view_permission": True,
    }
    step = request.POST.get("step") if request.method == "POST" else None
    if step == "save" and request.POST.get("use_headline"):
        return use_headline(request, context)
    if step == "save" and request.POST.get("read_again"):
        return read_again(request, context)
    if step == "save":
        review = PastedStoryForm(request.POST, user=request.user)
        if review.is_valid():
            try:
                result = importing.import_article(
                    review.parsed, section=review.cleaned_data["section"], headline=review.cleaned_data["headline"],
                    dek=review.cleaned_data["dek"], status=Article.Status.DRAFT, user=request.user,
                )
            except importing.ArticleImportError as exc:
                review.add_error(None, str(exc))
            except DatabaseError as exc:
                # (the import's transaction was rolled back: nothing of the story was written)
                logger.exception("the database refused a pasted story")
                review.add_error(None, f"The database refused the story ({type(exc).__name__}); nothing was saved. "
                                       "Please try again, or report it with the text.")
            else:
                article = result.article
                model_admin.log_addition(request, article, "Pasted as a draft")
                model_admin.message_user(
                    request, f"“{article.headline}” was saved as a draft. Check it, then submit or publish it.",
                    messages.SUCCESS,
                )
                return redirect(reverse("admin:articles_article_change", args=[article.pk]))
        if hasattr(review, "parsed"):
            return render_review(request, context, review, getattr(review, "checked", review.parsed),
                                 **ticks_of(review))
        problems = [error for errors in review.errors.values() for error in errors]
        return render_paste(request, context, PasteForm(), problems=problems)
    if step == "check":
        paste = PasteForm(request.POST, request.FILES)
        if paste.is_valid():
            parsed = paste.cleaned_data["parsed"]
            review = first_review(request, parsed, sign_text(paste.cleaned_data["story_text"], request.user),
                                  parsed.headline or importing.provisional_headline(parsed))
            if paste.cleaned_data["repaired"]:
                messages.warning(request, "In this text, " + MIS_DECODING_REPAIRED + ".")
            return render_review(request, context, review, parsed, provisional=not parsed.headline)
        return render_paste(request, context, paste)
    return render_paste(request, context, PasteForm())


def first_review(request, parsed, signed_text, headline, **initial):
    """The review form as a reading of the text first shows it: the parser's headline (cut to
    the field's length) and summary, the section asked for or the first one offered."""
    field = Article._meta.get_field("section")
    return PastedStoryForm(user=request.user, initial={
        "signed_text": signed_text, "dek": parsed.dek or "",
        "headline": headline[:Article._meta.get_field("headline").max_length],
        "section": default_section(choices_for(field, request.user), request.POST.get("section", "")),
        **initial,
    })


def use_headline(request, context):
    """The check page read again with the line the editor named ("Use as headline") as the
    headline: the page around it is read as around any headline, and nothing is saved yet.
    The ticks to keep, leave out or turn carry over where they still name a line the new
    reading offers them for (they name lines of the text, which reads the same), and those of
    names that are no one where it still takes them for people."""
    try:
        text = read_signed_text(request.POST.get("signed_text", ""), request.user)
    except forms.ValidationError as exc:
        return render_paste(request, context, PasteForm(), problems=exc.messages)
    number = request.POST["use_headline"]
    try:
        parsed = parse_text(text, headline_line=int(number) if number.isdigit() else 0)
    except PasteError as exc:
        # (a number the page never offered, or a line with no story under it: the text shown
        # again as it was read, with the error)
        review = PastedStoryForm(request.POST, user=request.user)
        review.is_valid()
        if not hasattr(review, "parsed"):
            return render_paste(request, context, PasteForm(), problems=[
                error for errors in review.errors.values() for error in errors])
        review.add_error(None, str(exc))
        return render_review(request, context, review, review.parsed)
    review = first_review(request, parsed, request.POST["signed_text"], parsed.headline,
                          headline_line=int(number))
    return render_review(request, context, review, parsed, **carried_ticks(request.POST, parsed))


def read_again(request, context):
    """The check page shown again with the editor's ticks and nothing saved: the blocks and ticks
    as they were, each quote with the speaker saving would give it (a name ticked "Not a person"
    sends its quotes elsewhere; a paragraph left out takes its quotes with it)."""
    review = PastedStoryForm(request.POST, user=request.user)
    valid = review.is_valid()
    if not hasattr(review, "parsed"):
        return render_paste(request, context, PasteForm(), problems=[
            error for errors in review.errors.values() for error in errors])
    # (with an error, the ticks are shown as after a refused save, without what they would do)
    return render_review(request, context, review, getattr(review, "checked", review.parsed),
                         after=review.parsed if valid else None, **ticks_of(review))


def ticks_of(review):
    return {"kept": review.cleaned_data.get("keep", ()), "left_out": review.cleaned_data.get("leave_out", ()),
            "turned": review.cleaned_data.get("turn", ()), "not_people": review.cleaned_data.get("not_people", ())}


def carried_ticks(data, parsed):
    """The ticks posted with "Use as headline" that name a line the new reading offers the same
    choice for (a line it still leaves out, a block it still keeps, a paragraph or subhead), or
    a name it still takes for a person."""
    def ticked(name):
        return {int(value) for value in data.getlist(name) if value.isdigit()}

    return {
        "kept": ticked("keep") & {number for number, _line in parsed.left_out},
        "left_out": ticked("leave_out") & {block.line for block in parsed.body},
        "turned": ticked("turn") & {block.line for block in parsed.body if block.kind in ("paragraph", "subhead")},
        "not_people": set(data.getlist("not_people")) & set(importing.people_named(parsed)),
    }


def render_paste(request, context, paste, problems=()):
    section = request.POST.get("section") or request.GET.get("section", "")
    context.update(form=paste, problems=list(problems), section=section)
    return TemplateResponse(request, "admin/articles/article/paste.html", context)


def render_review(request, context, review, parsed, provisional=False, kept=(), left_out=(), turned=(),
                  not_people=(), after=None):
    context.update(form=review, review=review_of(parsed, kept, left_out, turned, not_people, after=after),
                   provisional=provisional, title="Check the pasted story")
    return TemplateResponse(request, "admin/articles/article/paste_review.html", context)
